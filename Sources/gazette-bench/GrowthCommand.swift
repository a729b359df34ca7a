import ArgumentParser
import Foundation
import GazetteCore

/// `gazette-bench growth`: how load, index build and query latency grow from a small archive
/// to a large one.
struct GrowthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "growth",
        abstract: "Measure how load, index build and queries grow from a smaller archive to a larger one.",
        discussion: """
            Loads and indexes both archives (in one process, one after the other), then times the \
            same queries on both: the six kinds `run` picks, picked from SMALL (so every word is in \
            both when LARGE was generated with the same seed; the hits grow with the archive), and \
            the six picked from LARGE itself (what `run` times there). Prints each ratio LARGE / \
            SMALL: load, build, and per query the first screen (the reader's answer) and all hits \
            ranked, with the mixed set's p50 (all kinds alike). Example: gazette-bench growth \
            /tmp/a10k.json /tmp/a100k.json.
            """
    )

    @Argument(help: "The smaller archive.")
    var small: String

    @Argument(help: "The larger archive.")
    var large: String

    @Option(name: .long, help: "Most runs per query and measure (stops earlier after about a second).")
    var queryRuns = 200

    @Flag(name: .long, help: "Print the results as JSON.")
    var json = false

    func validate() throws {
        guard (1...100_000).contains(queryRuns) else {
            throw ValidationError("--query-runs must be between 1 and 100000, got \(queryRuns)")
        }
    }

    /// One archive, loaded and indexed.
    private struct Measured {
        let path: String
        let articles: [Article]
        let loadSeconds: Double
        let buildSeconds: Double
        let index: SearchIndex
    }

    func run() throws {
        let showProgress = !json && BenchConsole.standardErrorIsTerminal
        func step(_ text: String) { if showProgress { BenchConsole.progress(text) } }
        let smaller = try measure(small, step: step)
        let larger = try measure(large, step: step)
        var timer = QueryBenchmark(maximumRuns: queryRuns)
        timer.budgetSeconds = 1
        func time(_ queries: [BenchmarkQuery], on measured: Measured, label: String) -> [QueryBenchmark.Result] {
            queries.map { query in
                step("timing \(query.kind.rawValue) on \(label)…")
                return timer.time(query, on: measured.index, scanning: nil)
            }
        }
        let smallPicks = QueryPicker.pick(from: smaller.articles) { smaller.index.hitCount(SearchQuery($0)) }.queries
        let largePicks = QueryPicker.pick(from: larger.articles) { larger.index.hitCount(SearchQuery($0)) }.queries
        let sameOnSmall = time(smallPicks, on: smaller, label: "the small archive")
        let sameOnLarge = time(smallPicks, on: larger, label: "the large archive")
        let ownOnLarge = time(largePicks, on: larger, label: "the large archive")
        if showProgress { BenchConsole.endProgress() }
        let report = GrowthReport(
            small: (smaller.path, smaller.articles.count, smaller.loadSeconds, smaller.buildSeconds),
            large: (larger.path, larger.articles.count, larger.loadSeconds, larger.buildSeconds),
            sameQueries: (sameOnSmall, sameOnLarge), ownQueries: (sameOnSmall, ownOnLarge))
        BenchConsole.output(json ? report.json() : report.table())
    }

    private func measure(_ path: String, step: (String) -> Void) throws -> Measured {
        step("loading \(path)…")
        let url = URL(fileURLWithPath: path)
        let archive: Archive
        let loadSeconds: Double
        do {
            (archive, loadSeconds) = try MonotonicClock.measure { try ArchiveLoader.load(contentsOf: url) }
        } catch {
            throw BenchConsole.fail("\(error)")
        }
        step("indexing \(path)…")
        let (index, buildSeconds) = MonotonicClock.measure {
            SearchIndex(articles: archive.articles, makingBlocks: false)
        }
        index.makeBlocks()
        return Measured(path: path, articles: archive.articles, loadSeconds: loadSeconds, buildSeconds: buildSeconds, index: index)
    }
}
