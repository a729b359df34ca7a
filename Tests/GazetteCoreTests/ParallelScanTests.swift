import Foundation
import Testing
@testable import GazetteCore

/// The fast decoder split between threads against one thread and the full decoder: the same
/// articles, the same ids, the same give-ups — also when guessed split points are fake.
@Suite struct ParallelScanTests {
    static func decode(_ data: Data, threads: Int) -> Archive? {
        ArchiveFastDecoder.decode(ArchiveBytes(data, isMapped: false), splitBytes: 1, threads: threads)
    }

    /// Decodes with 1 to 8 threads (every article array split at once); all must agree with
    /// the full decoder, or all give up when it would not load (or resolves by its own rules).
    static func expectSameEverywhere(_ data: Data, expectLoads: Bool = true) throws {
        let sequential = decode(data, threads: 1)
        let full = try? ArchiveDecoder(file: "t.json").decode(JSONParser.parse(data))
        if expectLoads {
            #expect(sequential != nil, "the fast path gave up on a valid archive")
            #expect(sequential?.articles == full?.articles)
        }
        for threads in 2...8 {
            let parallel = decode(data, threads: threads)
            #expect((parallel == nil) == (sequential == nil), "threads: \(threads)")
            guard let parallel, let sequential else { continue }
            #expect(parallel.articles == sequential.articles, "threads: \(threads)")
            #expect(parallel.articles.map(\.body) == sequential.articles.map(\.body))
            for (position, article) in sequential.articles.enumerated() {
                #expect(parallel.index(of: article.id) == position)
            }
        }
    }

    static func archive(_ articles: [String]) -> Data {
        Data(("{\"format\": \"gazette-archive\", \"version\": 1, \"title\": \"T\", \"articles\": [\n"
            + articles.joined(separator: ",\n") + "\n], \"after\": {\"x\": [1, {}]}}").utf8)
    }

    @Test func syntheticArchiveSplitsLikeOneThread() throws {
        let archive = SyntheticArchive(articleCount: 400, seed: 5).makeArchive()
        let data = ArchiveWriter.data(for: archive)
        try Self.expectSameEverywhere(data)
        #expect(Self.decode(data, threads: 4)?.articles == archive.articles)
    }

    @Test func fakeBoundariesInsideStringsAndNestedMembersAreIgnored() throws {
        var articles: [String] = []
        for number in 0..<60 {
            let fake = #"}, {\"id\": \"fake\#(number)\", \"title\": \"Fake\"}, {"#
            articles.append("""
                {"id": "a\(number)", "title": "Title \(number) }, {", "body": ["\(fake)", "x }, { y", "北京 }, {"],
                 "extra": [{}, {"id": "nested\(number)", "title": "Nested"}, [{"a": 1}, {"b": [{}, {}]}]],
                 "next": {"title": "Title \(number + 1) }, {"}}
                """)
        }
        try Self.expectSameEverywhere(Self.archive(articles))
    }

    @Test func minifiedAndOddlySpacedArchivesSplitLikeOneThread() throws {
        let minified = (0..<50).map { #"{"id":"m\#($0)","title":"M","body":["p"]}"# }
        let text = #"{"format":"gazette-archive","version":1,"title":"T","articles":["# + minified.joined(separator: ",") + "]}"
        try Self.expectSameEverywhere(Data(text.utf8))
        let spaced = (0..<50).map { "\t{ \"id\" : \"s\($0)\" ,\r\n \"title\" : \"S\" }\r\n" }
        try Self.expectSameEverywhere(Self.archive(spaced))
    }

    @Test func repeatedIDsInDifferentSharesGiveUp() throws {
        var articles = (0..<40).map { #"{"id": "d\#($0)", "title": "D"}"# }
        articles.append(#"{"id": "d0", "title": "Again"}"#)
        let data = Self.archive(articles)
        for threads in 1...8 { #expect(Self.decode(data, threads: threads) == nil) }
    }

    @Test(arguments: [
        #"{"id": "late", "title": "x", "body": [1]}"#,
        #"{"id": "late", "title": " "}"#,
        #"{"id": "late", "title": "x", "date": "2021-02-30"}"#,
        #"{"id": "late", "title": "x", "title": "y"}"#,
        #"{"id": "late", "title": "x"} {"#,
        #"{"id": "l\u0061te", "t\u0069tle": "escaped names"}"#,
    ])
    func aProblemLateInTheArrayGivesUpOnEveryThreadCount(last: String) throws {
        var articles = (0..<40).map { #"{"id": "p\#($0)", "title": "P", "body": ["}, {"]}"# }
        articles.append(last)
        let data = Self.archive(articles)
        for threads in 1...8 { #expect(Self.decode(data, threads: threads) == nil, "threads: \(threads)") }
    }

    /// Bodies are validated with shortcuts for two- and three-byte sequences: whatever the
    /// full parser rejects, the fast path must give up on; what it accepts must load the same.
    @Test(arguments: [
        ([0xC3, 0xA9], true), ([0xE4, 0xB8, 0xAD], true), ([0xEF, 0xBF, 0xBD], true), ([0xED, 0x9F, 0xBF], true),
        ([0xF0, 0x9F, 0x98, 0x80], true), ([0xE0, 0xA0, 0x80], true),
        ([0xC3], false), ([0xC3, 0x41], false), ([0xE4, 0xB8], false), ([0xE4, 0x41, 0x80], false),
        ([0xE4, 0xB8, 0x41], false), ([0xED, 0xA0, 0x80], false), ([0xE0, 0x80, 0x80], false), ([0xC0, 0x80], false),
        ([0xFF], false), ([0x80], false),
    ] as [([UInt8], Bool)])
    func bodyBytesAreValidatedLikeTheFullParser(sequence: [UInt8], valid: Bool) throws {
        let head = Array(#"{"format": "gazette-archive", "version": 1, "title": "T", "articles": [{"id": "u", "title": "U", "body": ["ab"#.utf8)
        let data = Data(head + sequence + Array(#"cd"]}]}"#.utf8))
        #expect(((try? JSONParser.parse(data)) != nil) == valid)
        let fast = ArchiveFastDecoder.decode(ArchiveBytes(data, isMapped: false))
        #expect((fast != nil) == valid)
        if let fast {
            #expect(fast.articles.first?.body == [String(decoding: Array("ab".utf8) + sequence + Array("cd".utf8), as: UTF8.self)])
        }
    }

    @Test func titlesOfOnlyUnicodeWhiteSpaceAreBlankAndOthersAreNot() {
        #expect(ArchiveFastDecoder.isBlank(""))
        #expect(ArchiveFastDecoder.isBlank(" \t\n"))
        #expect(ArchiveFastDecoder.isBlank("\u{00A0}\u{3000}"))
        #expect(!ArchiveFastDecoder.isBlank("a"))
        #expect(!ArchiveFastDecoder.isBlank("  a  "))
        #expect(!ArchiveFastDecoder.isBlank("\u{3000}北京"))
    }

    @Test func splitCandidatesAreIncreasingElementStarts() {
        let data = Self.archive((0..<100).map { #"{"id": "c\#($0)", "title": "C"}"# })
        data.withUnsafeBytes { bytes in
            let candidates = ArticleRun.splitCandidates(in: bytes, from: 0, parts: 4)
            #expect(candidates.count == 3)
            #expect(candidates == candidates.sorted())
            for candidate in candidates { #expect(bytes[candidate] == UInt8(ascii: "{")) }
            #expect(ArticleRun.splitCandidates(in: bytes, from: 0, parts: 1).isEmpty)
        }
    }
}
