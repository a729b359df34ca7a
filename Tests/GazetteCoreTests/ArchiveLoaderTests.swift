import Foundation
import Testing
@testable import GazetteCore

@Suite struct ArchiveLoaderTests {
    static let minimal = #"{"format":"gazette-archive","version":1,"title":"T","articles":[ARTICLES]}"#

    static func archive(_ articles: String, file: String = "a.json") throws(ArchiveError) -> Archive {
        try ArchiveLoader.load(data: Data(minimal.replacingOccurrences(of: "ARTICLES", with: articles).utf8), fileName: file)
    }

    static func message(_ articles: String) -> String {
        do {
            _ = try archive(articles)
            return "loaded"
        } catch {
            return error.description
        }
    }

    @Test func loadsEveryField() throws {
        let archive = try Self.archive(#"""
            {"id":"a1","title":"First","date":"2021-01-07","url":"https://x/1","source":"S","body":["p1","p2"],
             "previous":{"title":"Zero"},"next":{"title":"Second","id":"a2","url":"https://x/2"},"extra":{"ignored":[1]}},
            {"id":"a2","title":"Second","date":null,"body":null}
            """#)
        #expect(archive.metadata == ArchiveMetadata(title: "T"))
        #expect(archive.articles.count == 2)
        let first = archive.articles[0]
        #expect(first.date?.text == "2021-01-07")
        #expect(first.body == ["p1", "p2"])
        #expect(first.previous == ArticleLink(title: "Zero"))
        #expect(first.next == ArticleLink(title: "Second", id: ArticleID("a2"), url: "https://x/2"))
        #expect(archive.articles[1].date == nil && archive.articles[1].body.isEmpty)
        #expect(archive.index(of: ArticleID("a2")) == 1)
    }

    @Test(arguments: [
        (#"{"title":"x"}"#, #"a.json: articles[0]: field "id": must be a non-empty string"#),
        (#"{"id":"","title":"x"}"#, #"a.json: articles[0]: field "id": must be a non-empty string"#),
        (#"{"id":7,"title":"x"}"#, #"a.json: articles[0]: field "id": must be a non-empty string"#),
        (#"{"id":"a","title":"  "}"#, #"a.json: articles[0] (id "a"): field "title": must be a non-empty string"#),
        (#"{"id":"a"}"#, #"a.json: articles[0] (id "a"): field "title": must be a non-empty string"#),
        (#"{"id":"a","title":"x","date":"yesterday"}"#,
         #"a.json: articles[0] (id "a"): field "date": "yesterday" is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM])"#),
        (#"{"id":"a","title":"x","date":20210107}"#, #"a.json: articles[0] (id "a"): field "date": must be a string, found a number"#),
        (#"{"id":"a","title":"x","url":["u"]}"#, #"a.json: articles[0] (id "a"): field "url": must be a string, found an array"#),
        (#"{"id":"a","title":"x","source":true}"#, #"a.json: articles[0] (id "a"): field "source": must be a string, found a boolean"#),
        (#"{"id":"a","title":"x","body":"text"}"#, #"a.json: articles[0] (id "a"): field "body": must be an array of strings, found a string"#),
        (#"{"id":"a","title":"x","body":["ok",3]}"#, #"a.json: articles[0] (id "a"): field "body[1]": must be a string, found a number"#),
        (#"{"id":"a","title":"x","next":"y"}"#, #"a.json: articles[0] (id "a"): field "next": must be an object with a "title", found a string"#),
        (#"{"id":"a","title":"x","previous":{"id":"b"}}"#, #"a.json: articles[0] (id "a"): field "previous.title": must be a non-empty string"#),
        (#"{"id":"a","title":"x","next":{"title":"y","url":1}}"#, #"a.json: articles[0] (id "a"): field "next.url": must be a string, found a number"#),
        (#"{"id":"a","title":"x"},{"id":"b","title":"y"},{"id":"a","title":"z"}"#,
         #"a.json: articles[2] (id "a"): field "id": duplicate id, first used by articles[0]"#),
        (#"[]"#, #"a.json: articles[0]: must be an object, found an array"#),
    ])
    func namesArticleAndField(articles: String, expected: String) {
        #expect(Self.message(articles) == expected)
    }

    @Test(arguments: [
        (#"[]"#, #"a.json: top level must be a JSON object, found an array"#),
        (#"{"version":1,"title":"t","articles":[]}"#, #"a.json: field "format": expected "gazette-archive""#),
        (#"{"format":"gazette-archive","version":"1","title":"t","articles":[]}"#, #"a.json: field "version": must be an integer"#),
        (#"{"format":"gazette-archive","version":2,"title":"t","articles":[]}"#,
         #"a.json: field "version": unsupported archive version 2 (this Gazette reads version 1)"#),
        (#"{"format":"gazette-archive","version":1,"title":"","articles":[]}"#, #"a.json: field "title": must be a non-empty string"#),
        (#"{"format":"gazette-archive","version":1,"title":"t"}"#, #"a.json: field "articles": must be an array"#),
        ("{\"format\":\"gazette-archive\",\n\"version\":1,,", "a.json:2:13: malformed JSON: expected a string key, found ','"),
    ])
    func reportsTopLevelProblems(document: String, expected: String) {
        do {
            _ = try ArchiveLoader.load(data: Data(document.utf8), fileName: "a.json")
            Issue.record("loaded")
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func sanitizesIdsInMessages() {
        let message = Self.message(#"{"id":"evil\u001b]0;pwned\u0007","title":""}"#)
        #expect(!message.unicodeScalars.contains { $0.value < 0x20 })
        #expect(message.contains("evil␛]0;pwned␇"), "controls show as their pictures, like everywhere else")
    }

    @Test func reportsUnreadableFiles() {
        let url = URL(fileURLWithPath: "/nonexistent/archive.json")
        #expect(throws: ArchiveError(kind: .unreadable, file: "/nonexistent/archive.json", reason: "no such file")) {
            try ArchiveLoader.load(contentsOf: url)
        }
    }
}
