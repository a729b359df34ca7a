import Foundation
import GazetteCore

/// Everything `gazette-bench run` measured, printable as a table or as JSON.
struct RunReport {
    var path: String
    var fileBytes: Int
    var articleCount: Int
    var parseSeconds: Double
    var linkGraphSeconds: Double
    var linkReport: LinkReport?
    var chainCount: Int
    var indexSeconds: Double
    /// Making the skip blocks, after the index is ready (in the reader, in the background).
    var blocksSeconds: Double = 0
    /// Approximate size of the built index.
    var indexBytes: Int?
    var queries: [QueryBenchmark.Result] = []
    var missingQueryKinds: [BenchmarkQuery.Kind] = []
    /// Nil when frames were not measured; `framesNote` says why.
    var frames: LatencySummary?
    var framesNote: String?
    /// The persisted index, when it could be measured.
    var cache: CacheBenchmark.Result?
    var peakAfterLoad: Int?
    var peakAfterIndex: Int?
    var peakAtEnd: Int?

    /// Archive loaded: when the reader shows the list (links resolve in the background, in
    /// parallel with the index build).
    var listReadySeconds: Double { parseSeconds }

    /// When the reader's index is ready: it loads, resolves the links, then builds.
    var readerReadySeconds: Double { listReadySeconds + linkGraphSeconds + indexSeconds }

    /// The human-readable table.
    func table() -> String {
        var lines: [String] = []
        #if DEBUG
        lines.append("note: debug build; build with -c release for representative numbers")
        #endif
        func row(_ label: String, _ value: String) {
            lines.append(label.padding(toLength: 34, withPad: " ", startingAt: 0) + value)
        }
        row("archive", "\(path) (\(Format.bytes(fileBytes)), \(articleCount) articles)")
        row("load: parse + decode", Format.seconds(parseSeconds))
        row("link graph (background)", Format.seconds(linkGraphSeconds))
        row("list ready (reader first paint)", Format.seconds(listReadySeconds))
        if let report = linkReport {
            row("links", "\(report.totalLinks) total, \(report.resolvedCount) resolved "
                + "(\(report.resolvedByRule[.titlePrefix, default: 0]) by title prefix), "
                + "\(report.broken.count) broken (\(report.ambiguousCount) ambiguous), \(chainCount) chains")
        }
        row("search index build", Format.seconds(indexSeconds))
        row("skip blocks (after, background)", Format.seconds(blocksSeconds))
        if cache == nil { row("index ready (load + build)", Format.seconds(listReadySeconds + indexSeconds)) }
        // The reader resolves the links first, then builds the index (see ReadCommand).
        row("index ready in the reader", "\(Format.seconds(readerReadySeconds)) (load, links, then build)")
        if let indexBytes { row("index size", Format.bytes(indexBytes)) }
        if let cache {
            row("index cache write", "\(Format.seconds(cache.writeSeconds)) (\(Format.bytes(cache.fileBytes)))")
            row("index cache load (hash + read)", "\(Format.seconds(cache.loadSeconds)) (hash \(Format.seconds(cache.hashSeconds)))")
            row("index ready, cold (load + build)", Format.seconds(listReadySeconds + indexSeconds))
            row("index ready, warm (load + cache)", Format.seconds(listReadySeconds + cache.loadSeconds))
        }
        lines.append("")
        if !queries.isEmpty {
            lines.append("query kind    query                           hits   runs  first screen p50 / p99   all hits p50 / p99   no index")
        }
        func latencies(_ samples: [Double]) -> String {
            let summary = LatencySummary(samples)
            return leftPad(Format.seconds(summary.p50), 10) + " /" + leftPad(Format.seconds(summary.p99), 10)
        }
        for result in queries {
            let text = result.query.text.count > 30 ? String(result.query.text.prefix(29)) + "…" : result.query.text
            lines.append(
                result.query.kind.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)
                    + text.padding(toLength: 30, withPad: " ", startingAt: 0)
                    + leftPad(String(result.hits), 6) + leftPad(String(result.allHits.count), 7)
                    + "   " + latencies(result.firstScreen) + "  " + latencies(result.allHits)
                    + leftPad(result.scanSeconds.map(Format.seconds) ?? "-", 11))
        }
        if let mixed = QueryBenchmark.mixed(queries) {
            lines.append(
                "mixed set (\(queries.count) kinds alike)".padding(toLength: 57, withPad: " ", startingAt: 0)
                    + leftPad(Format.seconds(mixed.firstScreen.p50), 10) + " /" + leftPad(Format.seconds(mixed.firstScreen.p99), 10)
                    + "  " + leftPad(Format.seconds(mixed.allHits.p50), 10) + " /" + leftPad(Format.seconds(mixed.allHits.p99), 10))
        }
        for kind in missingQueryKinds { lines.append("\(kind.rawValue): skipped (the archive has no suitable text)") }
        lines.append("")
        if let frames {
            row("frame time (\(frames.count) keys, \(FrameBenchmark.screenSize.width)×\(FrameBenchmark.screenSize.height))",
                "p50 \(Format.seconds(frames.p50)), p99 \(Format.seconds(frames.p99)), max \(Format.seconds(frames.maximum))")
        } else {
            row("frame time", "not measured: \(framesNote ?? "no renderer")")
        }
        row("peak RSS after load", peakAfterLoad.map(Format.bytes) ?? "unknown")
        row("peak RSS after index", peakAfterIndex.map(Format.bytes) ?? "unknown")
        row("peak RSS at end", peakAtEnd.map(Format.bytes) ?? "unknown")
        return lines.joined(separator: "\n")
    }

    /// The JSON document (seconds and bytes as numbers).
    func json() -> String {
        func number(_ value: Double) -> JSONValue { .number(Format.fixed(value, 6)) }
        func integer(_ value: Int?) -> JSONValue { value.map { .number(String($0)) } ?? .null }
        var archive = JSONObject()
        archive.append("path", .string(path))
        archive.append("bytes", integer(fileBytes))
        archive.append("articles", integer(articleCount))
        var load = JSONObject()
        load.append("parseSeconds", number(parseSeconds))
        load.append("linkGraphSeconds", number(linkGraphSeconds))
        load.append("listReadySeconds", number(listReadySeconds))
        var links = JSONObject()
        if let report = linkReport {
            links.append("total", integer(report.totalLinks))
            links.append("resolved", integer(report.resolvedCount))
            links.append("resolvedByTitlePrefix", integer(report.resolvedByRule[.titlePrefix, default: 0]))
            links.append("broken", integer(report.broken.count))
            links.append("ambiguous", integer(report.ambiguousCount))
        }
        links.append("chains", integer(chainCount))
        var index = JSONObject()
        index.append("buildSeconds", number(indexSeconds))
        index.append("blocksSeconds", number(blocksSeconds))
        index.append("readySeconds", number(listReadySeconds + indexSeconds))
        index.append("readerReadySeconds", number(readerReadySeconds))
        index.append("bytes", integer(indexBytes))
        if let cache {
            var cached = JSONObject()
            cached.append("writeSeconds", number(cache.writeSeconds))
            cached.append("hashSeconds", number(cache.hashSeconds))
            cached.append("loadSeconds", number(cache.loadSeconds))
            cached.append("warmReadySeconds", number(listReadySeconds + cache.loadSeconds))
            cached.append("fileBytes", integer(cache.fileBytes))
            index.append("cache", .object(cached))
        }
        let queryValues: [JSONValue] = queries.map { result in
            let screen = LatencySummary(result.firstScreen), all = LatencySummary(result.allHits)
            var object = JSONObject()
            object.append("kind", .string(result.query.kind.rawValue))
            object.append("query", .string(result.query.text))
            object.append("hits", integer(result.hits))
            object.append("runs", integer(all.count))
            object.append("p50Seconds", number(screen.p50))
            object.append("p99Seconds", number(screen.p99))
            object.append("allHitsP50Seconds", number(all.p50))
            object.append("allHitsP99Seconds", number(all.p99))
            object.append("scanSeconds", result.scanSeconds.map(number) ?? .null)
            return .object(object)
        }
        var mixedValue = JSONObject()
        if let mixed = QueryBenchmark.mixed(queries) {
            mixedValue.append("p50Seconds", number(mixed.firstScreen.p50))
            mixedValue.append("p99Seconds", number(mixed.firstScreen.p99))
            mixedValue.append("allHitsP50Seconds", number(mixed.allHits.p50))
            mixedValue.append("allHitsP99Seconds", number(mixed.allHits.p99))
        }
        var framesValue = JSONObject()
        if let frames {
            framesValue.append("keys", integer(frames.count))
            framesValue.append("width", integer(FrameBenchmark.screenSize.width))
            framesValue.append("height", integer(FrameBenchmark.screenSize.height))
            framesValue.append("p50Seconds", number(frames.p50))
            framesValue.append("p99Seconds", number(frames.p99))
            framesValue.append("maxSeconds", number(frames.maximum))
        } else {
            framesValue.append("note", .string(framesNote ?? "not measured"))
        }
        var memory = JSONObject()
        memory.append("peakRSSAfterLoadBytes", integer(peakAfterLoad))
        memory.append("peakRSSAfterIndexBytes", integer(peakAfterIndex))
        memory.append("peakRSSBytes", integer(peakAtEnd))
        var root = JSONObject()
        #if DEBUG
        root.append("build", .string("debug"))
        #else
        root.append("build", .string("release"))
        #endif
        root.append("archive", .object(archive))
        root.append("load", .object(load))
        root.append("links", .object(links))
        root.append("index", .object(index))
        root.append("queries", .array(queryValues))
        root.append("mixedQueries", .object(mixedValue))
        root.append("skippedQueryKinds", .array(missingQueryKinds.map { .string($0.rawValue) }))
        root.append("frames", .object(framesValue))
        root.append("memory", .object(memory))
        return JSONWriter(pretty: true).string(for: .object(root)).trimmingCharacters(in: .newlines)
    }

    private func leftPad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
