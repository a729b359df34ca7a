import Foundation

/// Answers one query by reading every article once, without building an index: what a
/// search of an archive with no fresh persisted index does.
///
/// Each article is tokenized as the index builder tokenizes it, and a ``ClauseCounter``
/// keeps only what ranking needs: per clause, its title and body frequencies in each article
/// that has it, and every article's length. Ranking goes through the index's own
/// ``BM25Ranking`` with those numbers, so the hits and scores are the same as the index's for
/// the same query, bit for bit. Tokenizing is a third of a build's work and needs no memory
/// beyond the matches, so it takes a fraction of a build's time.
public struct SearchScan: Sendable {
    /// The query answered.
    public let query: SearchQuery

    /// A scan for `query`.
    public init(_ query: SearchQuery) {
        self.query = query
    }

    /// The best `limit` hits (all when nil) among `articles`, best first (ties in archive
    /// order), and how many match in all; the archive is split into runs of consecutive
    /// articles scanned on all cores.
    public func searchCounting(in articles: [Article], limit: Int? = nil) -> (hits: [SearchHit], total: Int) {
        let ranked = rankedHits(in: articles)
        return (ranked.best(limit), ranked.count)
    }

    /// Every hit among `articles`, ranked as the index ranks them (see ``RankedHits``).
    public func rankedHits(in articles: [Article]) -> RankedHits {
        rankedHits(in: articles, isCancelled: { false }) ?? RankedHits()
    }

    /// ``rankedHits(in:)``, or nil when `isCancelled` (asked now and then from the scanning
    /// threads) returns true before the scan is done.
    func rankedHits(in articles: [Article], isCancelled: @Sendable () -> Bool) -> RankedHits? {
        guard !query.isEmpty else { return RankedHits() }
        let runCount = articles.count < 2_048 ? 1 : min(64, max(1, articles.count / 1_024))
        var runs = [Run](repeating: Run(), count: runCount)
        let query = self.query
        runs.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own element.
            nonisolated(unsafe) let runs = buffer
            DispatchQueue.concurrentPerform(iterations: runCount) { run in
                let range = articles.count * run / runCount..<articles.count * (run + 1) / runCount
                runs[run] = SearchScan.scan(articles, range, for: query, isCancelled: isCancelled)
            }
        }
        if isCancelled() { return nil }
        var weightedLengths: [Double] = []
        weightedLengths.reserveCapacity(articles.count)
        for run in runs { weightedLengths.append(contentsOf: run.weightedLengths) }
        let ranking = BM25Ranking(articleCount: articles.count, weightedLengths: weightedLengths)
        let clauseIndices = Dictionary(query.clauses.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return ranking.rankedHits(query.clauses) { clause in
            guard let index = clauseIndices[clause] else { return ClauseMatches() }
            var matches = ClauseMatches()
            for run in runs {
                matches.documents.append(contentsOf: run.matches[index].documents)
                matches.titleFrequencies.append(contentsOf: run.matches[index].titleFrequencies)
                matches.bodyFrequencies.append(contentsOf: run.matches[index].bodyFrequencies)
            }
            return matches
        }
    }

    /// What scanning a run of articles found.
    private struct Run {
        /// Per article of the run.
        var weightedLengths: [Double] = []
        /// Per clause.
        var matches: [ClauseMatches] = []
    }

    /// Scans `articles[range]`, stopping early (with a partial run) once `isCancelled`.
    private static func scan(
        _ articles: [Article], _ range: Range<Int>, for query: SearchQuery, isCancelled: () -> Bool
    ) -> Run {
        var run = Run()
        run.weightedLengths.reserveCapacity(range.count)
        run.matches = Array(repeating: ClauseMatches(), count: query.clauses.count)
        var counter = ClauseCounter(query)
        var tokenizer = Tokenizer()
        // Bodies read leave memory every few MB, as in a build (the hits' fault back).
        var pages = BodyPageRelease()
        for index in range {
            if (index - range.lowerBound) % 128 == 0, isCancelled() { break }
            let article = articles[index]
            counter.startArticle()
            var title = article.title
            title.withUTF8 { counter.count(inUTF8: $0, with: &tokenizer) }
            counter.inTitle = false
            article.storedBody.forEachParagraphUTF8 { counter.count(inUTF8: $0, with: &tokenizer) }
            pages.read(article.storedBody)
            run.weightedLengths.append(BM25Ranking.weightedLength(title: counter.titleTokens, body: counter.bodyTokens))
            for clause in counter.matchedClauses {
                let title = counter.titleCounts[clause], body = counter.bodyCounts[clause]
                run.matches[clause].documents.append(UInt32(index))
                run.matches[clause].titleFrequencies.append(Double(title))
                run.matches[clause].bodyFrequencies.append(Double(body))
            }
        }
        pages.release()
        return run
    }
}
