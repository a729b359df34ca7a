import Foundation
import Testing
@testable import GazetteCore

@Suite struct JSONFeedTests {
    static let feed = """
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "Example Feed",
          "home_page_url": "https://example.org/",
          "items": [
            {"id": "3", "title": "Newest", "content_html": "<p>Hello &amp; welcome</p><p>Second</p>",
             "date_published": "2021-01-03T10:00:00+08:00", "url": "https://example.org/3"},
            {"id": 2, "content_text": "No title here but text.\\n\\nAnother paragraph.", "authors": [{"name": "Ann"}]},
            {"id": "1", "title": "Oldest", "content_text": "First."}
          ]
        }
        """

    @Test func readsItemsAsArticlesInFeedOrder() throws {
        let archive = try ArchiveOpener.open(data: Data(Self.feed.utf8), fileName: "feed.json")
        #expect(archive.metadata.title == "Example Feed")
        #expect(archive.metadata.source == "https://example.org/")
        #expect(archive.articles.map(\.id.rawValue) == ["3", "2", "1"])
        #expect(archive.articles[0].body == ["Hello & welcome", "Second"])
        #expect(archive.articles[0].date?.text == "2021-01-03T10:00:00+08:00")
        #expect(archive.articles[1].title == "No title here but text.")
        #expect(archive.articles[1].body == ["No title here but text.", "Another paragraph."])
        // Newest first: previous is older (the next item), next is newer.
        #expect(archive.articles[0].previous?.id == ArticleID("2"))
        #expect(archive.articles[0].next == nil)
        #expect(archive.articles[2].next?.id == ArticleID("2"))
        let graph = LinkGraph(articles: archive.articles)
        #expect(graph.report.broken.isEmpty)
        #expect(graph.chains == [[2, 1, 0]])
    }

    @Test func roundTripsThroughExport() throws {
        let original = try ArchiveLoader.load(data: ArchiveWriter.data(for: Archive(
            metadata: ArchiveMetadata(title: "Mine", source: "https://mine.example/"),
            articles: [
                Article(id: ArticleID("a"), title: "A", date: ArticleDate("2020-05-06"), url: "https://mine.example/a",
                        source: "Mine", body: ["p1", "p2 “quoted”"], next: ArticleLink(title: "B, cut sh...")),
                Article(id: ArticleID("b"), title: "B, cut short later", date: ArticleDate("2020-05-07T08:09"),
                        body: ["only"], previous: ArticleLink(title: "A", id: ArticleID("a"))),
            ])), fileName: "mine.json")
        let exported = JSONFeed.data(for: original)
        let document = try JSONParser.parse(exported)
        #expect(JSONFeed.isJSONFeed(document))
        #expect(document.objectValue?["items"]?.arrayValue?.first?.objectValue?["date_published"] == .string("2020-05-06T00:00:00Z"))
        let reread = try ArchiveOpener.open(data: exported, fileName: "export.json")
        #expect(reread.articles.map(\.id) == original.articles.map(\.id))
        #expect(reread.articles.map(\.title) == original.articles.map(\.title))
        #expect(reread.articles.map(\.body) == original.articles.map(\.body))
        #expect(reread.articles.map(\.next) == original.articles.map(\.next))
        #expect(reread.articles.map(\.previous) == original.articles.map(\.previous))
    }

    @Test func rejectsBrokenFeedsWithTheItem() {
        let bad = #"{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","title":"x","date_published":"soon"}]}"#
        #expect(throws: ArchiveError.self) { try ArchiveOpener.open(data: Data(bad.utf8), fileName: "f.json") }
        do {
            _ = try ArchiveOpener.open(data: Data(bad.utf8), fileName: "f.json")
        } catch {
            #expect(error.description == #"f.json: articles[0]: field "items[0].date_published": "soon" is not an RFC 3339 date"#)
        }
    }
}
