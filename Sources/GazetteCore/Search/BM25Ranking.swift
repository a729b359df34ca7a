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

    /// The articles matching every clause, ranked (see ``RankedHits``), the best `firstRanks`
    /// at once. `matches` gives a clause's frequencies; it is not asked again once a clause
    /// matches nothing.
    func rankedHits(
        _ clauses: [SearchQuery.Clause], firstRanks: Int = RankedHits.firstPageSize,
        matches: (SearchQuery.Clause) -> ClauseMatches
    ) -> RankedHits {
        guard let scored = evaluate(clauses, matches: matches) else { return RankedHits() }
        return RankedHits(documents: scored.documents, scores: scored.scores, firstRanks: firstRanks)
    }

    /// The articles matching all clauses (ascending) and their scores, or nil when none do.
    private func evaluate(
        _ clauses: [SearchQuery.Clause], matches: (SearchQuery.Clause) -> ClauseMatches
    ) -> (documents: [UInt32], scores: [Double])? {
        guard !clauses.isEmpty else { return nil }
        var clauseMatches: [ClauseMatches] = []
        for clause in clauses {
            let found = matches(clause)
            guard found.count > 0 else { return nil }
            clauseMatches.append(found)
        }
        // Rarest first (ties in query order: the index's term intersections add the clauses'
        // scores in this same order); intersect the others into it.
        clauseMatches = clauseMatches.indices
            .sorted { (clauseMatches[$0].count, $0) < (clauseMatches[$1].count, $1) }
            .map { clauseMatches[$0] }
        let rarest = clauseMatches[0]
        var candidates = rarest.documents
        var scores = [Double](repeating: 0, count: rarest.count)
        let rarestWeight = termWeight(documentFrequency: rarest.count)
        for row in 0..<rarest.count { scores[row] = score(rarest, row: row, weight: rarestWeight) }
        for other in clauseMatches.dropFirst() {
            let weight = termWeight(documentFrequency: other.count)
            var kept = 0
            var j = 0
            // Kept candidates move down in place: `kept` never passes `i`.
            for i in candidates.indices {
                let document = candidates[i]
                while j < other.count && other.documents[j] < document { j += 1 }
                if j == other.count { break }
                if other.documents[j] == document {
                    candidates[kept] = document
                    scores[kept] = scores[i] + score(other, row: j, weight: weight)
                    kept += 1
                }
            }
            candidates.removeLast(candidates.count - kept)
            scores.removeLast(scores.count - kept)
            if candidates.isEmpty { return nil }
        }
        return (candidates, scores)
    }

    /// The inverse document frequency of a clause found in `documentFrequency` articles.
    func termWeight(documentFrequency: Int) -> Double {
        let documentCount = Double(max(articleCount, 1))
        let frequency = Double(documentFrequency)
        return log(1 + (documentCount - frequency + 0.5) / (frequency + 0.5))
    }

    /// The BM25F score of one article for one clause, from its weighted term frequency (3 ×
    /// title + body) and the clause's ``termWeight(documentFrequency:)``.
    @inline(__always)
    func score(frequency tf: Double, document: Int, weight idf: Double) -> Double {
        let norm = norm(of: document)
        return idf * tf * (BM25Ranking.k1 + 1) / (tf + norm)
    }

    /// BM25's length normalization of an article: k1 · (1 − b + b · length / average length).
    @inline(__always)
    func norm(of document: Int) -> Double {
        BM25Ranking.k1 * (1 - BM25Ranking.b + BM25Ranking.b * weightedLengths[document] / averageWeightedLength)
    }

    /// The weighted term frequency (3 × title + body).
    @inline(__always)
    static func weightedFrequency(title: Double, body: Double) -> Double {
        titleWeight * title + body
    }

    @inline(__always)
    private func score(_ matches: ClauseMatches, row: Int, weight: Double) -> Double {
        let tf = BM25Ranking.weightedFrequency(title: matches.titleFrequencies[row], body: matches.bodyFrequencies[row])
        return score(frequency: tf, document: Int(matches.documents[row]), weight: weight)
    }
}
