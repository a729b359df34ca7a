import Foundation
import GazetteCore

/// What `gazette-bench growth` measured, printable as a table or as JSON.
struct GrowthReport {
    /// One archive: its path, article count, load and index build seconds.
    typealias Archive = (path: String, articles: Int, loadSeconds: Double, buildSeconds: Double)
    /// Query results on the small archive and on the large one, in the same kind order.
    typealias Pair = (small: [QueryBenchmark.Result], large: [QueryBenchmark.Result])

    let small: Archive
    let large: Archive
    /// The small archive's picks, timed on both.
    let sameQueries: Pair
    /// Each archive's own picks.
    let ownQueries: Pair

    /// One compared query kind.
    struct Row {
        let kind: String
        let smallQuery: String
        let largeQuery: String
        let smallHits: Int
        let largeHits: Int
        let smallScreen: Double
        let largeScreen: Double
        let smallAll: Double
        let largeAll: Double
    }

    /// The kinds both sides have, and the mixed sets' p50s (first screen, all hits) per side.
    static func rows(_ pair: Pair) -> (rows: [Row], mixed: (small: (Double, Double), large: (Double, Double))?) {
        var rows: [Row] = []
        var smallKept: [QueryBenchmark.Result] = []
        var largeKept: [QueryBenchmark.Result] = []
        for result in pair.small {
            guard let other = pair.large.first(where: { $0.query.kind == result.query.kind }) else { continue }
            smallKept.append(result)
            largeKept.append(other)
            rows.append(Row(
                kind: result.query.kind.rawValue, smallQuery: result.query.text, largeQuery: other.query.text,
                smallHits: result.hits, largeHits: other.hits,
                smallScreen: LatencySummary(result.firstScreen).p50, largeScreen: LatencySummary(other.firstScreen).p50,
                smallAll: LatencySummary(result.allHits).p50, largeAll: LatencySummary(other.allHits).p50))
        }
        guard let smallMixed = QueryBenchmark.mixed(smallKept), let largeMixed = QueryBenchmark.mixed(largeKept) else {
            return (rows, nil)
        }
        return (rows, ((smallMixed.firstScreen.p50, smallMixed.allHits.p50), (largeMixed.firstScreen.p50, largeMixed.allHits.p50)))
    }

    static func ratio(_ large: Double, _ small: Double) -> Double {
        small > 0 ? large / small : 0
    }

    /// The human-readable table.
    func table() -> String {
        var lines: [String] = []
        #if DEBUG
        lines.append("note: debug build; build with -c release for representative numbers")
        #endif
        func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
        func left(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
        func times(_ value: Double) -> String { String(format: "%.1f×", value) }
        lines.append(pad("", 26) + left("small", 14) + left("large", 14) + left("ratio", 9))
        lines.append(pad("articles", 26) + left(String(small.articles), 14) + left(String(large.articles), 14)
            + left(times(GrowthReport.ratio(Double(large.articles), Double(small.articles))), 9))
        lines.append(pad("load: parse + decode", 26) + left(Format.seconds(small.loadSeconds), 14)
            + left(Format.seconds(large.loadSeconds), 14) + left(times(GrowthReport.ratio(large.loadSeconds, small.loadSeconds)), 9))
        lines.append(pad("search index build", 26) + left(Format.seconds(small.buildSeconds), 14)
            + left(Format.seconds(large.buildSeconds), 14) + left(times(GrowthReport.ratio(large.buildSeconds, small.buildSeconds)), 9))
        for (title, pair) in [("the same queries (picked from the small archive)", sameQueries),
                              ("each archive's own queries (as `run` picks them)", ownQueries)] {
            let (rows, mixed) = GrowthReport.rows(pair)
            lines.append("")
            lines.append(title)
            lines.append(pad("kind", 13) + pad("query (small / large)", 34) + left("hits", 15)
                + left("first screen p50", 24) + left("ratio", 7) + left("all hits p50", 24) + left("ratio", 7))
            for row in rows {
                let query = row.smallQuery == row.largeQuery ? row.smallQuery : "\(row.smallQuery) / \(row.largeQuery)"
                lines.append(pad(row.kind, 13) + pad(query.count > 33 ? String(query.prefix(32)) + "…" : query, 34)
                    + left("\(row.smallHits)→\(row.largeHits)", 15)
                    + left("\(Format.seconds(row.smallScreen)) → \(Format.seconds(row.largeScreen))", 24)
                    + left(times(GrowthReport.ratio(row.largeScreen, row.smallScreen)), 7)
                    + left("\(Format.seconds(row.smallAll)) → \(Format.seconds(row.largeAll))", 24)
                    + left(times(GrowthReport.ratio(row.largeAll, row.smallAll)), 7))
            }
            if let mixed {
                lines.append(pad("mixed set (all kinds alike)", 62)
                    + left("\(Format.seconds(mixed.small.0)) → \(Format.seconds(mixed.large.0))", 24)
                    + left(times(GrowthReport.ratio(mixed.large.0, mixed.small.0)), 7)
                    + left("\(Format.seconds(mixed.small.1)) → \(Format.seconds(mixed.large.1))", 24)
                    + left(times(GrowthReport.ratio(mixed.large.1, mixed.small.1)), 7))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The JSON document (seconds as numbers).
    func json() -> String {
        func number(_ value: Double) -> JSONValue { .number(Format.fixed(value, 6)) }
        func archive(_ value: Archive) -> JSONValue {
            var object = JSONObject()
            object.append("path", .string(value.path))
            object.append("articles", .number(String(value.articles)))
            object.append("loadSeconds", number(value.loadSeconds))
            object.append("buildSeconds", number(value.buildSeconds))
            return .object(object)
        }
        func queries(_ pair: Pair) -> JSONValue {
            let (rows, mixed) = GrowthReport.rows(pair)
            var object = JSONObject()
            object.append("queries", .array(rows.map { row in
                var item = JSONObject()
                item.append("kind", .string(row.kind))
                item.append("smallQuery", .string(row.smallQuery))
                item.append("largeQuery", .string(row.largeQuery))
                item.append("smallHits", .number(String(row.smallHits)))
                item.append("largeHits", .number(String(row.largeHits)))
                item.append("smallP50Seconds", number(row.smallScreen))
                item.append("largeP50Seconds", number(row.largeScreen))
                item.append("p50Ratio", number(GrowthReport.ratio(row.largeScreen, row.smallScreen)))
                item.append("smallAllHitsP50Seconds", number(row.smallAll))
                item.append("largeAllHitsP50Seconds", number(row.largeAll))
                item.append("allHitsP50Ratio", number(GrowthReport.ratio(row.largeAll, row.smallAll)))
                return .object(item)
            }))
            if let mixed {
                var item = JSONObject()
                item.append("smallP50Seconds", number(mixed.small.0))
                item.append("largeP50Seconds", number(mixed.large.0))
                item.append("p50Ratio", number(GrowthReport.ratio(mixed.large.0, mixed.small.0)))
                item.append("smallAllHitsP50Seconds", number(mixed.small.1))
                item.append("largeAllHitsP50Seconds", number(mixed.large.1))
                item.append("allHitsP50Ratio", number(GrowthReport.ratio(mixed.large.1, mixed.small.1)))
                object.append("mixed", .object(item))
            }
            return .object(object)
        }
        var root = JSONObject()
        root.append("small", archive(small))
        root.append("large", archive(large))
        root.append("loadRatio", number(GrowthReport.ratio(large.loadSeconds, small.loadSeconds)))
        root.append("buildRatio", number(GrowthReport.ratio(large.buildSeconds, small.buildSeconds)))
        root.append("sameQueries", queries(sameQueries))
        root.append("ownQueries", queries(ownQueries))
        return JSONWriter(pretty: true).string(for: .object(root)).trimmingCharacters(in: .newlines)
    }
}
