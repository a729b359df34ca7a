import ArgumentParser
import Foundation
import GazetteCore
import GazetteUI

/// `gazette-bench run`: load, index, query and frame timings in one process.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Measure load, index build, query latency, frame time and peak memory on an archive."
    )

    @Argument(help: "The archive file.")
    var file: String

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Option(help: "Repetitions of each query.")
    var repetitions = 20

    @Flag(help: "Stop after building the index (for profiling the load and the index).")
    var indexOnly = false

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        var rows: [(String, String)] = []
        var values: [(String, Double)] = []
        func record(_ name: String, seconds: Double) {
            rows.append((name, Measure.milliseconds(seconds)))
            values.append((name, seconds * 1000))
        }
        let load = try Measure.time { () throws -> Archive in
            do { return try ArchiveLoader.load(contentsOf: url) } catch { throw ValidationError("\(error)") }
        }
        record("load archive", seconds: load.seconds)
        let archive = load.value
        let links = Measure.time { LinkGraph(articles: archive.articles) }
        record("link graph", seconds: links.seconds)
        record("list ready (load + links)", seconds: load.seconds + links.seconds)
        let build = Measure.time { SearchIndex(articles: archive.articles) }
        record("search index build", seconds: build.seconds)
        let index = build.value
        if indexOnly {
            rows.forEach { print($0.0 + "  " + $0.1) }
            return
        }

        for (kind, query) in QuerySet(archive: archive).queries {
            var samples: [Double] = []
            var hits = 0
            for _ in 0..<max(1, repetitions) {
                let timed = Measure.time { index.search(SearchQuery(query)) }
                samples.append(timed.seconds)
                hits = timed.value.count
            }
            record("query \(kind) p50 [\(query)] (\(hits) hits)", seconds: Measure.percentile(samples, 50))
            record("query \(kind) p99", seconds: Measure.percentile(samples, 99))
        }

        let frames = FrameBenchmark(archive: archive, graph: links.value, index: index).run(keys: 1000)
        record("frame p50 (200x60)", seconds: Measure.percentile(frames, 50))
        record("frame p99 (200x60)", seconds: Measure.percentile(frames, 99))
        let peak = Measure.peakResidentBytes
        rows.append(("peak RSS", Measure.megabytes(peak)))
        rows.append(("archive size", Measure.megabytes(size)))
        rows.append(("peak RSS / archive size", size > 0 ? String(format: "%.2f", Double(peak) / Double(size)) : "n/a"))
        rows.append(("articles", String(archive.articles.count)))

        if json {
            var object = JSONObject()
            object.append("file", .string(file))
            object.append("articles", .number(String(archive.articles.count)))
            object.append("archiveBytes", .number(String(size)))
            object.append("peakRSSBytes", .number(String(peak)))
            object.append("milliseconds", .object(JSONObject(values.map { JSONMember($0.0, .number(String(format: "%.3f", $0.1))) })))
            print(JSONWriter(pretty: true).string(for: .object(object)), terminator: "")
        } else {
            let width = rows.map(\.0.count).max() ?? 0
            for (name, value) in rows {
                print(name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value)
            }
        }
    }
}
