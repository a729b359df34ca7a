import Foundation
import Testing
@testable import GazetteCore

/// The fast loader (raw bodies decoded on demand) against the full parser and decoder.
@Suite struct LazyBodyTests {
    /// Loads `text` both ways.
    static func both(_ text: String) throws -> (fast: Archive?, full: Archive) {
        let data = Data(text.utf8)
        let fast = ArchiveFastDecoder.decode(ArchiveBytes(data, isMapped: false))
        let full = try ArchiveDecoder(file: "t.json").decode(JSONParser.parse(data))
        return (fast, full)
    }

    @Test func lazyBodiesEqualEagerOnes() throws {
        let text = """
            {"format": "gazette-archive", "version": 1, "title": "T", "extra": [1, {"a": [true, null]}],
             "articles": [
              {"id": "a", "title": "First", "body": ["plain", "esc\\"aped \\u00e9 \\ud83d\\ude00 \\\\ end", ""],
               "next": {"title": "Second", "id": "b"}, "unknown": {"deep": [[["x"]]]}},
              {"id": "b", "title": "Second", "date": "2024-02-03", "body": [], "previous": null},
              {"id": "c", "title": "Third", "body": null, "url": "https://x.test/c", "source": "S"},
              {"id": "d", "title": "北京", "body": [ "科学 ", "\\n\\t" ] }
             ]}
            """
        let (fast, full) = try Self.both(text)
        guard let fast else {
            Issue.record("the fast path gave up on a valid archive")
            return
        }
        #expect(fast.articles == full.articles)
        #expect(fast.articles.map(\.body) == full.articles.map(\.body))
        #expect(fast.articles[0].body == ["plain", "esc\"aped é 😀 \\ end", ""])
        #expect(fast.metadata == full.metadata)
        if case .raw = fast.articles[0].storedBody {} else { Issue.record("body 0 should stay raw") }
        var paragraphs: [String] = []
        fast.articles[3].storedBody.forEachParagraphUTF8 { paragraphs.append(String(decoding: $0, as: UTF8.self)) }
        #expect(paragraphs == ["科学 ", "\n\t"])
        var read: [String] = []
        fast.articles[0].forEachParagraph { paragraph in
            read.append(paragraph)
            return read.count == 2
        }
        #expect(read == ["plain", "esc\"aped é 😀 \\ end"])
    }

    @Test func rawParagraphsEndAtTheirQuoteWhereverEscapesFall() throws {
        // Escaped quotes and backslashes at every offset of an eight-byte word, and a body that
        // ends a few bytes before the file does (the word-at-a-time scan must stop in time).
        var paragraphs: [String] = []
        for offset in 0..<18 {
            let left = String(repeating: "a", count: offset), right = String(repeating: "é", count: 17 - offset)
            paragraphs += ["\(left)\\\"\(right)", "\(left)\\\\\(right)", left + right, "\(left)\\u00e9"]
        }
        let body = paragraphs.map { "\"\($0)\"" }.joined(separator: ",")
        let text = #"{"format": "gazette-archive", "version": 1, "title": "T", "articles": [{"id": "a", "title": "x", "body": ["#
            + body + "]}]}"
        let (fast, full) = try Self.both(text)
        #expect(fast?.articles.map(\.body) == full.articles.map(\.body))
        #expect(full.articles.first?.body.first == "\"" + String(repeating: "é", count: 17))
        #expect(full.articles.first?.body.count == 72)
    }

    @Test(arguments: [
        #"{"format": "gazette-archive", "version": 1, "title": "T", "articles": [{"id": "a", "title": "x", "id": "b"}]}"#,
        #"{"format": "gazette-archive", "version": 1.0, "title": "T", "articles": []}"#,
        #"{"format": "gazette-archive", "version": 1, "title": "T", "articles": [{"id": "a", "title": "x", "body": [1]}]}"#,
        "{\"format\": \"gazette-archive\", \"version\": 1, \"title\": \"T\", \"articles\": [{\"id\": \"a\", \"title\": \"x\", \"body\": [\"raw \u{01} control\"]}]}",
        #"{"format": "gazette-archive", "version": 1, "title": "T", "articles": [{"id": "a", "title": "x", "body": ["bad \x escape"]}]}"#,
        #"{"format": "gazette-archive", "version": 1, "title": "T", "articles": []} x"#,
        #"{"format": "gazette-archive", "version": 1, "title": " ", "articles": []}"#,
    ])
    func fastPathGivesUpOnAnythingUnusual(text: String) {
        #expect(ArchiveFastDecoder.decode(ArchiveBytes(Data(text.utf8), isMapped: false)) == nil)
    }

    @Test func syntheticArchiveLoadsTheSameBothWays() throws {
        let archive = SyntheticArchive(articleCount: 300, seed: 11).makeArchive()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-lazy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("s.json")
        try ArchiveWriter.write(archive, to: url)
        let loaded = try ArchiveLoader.load(contentsOf: url)  // memory-mapped, fast path
        #expect(loaded.articles == archive.articles)
        // Dropping resident pages must not change what bodies read.
        if case .raw(let source, _) = loaded.articles[0].storedBody {
            source.dropResidentPages(0..<source.data.count)
        } else {
            Issue.record("a loaded body should stay raw")
        }
        #expect(loaded.articles.map(\.body) == archive.articles.map(\.body))
        let index = SearchIndex(articles: loaded.articles)
        let reference = SearchIndex(articles: archive.articles)
        for query in ["the", "\"\(archive.articles[5].title.split(separator: " ").prefix(2).joined(separator: " "))\""] {
            #expect(index.search(SearchQuery(query)) == reference.search(SearchQuery(query)))
        }
    }

    @Test func bytesInMemoryOutliveTheReadersPageDrops() throws {
        // Building and scanning let the bodies they read leave memory: only a file mapping may
        // (its pages come back from the file); ordinary memory would come back as zeros.
        let source = SyntheticArchive(articleCount: 1_500, seed: 31)
        let expected = source.makeArchive().articles.map(\.body)
        let archive = try ArchiveLoader.load(data: source.encodedData(), fileName: "memory.json")
        _ = SearchScan(SearchQuery("the")).searchCounting(in: archive.articles)
        _ = SearchIndex(articles: archive.articles)
        #expect(archive.articles.map(\.body) == expected)
    }

    @Test func everySpecialByteAtEveryOffsetOfALongStringIsSeen() throws {
        // Quotes (escaped), backslash escapes, raw controls (invalid) and non-ASCII at each
        // offset of a 40-byte run, across the skipping loop's eight-byte steps and its tail.
        let specials = [#"\""#, #"\\"#, "\u{01}", "\u{1F}", "é", "北", "\u{7F}"]
        for special in specials {
            for offset in 0..<40 {
                let run = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 40 - offset)
                let text = #"{"format": "gazette-archive", "version": 1, "title": "T", "articles": [{"id": "x", "title": "X", "body": [""# + run + #""]}]}"#
                let data = Data(text.utf8)
                let fast = ArchiveFastDecoder.decode(ArchiveBytes(data, isMapped: false))
                let full = try? ArchiveDecoder(file: "t.json").decode(JSONParser.parse(data))
                #expect((fast == nil) == (full == nil), "special \(special.unicodeScalars.map(\.value)) at \(offset)")
                #expect(fast?.articles.map(\.body) == full?.articles.map(\.body), "special at \(offset)")
            }
        }
    }
}
