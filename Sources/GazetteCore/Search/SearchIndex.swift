import Foundation

/// An inverted index over article titles and bodies, ranked with BM25F (titles weigh three
/// times the body).
///
/// Building tokenizes every article once; queries only touch the postings of their terms
/// (a prefix expands through a sorted term list by binary search), never the article text.
/// The index is immutable once built and safe to share across threads.
public final class SearchIndex: Sendable {
    /// Number of articles indexed.
    public let articleCount: Int
    let terms: TermTable
    /// Term ids sorted by their UTF-8 bytes, for prefix expansion.
    let sortedTermIDs: [UInt32]
    let postings: CompactPostings
    /// The long lists' blocks, once made (see ``makeBlocks()``).
    private let blockSlot: PostingBlocksSlot
    let titleLengths: [UInt32]
    let ranking: BM25Ranking
    /// Where the indexed articles lie in their file, when known: kept (and persisted) with the
    /// index so that a search answered from the cache can decode only its hits.
    public let directory: ArchiveDirectory?

    /// Builds the index synchronously; `progress(done, total)` is called about every 1%, in
    /// increasing order. Large archives are split into consecutive shards built in parallel
    /// (on one thread per core, at most ``maximumWorkers``; see ``ShardedBuild``) and merged.
    /// `directory`, when given, says where these articles lie in their file
    /// (``ArchiveDirectory``).
    /// With `makingBlocks` false the index is returned without its skip blocks, which
    /// ``makeBlocks()`` adds (as the reader does once its index is ready).
    public convenience init(
        articles: [Article], directory: ArchiveDirectory? = nil, makingBlocks: Bool = true,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) {
        self.init(articles: articles, directory: directory, progress: progress, gate: nil)
        if makingBlocks { makeBlocks() }
    }

    /// Builds the index as above, without its blocks yet (``makeBlocks()``); while `gate` is
    /// held, the build waits at its next check.
    convenience init(
        articles: [Article], directory: ArchiveDirectory?, progress: (@Sendable (Int, Int) -> Void)?, gate: PauseGate?
    ) {
        let workerCount = articles.count < 4_096 ? 1 : max(1, min(SearchIndex.maximumWorkers, ProcessInfo.processInfo.activeProcessorCount))
        var shards = ShardedBuild(articles: articles, workerCount: workerCount, progress: progress, gate: gate).run()
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
        self.titleLengths = titleLengths
        let ranking = BM25Ranking(articleCount: articleCount, weightedLengths: zip(titleLengths, bodyLengths).map {
            BM25Ranking.weightedLength(title: $0, body: $1)
        })
        self.ranking = ranking
        self.postings = postings
        blockSlot = PostingBlocksSlot()
        sortedTermIDs = terms.sortedIDs()
    }

    /// Wraps the arrays of a persisted index as they are (see ``SearchIndexFile``).
    init(articleCount: Int, terms: TermTable, sortedTermIDs: [UInt32], postings: CompactPostings,
         titleLengths: [UInt32], weightedLengths: [Double], directory: ArchiveDirectory?) {
        self.articleCount = articleCount
        self.directory = directory
        self.terms = terms
        self.sortedTermIDs = sortedTermIDs
        self.titleLengths = titleLengths
        let ranking = BM25Ranking(articleCount: articleCount, weightedLengths: weightedLengths)
        self.ranking = ranking
        self.postings = postings
        blockSlot = PostingBlocksSlot()
    }

    /// Per article: 3 × its title's tokens + its body's tokens.
    var weightedLengths: [Double] { ranking.weightedLengths }

    /// Approximate bytes the index holds (postings, terms and per-article lengths).
    public var storageBytes: Int {
        postings.documentBytes.count + postings.positionBytes.count
            + (postings.documentStarts.count + postings.positionBlockStarts.count) * 8 + postings.documentCounts.count * 4
            + terms.bytes.count + terms.starts.count * 4 * 3 + sortedTermIDs.count * 4
            + titleLengths.count * 4 + weightedLengths.count * 8
    }

    /// The long posting lists' blocks (see ``PostingBlocks``), when made.
    var blocks: PostingBlocks? { blockSlot.blocks }

    /// Makes the blocks that let a query skip most of a long posting list, unless they are
    /// there already: a pass over the lists (about a tenth of a second at 100,000 articles, on
    /// all cores) that a fresh background build makes after it is ready. Queries before then
    /// give the same hits, reading every record.
    public func makeBlocks() {
        _ = blockSlot.blocks { PostingBlocks(postings: postings, ranking: ranking) }
    }

    /// Most threads one build uses.
    static let maximumWorkers = 4

    /// The articles matching every clause of the query, ranked: the total and the best
    /// `firstRanks` hits at once (a screenful is all a reader shows), the rest of the order
    /// when it is read (see ``RankedHits``).
    public func rankedHits(_ query: SearchQuery, firstRanks: Int = RankedHits.firstPageSize) -> RankedHits {
        let firstRanks = max(1, firstRanks)
        let terms = query.clauses.map(singleTerm)
        if terms.count == 1, let term = terms[0] { return rankedHits(ofTerm: term, firstRanks: firstRanks) }
        if terms.count > 1, terms.allSatisfy({ $0 != nil }) {
            return intersection(of: terms.compactMap { $0 }, firstRanks: firstRanks)
        }
        return ranking.rankedHits(query.clauses, firstRanks: firstRanks) { matches(for: $0) }
    }

    /// The articles matching every clause of the query, best first (ties in archive order).
    public func search(_ query: SearchQuery, limit: Int? = nil) -> [SearchHit] {
        rankedHits(query).best(limit)
    }

    /// ``search(_:limit:)`` and ``hitCount(_:)`` from one evaluation of the query: the best
    /// `limit` hits and how many articles match in all.
    public func searchCounting(_ query: SearchQuery, limit: Int? = nil) -> (hits: [SearchHit], total: Int) {
        let ranked = rankedHits(query)
        return (ranked.best(limit), ranked.count)
    }

    /// How many articles match the query.
    public func hitCount(_ query: SearchQuery) -> Int {
        rankedHits(query).count
    }
}
