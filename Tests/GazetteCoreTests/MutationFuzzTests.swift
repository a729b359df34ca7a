import Foundation
import Testing
@testable import GazetteCore

/// Seeded random mutations of real inputs through the archive loader and the page importer:
/// every input either loads or fails with a typed error whose message is one printable line.
/// The seeds are fixed, so a failure reproduces; it becomes a regression test below.
@Suite struct MutationFuzzTests {
    /// Inputs per run; the whole suite stays well under a minute in a debug build.
    static let archiveInputs = 70_000
    static let pageInputs = 40_000
    /// Mutated inputs are cut to this size to keep one run fast.
    static let maximumInputSize = 4_096

    /// The bundled archive, a few hand-made archives and (when `../shared` is present) the
    /// small JSONTestSuite files.
    static var archiveSeeds: [[UInt8]] {
        var seeds: [[UInt8]] = []
        let bundled = SharedFixtures.packageRoot.appendingPathComponent("data/bjast.json")
        if let data = try? Data(contentsOf: bundled) { seeds.append(Array(data)) }
        seeds.append(Array("""
            {"format":"gazette-archive","version":1,"title":"T","source":"S","articles":[
            {"id":"a","title":"First","date":"2021-01-07T10:00:00+08:00","url":"https://x/a","body":["p1","p2 \\u00e9 \\ud83d\\ude00"],
             "next":{"title":"Second","id":"b"}},
            {"id":"b","title":"Second","date":"2021-01-08","previous":{"title":"First"},"next":null}]}
            """.utf8))
        seeds.append(Array(#"{"format":"gazette-archive","version":1,"title":"Empty","articles":[]}"#.utf8))
        if SharedFixtures.hasJSONTestSuite,
            let names = try? FileManager.default.contentsOfDirectory(atPath: SharedFixtures.jsonTestSuite.path)
        {
            for name in names.sorted() {
                let url = SharedFixtures.jsonTestSuite.appendingPathComponent(name)
                if let data = try? Data(contentsOf: url), data.count <= maximumInputSize { seeds.append(Array(data)) }
            }
        }
        return seeds
    }

    /// The seed page (when `../shared` is present) and hand-made pages of both shapes.
    static var pageSeeds: [[UInt8]] {
        var seeds = [
            "• A title of the bullet shape\n• ----------\n\n• First paragraph\n  continues here.\n\n  Second one.\n• [next]:The next story...\n• [previous]:The previous story\n",
            "A title of the dated shape\nDate:2021-03-09 17:41\n\nBody line one\nline two.\n\nAnother paragraph.\n",
            "\r\n   \r\n• 北京科学中心 🎉\r\n• ----\r\n• 段落\t一\r\n",
        ].map { Array($0.utf8) }
        if SharedFixtures.hasSeed, let data = try? Data(contentsOf: SharedFixtures.seedPage) {
            seeds.append(Array(data))
        }
        return seeds
    }

    /// Whether an error message is what users should see: one non-empty printable line.
    static func isOneLineMessage(_ message: String) -> Bool {
        !message.isEmpty && SafeText.isSafe(message)
    }

    /// Feeds `count` mutations of `seeds` to `body`, which returns nil when the input was
    /// accepted or the error message otherwise; returns how many were accepted and the first
    /// few messages that are not one printable line.
    static func mutations(
        of seeds: [[UInt8]], count: Int, seed: UInt64, _ body: ([UInt8]) -> String?
    ) -> (accepted: Int, badMessages: [String]) {
        var mutator = ByteMutator(seed: seed)
        var accepted = 0
        var badMessages: [String] = []
        for _ in 0..<count {
            let original = seeds[mutator.below(seeds.count)]
            let donor = seeds[mutator.below(seeds.count)]
            let input = mutator.mutate(original, donor: donor, maximumCount: maximumInputSize)
            guard let message = body(input) else {
                accepted += 1
                continue
            }
            if !isOneLineMessage(message), badMessages.count < 5 { badMessages.append(message) }
        }
        return (accepted, badMessages)
    }

    @Test func mutatedArchivesLoadOrFailWithAOneLineError() {
        let result = Self.mutations(of: Self.archiveSeeds, count: Self.archiveInputs, seed: 0x6A7A_E77E) { input in
            do throws(ArchiveError) {
                let archive = try ArchiveLoader.load(data: Data(input), fileName: "fuzz.json")
                _ = LinkGraph(articles: archive.articles).report
                return nil
            } catch {
                return error.description
            }
        }
        #expect(result.badMessages.isEmpty, "messages that are not one printable line: \(result.badMessages)")
        #expect(result.accepted > 0, "some mutations must stay valid, or the mutator only tests the first byte")
        #expect(result.accepted < Self.archiveInputs, "some mutations must break the archive")
    }

    @Test func mutatedPagesImportOrFailWithAOneLineError() {
        let result = Self.mutations(of: Self.pageSeeds, count: Self.pageInputs, seed: 0x9A6E_5EED) { input in
            let (text, _) = PageImporter.decode(Data(input))
            do throws(PageImportError) {
                let article = PageImporter.article(for: try PageParser.parse(text, fileName: "fuzz.txt"))
                #expect(!article.id.rawValue.isEmpty, "every imported page gets an id")
                return nil
            } catch {
                return error.description
            }
        }
        #expect(result.badMessages.isEmpty, "messages that are not one printable line: \(result.badMessages)")
        #expect(result.accepted > 0)
        #expect(result.accepted < Self.pageInputs)
    }

    /// Found by the archive mutations: a bad escape's character was quoted raw (a tab, NUL,
    /// ESC or C1 control on standard error).
    @Test(arguments: [UInt8(0x09), 0x00, 0x1B, 0x9B, 0x7F])
    func badEscapeMessagesArePrintable(byte: UInt8) {
        let input = Data(Array(#"["\"#.utf8) + [byte] + Array(#""]"#.utf8))
        do {
            _ = try ArchiveLoader.load(data: input, fileName: "escape.json")
            Issue.record("a bad escape must not load")
        } catch {
            #expect(error.kind == .malformedJSON)
            #expect(Self.isOneLineMessage(error.description), "\(error.description)")
        }
    }

    @Test func invalidUTF8InAnArchiveIsAnErrorWithItsPosition() {
        var bytes = Array("{\"format\":\"gazette-archive\",\"version\":1,\n\"title\":\"T\",\"articles\":[\n{\"id\":\"a\",\"title\":\"é".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\"}]}".utf8)
        #expect(throws: ArchiveError(kind: .malformedJSON, file: "bad.json", line: 3, column: 21, reason: "invalid UTF-8 sequence")) {
            try ArchiveLoader.load(data: Data(bytes), fileName: "bad.json")
        }
    }
}
