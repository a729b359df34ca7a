import Foundation

/// Every article matching a query, best first (higher score first, ties in archive order),
/// put in that order only as far as it is read.
///
/// The total is exact from the start, but sorting tens of thousands of hits to show a
/// screenful of them was most of what a common word cost. So only the best few (a screenful,
/// ``firstPageSize`` unless the caller says) are ranked at first — picked in one pass over the scores, or, for one
/// word with a long list, found by reading only the blocks that can hold them (see
/// ``PostingBlocks``), the other scores not even computed — and the whole order is made the
/// first time a rank past them is asked for (once; later reads find it done). A hit's rank is
/// counted without sorting. Safe to share between threads.
public final class RankedHits: @unchecked Sendable {
    /// How many of the best hits are ranked at once unless the caller says: more than a tall
    /// terminal's list shows.
    public static let firstPageSize = 128

    /// The hits' articles (ascending) and their scores.
    struct Scored: Sendable {
        var documents: [UInt32]
        var scores: [Double]
    }

    /// Number of hits.
    public let count: Int
    private let lock = NSLock()
    /// Every hit's score, once known.
    private var scored: Scored?
    /// Scores every hit, when they were not all scored at first.
    private let evaluate: (@Sendable () -> Scored)?
    /// The best hits in order: the first ranks, or all of them once ``isComplete``.
    private var ordered: [SearchHit]

    /// No hits.
    public convenience init() {
        self.init(documents: [], scores: [])
    }

    /// The hits of `documents` (ascending article indices) with their `scores`, the best
    /// `firstRanks` ranked at once.
    init(documents: [UInt32], scores: [Double], firstRanks: Int = RankedHits.firstPageSize) {
        precondition(documents.count == scores.count, "one score per document")
        count = documents.count
        scored = Scored(documents: documents, scores: scores)
        evaluate = nil
        ordered = RankedHits.best(min(max(1, firstRanks), documents.count), documents: documents, scores: scores)
    }

    /// `count` hits whose best are `best` (the first ranks, in order, at least one unless
    /// `count` is 0); `evaluate` scores them all when more is asked for.
    init(count: Int, best: [SearchHit], evaluate: @escaping @Sendable () -> Scored) {
        self.count = count
        scored = nil
        self.evaluate = evaluate
        ordered = best
    }

    /// Whether every rank has been put in order.
    var isComplete: Bool {
        lock.lock()
        defer { lock.unlock() }
        return ordered.count == count
    }

    /// The hit at `rank` (0 is the best); `rank` must be below ``count``.
    public func hit(atRank rank: Int) -> SearchHit {
        precondition(rank >= 0 && rank < count, "rank \(rank) out of \(count) hits")
        lock.lock()
        defer { lock.unlock() }
        if rank >= ordered.count { completeLocked() }
        return ordered[rank]
    }

    /// The article of the hit at `rank`.
    public func articleIndex(atRank rank: Int) -> Int {
        hit(atRank: rank).articleIndex
    }

    /// The best `limit` hits (all when nil or at least ``count``), in order.
    public func best(_ limit: Int? = nil) -> [SearchHit] {
        let wanted = min(max(0, limit ?? count), count)
        lock.lock()
        defer { lock.unlock() }
        if wanted > ordered.count { completeLocked() }
        return Array(ordered.prefix(wanted))
    }

    /// Every hit's article, best first.
    public var articleIndices: [Int] {
        best().map(\.articleIndex)
    }

    /// The rank of `article` among the hits, or nil when it is not one: read off the ranks
    /// already in order, else counted (the hits that rank before it), without sorting.
    public func rank(ofArticle article: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if let rank = ordered.firstIndex(where: { $0.articleIndex == article }) { return rank }
        if ordered.count == count { return nil }
        let scored = scoredLocked()
        guard let position = RankedHits.position(of: article, in: scored.documents) else { return nil }
        let score = scored.scores[position]
        return scored.scores.withUnsafeBufferPointer { scores in
            var before = 0
            for index in 0..<position where scores[index] >= score { before += 1 }
            for index in (position + 1)..<scores.count where scores[index] > score { before += 1 }
            return before
        }
    }

    /// Whether `article` is a hit.
    public func contains(article: Int) -> Bool {
        rank(ofArticle: article) != nil
    }

    /// Every hit scored (the lock is held).
    private func scoredLocked() -> Scored {
        if let scored { return scored }
        let made = evaluate?() ?? Scored(documents: [], scores: [])
        scored = made
        return made
    }

    /// Sorts every hit (the lock is held). A damaged persisted index could score another
    /// number of hits than it announced: the order is then cut, or its last hit repeated,
    /// to ``count`` (wrong hits, never a rank out of range).
    private func completeLocked() {
        guard ordered.count < count else { return }
        let scored = scoredLocked()
        var all = RankedHits.sortedAll(documents: scored.documents, scores: scored.scores)
        if all.count > count { all.removeLast(all.count - count) }
        let filler = all.last ?? ordered.last ?? SearchHit(articleIndex: 0, score: 0)
        while all.count < count { all.append(filler) }
        ordered = all
    }

    /// Where `article` is in `documents` (binary search).
    private static func position(of article: Int, in documents: [UInt32]) -> Int? {
        guard let target = UInt32(exactly: article) else { return nil }
        var low = 0, high = documents.count
        while low < high {
            let mid = (low + high) / 2
            if documents[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low < documents.count && documents[low] == target ? low : nil
    }

    /// The best `limit` hits in order, in one pass that keeps them in a sorted array: the hits
    /// come in archive order, so one that only ties the worst kept is never better than it.
    static func best(_ limit: Int, documents: [UInt32], scores: [Double]) -> [SearchHit] {
        guard limit > 0 else { return [] }
        if limit >= documents.count { return sortedAll(documents: documents, scores: scores) }
        var kept = BestHits(limit: limit)
        for index in documents.indices { kept.offer(Int(documents[index]), score: scores[index]) }
        return kept.hits
    }

    /// Every hit in order: a stable radix sort on the scores' bit patterns (positive scores
    /// order like their patterns) keeps ties in archive order; a comparison sort for few hits,
    /// or for scores the patterns would not order.
    static func sortedAll(documents: [UInt32], scores: [Double]) -> [SearchHit] {
        if documents.count < 512 || !scores.allSatisfy({ $0 > 0 }) {
            var hits = zip(documents, scores).map { SearchHit(articleIndex: Int($0), score: $1) }
            hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.articleIndex < $1.articleIndex }
            return hits
        }
        let order = RadixSort.stableOrder(of: scores.map { ~$0.bitPattern })
        return order.map { SearchHit(articleIndex: Int(documents[$0]), score: scores[$0]) }
    }
}
