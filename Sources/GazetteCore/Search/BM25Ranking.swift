import Foundation

/// Ranks the articles matching every clause of a query with BM25F (titles weigh three times
/// the body), from each clause's per-article frequencies.
///
/// The index (``SearchIndex``) and the index-free scan (``SearchScan``) both rank through
/// this one type, so that for the same archive and query they give the same hits with the
/// same scores, bit for bit: the lengths are the same numbers, summed in the same order, and
/// the clauses are combined in the same order.
struct BM25Ranking {
    static let titleWeight = 3.0
    static let k1 = 1.2
    static let b = 0.75

    /// Number of articles ranked over.
    let articleCount: Int
    /// Per article: 3 × its title's tokens + its body's tokens.
    let weightedLengths: [Double]
    let averageWeightedLength: Double

    init(articleCount: Int, weightedLengths: [Double]) {
        self.articleCount = articleCount
        self.weightedLengths = weightedLengths
        averageWeightedLength = BM25Ranking.average(weightedLengths, articleCount: articleCount)
    }

    /// The weighted length of an article with these numbers of title and body tokens.
    static func weightedLength(title: UInt32, body: UInt32) -> Double {
        titleWeight * Double(title) + Double(body)
    }

    private static func average(_ lengths: [Double], articleCount: Int) -> Double {
        articleCount == 0 ? 1 : max(1, lengths.reduce(0, +) / Double(articleCount))
    }

    /// The best `limit` hits (all when nil) of the articles matching every clause, best first
    /// (ties in archive order), and how many match in all. `matches` gives a clause's
    /// frequencies; it is not asked again once a clause matches nothing.
    func searchCounting(
        _ clauses: [SearchQuery.Clause], limit: Int?, matches: (SearchQuery.Clause) -> ClauseMatches
    ) -> (hits: [SearchHit], total: Int) {
        guard let scored = evaluate(clauses, matches: matches) else { return ([], 0) }
        return (best(of: scored, limit: limit), scored.count)
    }

    /// Scores of the articles matching all clauses, or nil when none do.
    private func evaluate(
        _ clauses: [SearchQuery.Clause], matches: (SearchQuery.Clause) -> ClauseMatches
    ) -> [(document: UInt32, score: Double)]? {
        guard !clauses.isEmpty else { return nil }
        var clauseMatches: [ClauseMatches] = []
        for clause in clauses {
            let found = matches(clause)
            guard found.count > 0 else { return nil }
            clauseMatches.append(found)
        }
        clauseMatches.sort { $0.count < $1.count }
        let documentCount = Double(max(articleCount, 1))
        // Start from the rarest clause; intersect the others into it.
        var candidates = clauseMatches[0].documents
        var scores = score(clauseMatches[0], documentCount: documentCount, at: Array(0..<clauseMatches[0].count))
        for other in clauseMatches.dropFirst() {
            var keptDocuments: [UInt32] = []
            var keptScores: [Double] = []
            var otherPositions: [Int] = []
            var j = 0
            for (i, document) in candidates.enumerated() {
                while j < other.count && other.documents[j] < document { j += 1 }
                if j == other.count { break }
                if other.documents[j] == document {
                    keptDocuments.append(document)
                    keptScores.append(scores[i])
                    otherPositions.append(j)
                }
            }
            let added = score(other, documentCount: documentCount, at: otherPositions)
            for k in keptScores.indices { keptScores[k] += added[k] }
            candidates = keptDocuments
            scores = keptScores
            if candidates.isEmpty { return nil }
        }
        return Array(zip(candidates, scores).map { (document: $0, score: $1) })
    }

    private func score(_ matches: ClauseMatches, documentCount: Double, at rows: [Int]) -> [Double] {
        let frequency = Double(matches.count)
        let idf = log(1 + (documentCount - frequency + 0.5) / (frequency + 0.5))
        return rows.map { row in
            let document = Int(matches.documents[row])
            let tf = BM25Ranking.titleWeight * matches.titleFrequencies[row] + matches.bodyFrequencies[row]
            let norm = BM25Ranking.k1 * (1 - BM25Ranking.b + BM25Ranking.b * weightedLengths[document] / averageWeightedLength)
            return idf * tf * (BM25Ranking.k1 + 1) / (tf + norm)
        }
    }

    /// The matches as hits, best first (ties in archive order), at most `limit` of them.
    private func best(of matches: [(document: UInt32, score: Double)], limit: Int?) -> [SearchHit] {
        var hits = matches.map { SearchHit(articleIndex: Int($0.document), score: $0.score) }
        let better: (SearchHit, SearchHit) -> Bool = {
            $0.score != $1.score ? $0.score > $1.score : $0.articleIndex < $1.articleIndex
        }
        if let limit, limit < hits.count {
            guard limit > 0 else { return [] }
            hits = Array(BM25Ranking.smallest(limit, of: hits, by: better))
        } else if hits.count < 512 || !hits.allSatisfy({ $0.score >= 0 }) {
            hits.sort(by: better)
        } else {
            // Hits come in archive order, so a stable sort by descending score breaks ties by
            // archive order. Scores are positive: their bit patterns order like their values.
            let order = RadixSort.stableOrder(of: hits.map { ~$0.score.bitPattern })
            hits = order.map { hits[$0] }
        }
        return hits
    }

    /// The `count` best elements in order, without sorting everything.
    static func smallest(_ count: Int, of hits: [SearchHit], by better: (SearchHit, SearchHit) -> Bool) -> [SearchHit] {
        var kept: [SearchHit] = []
        kept.reserveCapacity(count + 1)
        for hit in hits {
            if kept.count == count, let last = kept.last, !better(hit, last) { continue }
            var low = 0, high = kept.count
            while low < high {
                let mid = (low + high) / 2
                if better(kept[mid], hit) { low = mid + 1 } else { high = mid }
            }
            kept.insert(hit, at: low)
            if kept.count > count { kept.removeLast() }
        }
        return kept
    }
}
