import Foundation
import Testing
@testable import GazetteCore

/// Archives of extreme sizes load, link and index without crashing or quadratic blow-up (the
/// suite's run time is the measure: no timing assertions; see gazette-bench for timings).
///
/// The million-article case runs with 200,000 articles in debug builds to keep CI fast; the
/// release benchmark covers the full size.
@Suite struct ExtremeSizeTests {
    /// Articles for the "many one-line articles" case.
    static let manyArticles = 200_000

    /// Loads, builds the link graph and its report, indexes and searches.
    static func exercise(_ archive: ExtremeArchive, query: String) throws -> (Archive, [SearchHit]) {
        let loaded = try ArchiveLoader.load(contentsOf: archive.url)
        let graph = LinkGraph(articles: loaded.articles)
        #expect(graph.report.broken.isEmpty)
        let index = SearchIndex(articles: loaded.articles)
        return (loaded, index.search(SearchQuery(query), limit: 10))
    }

    @Test func tenMegabyteParagraph() throws {
        let paragraph = ExtremeArchive.prose(bytes: 10_000_000)
        let archive = try ExtremeArchive(name: "paragraph", count: 2) { index in
            .init(title: "Huge paragraph \(index)", body: index == 0 ? [paragraph] : ["small lighthouse"])
        }
        defer { archive.remove() }
        let (loaded, hits) = try Self.exercise(archive, query: "lighthouse")
        #expect(loaded.articles[0].body[0].utf8.count == paragraph.utf8.count)
        #expect(hits.count == 2)
    }

    @Test func hundredThousandCharacterWord() throws {
        let word = String(repeating: "abcdefghij", count: 10_000)
        let archive = try ExtremeArchive(name: "word", count: 2) { index in
            .init(title: "Long word \(index)", body: ["before \(word) after", word])
        }
        defer { archive.remove() }
        let (loaded, hits) = try Self.exercise(archive, query: "after")
        #expect(loaded.articles[1].body[1].count == 100_000)
        #expect(hits.count == 2)
    }

    @Test func hundredThousandParagraphs() throws {
        let archive = try ExtremeArchive(name: "paragraphs", count: 2) { index in
            .init(title: "Many paragraphs \(index)", body: (0..<(index == 0 ? 100_000 : 1)).map { "Paragraph \($0) of the tide." })
        }
        defer { archive.remove() }
        let (loaded, hits) = try Self.exercise(archive, query: "tide")
        #expect(loaded.articles[0].body.count == 100_000)
        #expect(hits.first?.articleIndex == 0)
    }

    @Test func fiveThousandCharacterTitle() throws {
        let title = String(ExtremeArchive.prose(bytes: 6_000, words: ["harbour", "ferries", "north"]).prefix(5_000))
        let archive = try ExtremeArchive(name: "title", count: 3) { index in
            .init(title: "\(index) \(title)", body: ["Body."])
        }
        defer { archive.remove() }
        let (loaded, hits) = try Self.exercise(archive, query: "ferries")
        #expect(loaded.articles[0].title.count == 5_002)
        #expect(hits.count == 3)
        #expect(LinkGraph(articles: loaded.articles).target(from: 0, .next) == 1, "a link by a 200-character prefix resolves")
    }

    @Test func manyOneLineArticles() throws {
        let archive = try ExtremeArchive(name: "many", count: Self.manyArticles) { index in
            .init(title: "Article \(index)", body: ["Line \(index) about the north tide."])
        }
        defer { archive.remove() }
        let (loaded, hits) = try Self.exercise(archive, query: "\"Line 199999\"")
        #expect(loaded.articles.count == Self.manyArticles)
        #expect(hits.map(\.articleIndex) == [Self.manyArticles - 1])
    }
}
