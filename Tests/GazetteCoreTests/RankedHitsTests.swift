import Foundation
import Testing
@testable import GazetteCore

/// ``RankedHits``: the first page picked in one pass, the rest sorted when read, ranks counted
/// without sorting — always the order a full comparison sort gives.
@Suite struct RankedHitsTests {
    /// The reference order: higher score first, ties in archive order.
    static func reference(_ documents: [UInt32], _ scores: [Double]) -> [SearchHit] {
        zip(documents, scores).map { SearchHit(articleIndex: Int($0), score: $1) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.articleIndex < $1.articleIndex }
    }

    /// Ascending, gapped article indices and scores drawn from few values (many ties).
    static func sample(count: Int, distinctScores: Int, seed: UInt64) -> (documents: [UInt32], scores: [Double]) {
        var generator = SplitMix64(seed: seed)
        var documents: [UInt32] = []
        var next: UInt32 = 0
        for _ in 0..<count {
            next += UInt32.random(in: 1...3, using: &generator)
            documents.append(next)
        }
        let values = (0..<distinctScores).map { Double($0 + 1) * 0.37 }
        let scores = documents.map { _ in values[Int.random(in: 0..<values.count, using: &generator)] }
        return (documents, scores)
    }

    @Test(arguments: [0, 1, 7, 255, 256, 257, 511, 512, 513, 3_000])
    func everyReadingOrderMatchesAFullSort(count: Int) {
        for distinct in [1, 3, 1_000] {
            let (documents, scores) = Self.sample(count: count, distinctScores: distinct, seed: UInt64(count * 31 + distinct))
            let expected = Self.reference(documents, scores)
            // Read in page order, from the end first, and all at once: the same ranks.
            let paged = RankedHits(documents: documents, scores: scores)
            #expect(paged.count == count)
            #expect((0..<count).map { paged.hit(atRank: $0) } == expected, "\(count) hits, \(distinct) scores, in order")
            let backwards = RankedHits(documents: documents, scores: scores)
            #expect((0..<count).reversed().map { backwards.hit(atRank: $0) } == expected.reversed(), "\(count) hits, backwards")
            let whole = RankedHits(documents: documents, scores: scores)
            #expect(whole.best() == expected)
            #expect(whole.articleIndices == expected.map(\.articleIndex))
        }
    }

    @Test func theFirstPageIsRankedWithoutSortingTheRest() {
        let (documents, scores) = Self.sample(count: 5_000, distinctScores: 40, seed: 5)
        let expected = Self.reference(documents, scores)
        let hits = RankedHits(documents: documents, scores: scores)
        #expect(hits.best(10) == Array(expected.prefix(10)))
        #expect(hits.hit(atRank: RankedHits.firstPageSize - 1) == expected[RankedHits.firstPageSize - 1])
        #expect(!hits.isComplete)
        #expect(hits.hit(atRank: RankedHits.firstPageSize) == expected[RankedHits.firstPageSize])
        #expect(hits.isComplete)
        #expect(hits.best(4_999) == Array(expected.prefix(4_999)))
        #expect(hits.best(0).isEmpty && hits.best(9_999).count == 5_000)
    }

    @Test func ranksAreCountedAsTheFullOrderHasThem() {
        for distinct in [1, 2, 50] {
            let (documents, scores) = Self.sample(count: 1_200, distinctScores: distinct, seed: UInt64(distinct))
            let expected = Self.reference(documents, scores)
            let hits = RankedHits(documents: documents, scores: scores)
            for (rank, hit) in expected.enumerated() {
                #expect(hits.rank(ofArticle: hit.articleIndex) == rank)
                #expect(hits.contains(article: hit.articleIndex))
            }
            #expect(!hits.isComplete)  // counting ranks sorted nothing
            let listed = Set(documents.map(Int.init))
            for article in [-1, 0, 1, 2, Int(documents.last ?? 0) + 1, Int(UInt32.max) + 5] where !listed.contains(article) {
                #expect(hits.rank(ofArticle: article) == nil)
                #expect(!hits.contains(article: article))
            }
        }
    }

    @Test func oneTermQueriesScoreLikeTheGeneralPath() {
        // The index scores a one-term query as it reads the records; the general evaluation
        // (frequency arrays, then scores) must give the same hits and scores, bit for bit.
        let articles = SyntheticArchive(articleCount: 600, seed: 9).makeArchive().articles
        let index = SearchIndex(articles: articles)
        var tokenizer = Tokenizer()
        let words = Set(articles.prefix(40).flatMap { tokenizer.tokens(in: $0.title) })
        #expect(words.count > 20)
        for word in words.sorted() {
            let query = SearchQuery(word)
            let general = index.ranking.rankedHits(query.clauses) { index.matches(for: $0) }
            let fast = index.rankedHits(query)
            #expect(fast.best() == general.best(), "\(word)")
            #expect(fast.count == index.postings.documentCounts[Int(index.terms.id(of: word) ?? 0)])
        }
        let prefix = SearchQuery(String(words.sorted()[0].prefix(3)) + "*")
        #expect(index.rankedHits(prefix).best() == index.ranking.rankedHits(prefix.clauses) { index.matches(for: $0) }.best())
    }
}
