import ArgumentParser
import Foundation
import GazetteCore

/// `gazette-bench run`: loads an archive and measures Gazette on it in one process.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Measure load, index build, query latency, reader frame time and peak memory on an archive.",
        discussion: """
            Load time covers reading and decoding the file (the reader shows its list then); the \
            link graph and the search index are built after it (in the reader, in the \
            background; here one after the other, each timed alone). Queries are \
            picked from the archive (most frequent word, a rare word, three words, a phrase, a \
            prefix, CJK) and timed two ways: as the reader answers them (the total and a screenful \
            of the best hits, 60 rows) and with every hit ranked; then once without the index, \
            reading every article (what a cold gazette search does). The mixed set's p50/p99 pools \
            the six kinds alike. The skip blocks are timed after the build, as the reader makes \
            them after its index is ready. The index cache is \
            timed in a temporary folder: writing it, and a warm start (hash the archive, read and \
            check the index) instead of a build. Frame time applies \
            1,000 scripted keys to the reader and renders each frame on a 200x60 fake screen; its \
            incremental search types the rare word and the most common word by turns.
            """
    )

    @Argument(help: "Archive file (format v1).")
    var file: String

    @Flag(name: .long, help: "Print the results as JSON.")
    var json = false

    @Option(name: .long, help: "Most runs per query (stops earlier after about 2 seconds per query).")
    var queryRuns = 200

    @Flag(name: .long, help: "Skip the reader frame-time measurement.")
    var noFrames = false

    @Flag(name: .long, help: "Stop after building the search index (for profiling load and indexing).")
    var indexOnly = false

    func validate() throws {
        guard (1...100_000).contains(queryRuns) else {
            throw ValidationError("--query-runs must be between 1 and 100000, got \(queryRuns)")
        }
    }

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let showProgress = !json && BenchConsole.standardErrorIsTerminal
        func step(_ text: String) { if showProgress { BenchConsole.progress(text) } }
        let fileBytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil

        step("loading \(file)…")
        let archive: Archive
        let parseSeconds: Double
        do {
            (archive, parseSeconds) = try MonotonicClock.measure { try ArchiveLoader.load(contentsOf: url) }
        } catch {
            if showProgress { BenchConsole.endProgress() }
            throw BenchConsole.fail("\(error)")
        }
        step("resolving links…")
        let (graph, graphSeconds) = MonotonicClock.measure { LinkGraph(articles: archive.articles) }
        var report = RunReport(
            path: file, fileBytes: fileBytes ?? 0, articleCount: archive.articles.count, parseSeconds: parseSeconds,
            linkGraphSeconds: graphSeconds, linkReport: graph.report, chainCount: graph.chains.count, indexSeconds: 0)
        report.peakAfterLoad = PeakMemory.bytes()

        step("building the search index…")
        let directory = ArchiveDirectory(archive)
        let (index, indexSeconds) = MonotonicClock.measure {
            SearchIndex(articles: archive.articles, directory: directory, makingBlocks: false)
        }
        report.indexSeconds = indexSeconds
        (_, report.blocksSeconds) = MonotonicClock.measure { index.makeBlocks() }
        report.indexBytes = index.storageBytes
        report.peakAfterIndex = PeakMemory.bytes()
        step("timing the index cache…")
        report.cache = CacheBenchmark.run(url: url, articleCount: archive.articles.count, index: index)

        if indexOnly {
            report.framesNote = "skipped (--index-only)"
            report.peakAtEnd = report.peakAfterIndex
            if showProgress { BenchConsole.endProgress() }
            BenchConsole.output(json ? report.json() : report.table())
            return
        }
        let picked = QueryPicker.pick(from: archive.articles) { index.hitCount(SearchQuery($0)) }
        report.missingQueryKinds = picked.missing
        let timer = QueryBenchmark(maximumRuns: queryRuns)
        for query in picked.queries {
            step("timing \(query.kind.rawValue) query…")
            report.queries.append(timer.time(query, on: index, scanning: archive.articles))
        }

        if noFrames {
            report.framesNote = "skipped (--no-frames)"
        } else if archive.articles.isEmpty {
            report.framesNote = "the archive has no articles"
        } else {
            step("timing \(FrameBenchmark.keyCount) reader frames…")
            // The incremental search types the rare word and the most common one by turns.
            let words = [BenchmarkQuery.Kind.rareWord, .commonWord].compactMap { kind in
                picked.queries.first { $0.kind == kind }?.text
            }
            let durations = try FrameBenchmark.run(archive: archive, graph: graph, index: index, searchWords: words)
            report.frames = LatencySummary(durations)
        }
        report.peakAtEnd = PeakMemory.bytes()
        if showProgress { BenchConsole.endProgress() }
        BenchConsole.output(json ? report.json() : report.table())
    }

}
