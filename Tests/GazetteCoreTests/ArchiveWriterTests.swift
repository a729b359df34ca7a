import Foundation
import Testing
@testable import GazetteCore

@Suite struct ArchiveWriterTests {
    static let sample = Archive(
        metadata: ArchiveMetadata(title: "Sample «news»", source: "https://example.org/"),
        articles: [
            Article(
                id: ArticleID("a1"), title: "北京 \"quoted\" ’curly’ 😀", date: ArticleDate("2021-03-09T17:41"),
                url: "https://example.org/a/1", source: "Example", body: ["One\u{1B}[2J", "Two\ttab", "café"],
                next: ArticleLink(title: "Second", id: ArticleID("a2")), previous: ArticleLink(title: "Zero…")),
            Article(id: ArticleID("a2"), title: "Second", previous: ArticleLink(title: "北京", url: "https://example.org/a/1")),
        ])

    @Test func roundTrips() throws {
        let data = ArchiveWriter.data(for: Self.sample)
        let loaded = try ArchiveLoader.load(data: data, fileName: "mem")
        #expect(loaded.metadata == Self.sample.metadata)
        #expect(loaded.articles == Self.sample.articles)
        #expect(ArchiveWriter.data(for: loaded) == data)
    }

    @Test func writesFieldsInAFixedOrder() {
        let text = String(decoding: ArchiveWriter.data(for: Archive(
            metadata: ArchiveMetadata(title: "T"),
            articles: [Article(id: ArticleID("x"), title: "X", date: ArticleDate("2020-01-02"), body: ["b"],
                               next: ArticleLink(title: "N"))])), as: UTF8.self)
        #expect(text == """
            {
              "format": "gazette-archive",
              "version": 1,
              "title": "T",
              "articles": [
                {
                  "id": "x",
                  "title": "X",
                  "date": "2020-01-02",
                  "body": [
                    "b"
                  ],
                  "next": {
                    "title": "N"
                  }
                }
              ]
            }

            """)
    }

    @Test func writesAtomicallyLeavingNoTemporaryFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("out.json")
        try Data("old".utf8).write(to: url)
        try ArchiveWriter.write(Self.sample, to: url)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.json"])
        #expect(try ArchiveLoader.load(contentsOf: url).articles.count == 2)
        #expect(throws: AtomicFile.WriteError.self) {
            try ArchiveWriter.write(Self.sample, to: directory.appendingPathComponent("missing/out.json"))
        }
    }
}
