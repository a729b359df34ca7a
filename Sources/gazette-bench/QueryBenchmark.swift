import GazetteCore

/// Times queries the two ways Gazette answers them: what the reader waits for per key (the
/// total and a screenful of the best hits) and every hit ranked (`gazette search` without a
/// limit, or the list read to its end).
struct QueryBenchmark {
    /// What one query measured.
    struct Result {
        let query: BenchmarkQuery
        let hits: Int
        /// The reader's answer: ``SearchIndex/rankedHits(_:)`` and the first screen of ranks.
        let firstScreen: [Double]
        /// Every hit ranked.
        let allHits: [Double]
        /// One run without the index (``SearchScan``, what a cold `gazette search` does), when timed.
        let scanSeconds: Double?
    }

    /// Rows of the reader's list on the benchmark's screen: the ranks a search shows at once.
    static let screenRows = FrameBenchmark.screenSize.height

    /// Most timed runs of each measure of a query.
    let maximumRuns: Int
    /// Seconds after which a query's runs stop (at least 5 runs are made).
    var budgetSeconds = 2.0

    /// Times `query` on `index`: the two measures alternate, after an untimed run of each;
    /// then, with `articles`, once without the index (its hits checked against the index's).
    /// Disagreements are reported as warnings on standard error.
    func time(_ query: BenchmarkQuery, on index: SearchIndex, scanning articles: [Article]?) -> Result {
        let parsed = SearchQuery(query.text)
        let expected = index.search(parsed)
        _ = QueryBenchmark.firstScreen(of: parsed, on: index)
        var firstScreen: [Double] = []
        var allHits: [Double] = []
        let start = MonotonicClock.now()
        while allHits.count < maximumRuns, allHits.count < 5 || MonotonicClock.seconds(since: start) < budgetSeconds {
            let (screen, screenSeconds) = MonotonicClock.measure { QueryBenchmark.firstScreen(of: parsed, on: index) }
            let (all, allSeconds) = MonotonicClock.measure { index.search(parsed) }
            if all.count != expected.count || screen.total != expected.count || screen.best != Array(expected.prefix(Self.screenRows)) {
                BenchConsole.error("gazette-bench: warning: \(query.text) gave \(screen.total) and \(all.count) hits, then \(expected.count)")
            }
            firstScreen.append(screenSeconds)
            allHits.append(allSeconds)
        }
        var scanSeconds: Double?
        if let articles {
            let (scanned, seconds) = MonotonicClock.measure { SearchScan(parsed).searchCounting(in: articles) }
            if scanned.hits != expected {
                BenchConsole.error("gazette-bench: warning: \(query.text) gave \(scanned.total) hits without the index, \(expected.count) with it")
            }
            scanSeconds = seconds
        }
        return Result(query: query, hits: expected.count, firstScreen: firstScreen, allHits: allHits, scanSeconds: scanSeconds)
    }

    /// What the reader computes when a search changes: the hits' total and the best screenful.
    static func firstScreen(of query: SearchQuery, on index: SearchIndex) -> (total: Int, best: [SearchHit]) {
        let ranked = index.rankedHits(query, firstRanks: screenRows)
        return (ranked.count, (0..<min(screenRows, ranked.count)).map { ranked.hit(atRank: $0) })
    }

    /// The queries' runs pooled, each query weighed alike (as many runs of each as the query
    /// with the fewest has): the mixed set's latency, for the first screen and for all hits.
    static func mixed(_ results: [Result]) -> (firstScreen: LatencySummary, allHits: LatencySummary)? {
        guard let runs = results.map({ min($0.firstScreen.count, $0.allHits.count) }).min(), runs > 0 else { return nil }
        return (LatencySummary(results.flatMap { $0.firstScreen.prefix(runs) }),
                LatencySummary(results.flatMap { $0.allHits.prefix(runs) }))
    }
}
