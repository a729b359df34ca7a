import Foundation

/// An inverted index over article titles and bodies, ranked with BM25F (titles weigh three
/// times the body).
///
/// Building tokenizes every article once; queries only touch the postings of their terms
/// (a prefix expands through a sorted term list by binary search), never the article text.
/// The index is immutable once built and safe to share across threads.
public final class SearchIndex: Sendable {
    static let titleWeight = 3.0
    static let k1 = 1.2
    static let b = 0.75

    /// Number of articles indexed.
    public let articleCount: Int
    let terms: TermTable
    /// Term ids sorted by their UTF-8 bytes, for prefix expansion.
    let sortedTermIDs: [UInt32]
    let postings: CompactPostings
    let titleLengths: [UInt32]
    let weightedLengths: [Double]
    let averageWeightedLength: Double
    /// Where the indexed articles lie in their file, when known: kept (and persisted) with the
    /// index so that a search answered from the cache can decode only its hits.
    public let directory: ArchiveDirectory?

    /// Builds the index synchronously; `progress(done, total)` is called about every 1%, in
    /// increasing order. Large archives are split into consecutive shards built in parallel
    /// (one per core, at most ``maximumShards``) and merged. `directory`, when given, says
    /// where these articles lie in their file (``ArchiveDirectory``).
    public convenience init(
        articles: [Article], directory: ArchiveDirectory? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) {
        let shardCount = articles.count < 4_096 ? 1 : max(1, min(SearchIndex.maximumShards, ProcessInfo.processInfo.activeProcessorCount))
        var shards = ShardedBuild(articles: articles, shardCount: shardCount, progress: progress).run()
        var titleLengths: [UInt32] = []
        var bodyLengths: [UInt32] = []
        titleLengths.reserveCapacity(articles.count)
        bodyLengths.reserveCapacity(articles.count)
        for shard in shards {
            titleLengths.append(contentsOf: shard.titleLengths)
            bodyLengths.append(contentsOf: shard.bodyLengths)
        }
        let merged = SearchIndexBuilder.merge(&shards)
        self.init(articleCount: articles.count, terms: merged.terms, postings: merged.postings,
                  titleLengths: titleLengths, bodyLengths: bodyLengths,
                  directory: directory?.count == articles.count ? directory : nil)
        if articles.isEmpty { progress?(0, 0) }
    }

    /// Assembles an index from its parts (a fresh build or a persisted one).
    init(articleCount: Int, terms: TermTable, postings: CompactPostings, titleLengths: [UInt32], bodyLengths: [UInt32],
         directory: ArchiveDirectory? = nil) {
        self.articleCount = articleCount
        self.directory = directory
        self.terms = terms
        self.postings = postings
        self.titleLengths = titleLengths
        weightedLengths = zip(titleLengths, bodyLengths).map { SearchIndex.titleWeight * Double($0) + Double($1) }
        averageWeightedLength = SearchIndex.average(weightedLengths, articleCount: articleCount)
        sortedTermIDs = terms.sortedIDs()
    }

    /// Wraps the arrays of a persisted index as they are (see ``SearchIndexFile``).
    init(articleCount: Int, terms: TermTable, sortedTermIDs: [UInt32], postings: CompactPostings,
         titleLengths: [UInt32], weightedLengths: [Double], directory: ArchiveDirectory?) {
        self.articleCount = articleCount
        self.directory = directory
        self.terms = terms
        self.sortedTermIDs = sortedTermIDs
        self.postings = postings
        self.titleLengths = titleLengths
        self.weightedLengths = weightedLengths
        averageWeightedLength = SearchIndex.average(weightedLengths, articleCount: articleCount)
    }

    private static func average(_ lengths: [Double], articleCount: Int) -> Double {
        articleCount == 0 ? 1 : max(1, lengths.reduce(0, +) / Double(articleCount))
    }

    /// Approximate bytes the index holds (postings, terms and per-article lengths).
    public var storageBytes: Int {
        postings.documentBytes.count + postings.positionBytes.count
            + (postings.documentStarts.count + postings.positionStarts.count) * 8 + postings.documentCounts.count * 4
            + terms.bytes.count + terms.starts.count * 4 * 3 + sortedTermIDs.count * 4
            + titleLengths.count * 4 + weightedLengths.count * 8
    }

    /// Most shards (threads) one build uses.
    static let maximumShards = 4

    /// The articles matching every clause of the query, best first (ties in archive order).
    public func search(_ query: SearchQuery, limit: Int? = nil) -> [SearchHit] {
        searchCounting(query, limit: limit).hits
    }

    /// ``search(_:limit:)`` and ``hitCount(_:)`` from one evaluation of the query: the best
    /// `limit` hits and how many articles match in all.
    public func searchCounting(_ query: SearchQuery, limit: Int? = nil) -> (hits: [SearchHit], total: Int) {
        guard let matches = evaluate(query) else { return ([], 0) }
        return (best(of: matches, limit: limit), matches.count)
    }

    /// The matches as hits, best first (ties in archive order), at most `limit` of them.
    private func best(of matches: [(document: UInt32, score: Double)], limit: Int?) -> [SearchHit] {
        var hits = matches.map { SearchHit(articleIndex: Int($0.document), score: $0.score) }
        let better: (SearchHit, SearchHit) -> Bool = {
            $0.score != $1.score ? $0.score > $1.score : $0.articleIndex < $1.articleIndex
        }
        if let limit, limit < hits.count {
            guard limit > 0 else { return [] }
            hits = Array(SearchIndex.smallest(limit, of: hits, by: better))
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

    /// How many articles match the query.
    public func hitCount(_ query: SearchQuery) -> Int {
        evaluate(query)?.count ?? 0
    }

    /// Scores of the articles matching all clauses, or nil when none do.
    private func evaluate(_ query: SearchQuery) -> [(document: UInt32, score: Double)]? {
        guard !query.isEmpty else { return nil }
        var clauseMatches: [ClauseMatches] = []
        for clause in query.clauses {
            let matches = self.matches(for: clause)
            guard matches.count > 0 else { return nil }
            clauseMatches.append(matches)
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
            let tf = SearchIndex.titleWeight * matches.titleFrequencies[row] + matches.bodyFrequencies[row]
            let norm = SearchIndex.k1 * (1 - SearchIndex.b + SearchIndex.b * weightedLengths[document] / averageWeightedLength)
            return idf * tf * (SearchIndex.k1 + 1) / (tf + norm)
        }
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
