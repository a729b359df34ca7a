import Foundation
import GazetteCore
import Testing

@Suite struct ImportCommandTests {
    @Test func importsPagesReportsFailuresAndMerges() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = directory.appendingPathComponent("20210101-first.txt")
        let broken = directory.appendingPathComponent("broken.txt")
        let second = directory.appendingPathComponent("second.txt")
        try Data("• First story of the chain\n• ----------\n• Body one.\n• [next]:Second story of the ch...\n".utf8).write(to: first)
        try Data("   \n".utf8).write(to: broken)
        try Data("• Second story of the chain\n• ----------\n• Body two.\n• [previous]:First story of the chain\n".utf8).write(to: second)
        let out = directory.appendingPathComponent("out.json")

        let partial = try GazetteBinary.run(["import", first.path, broken.path, "-o", out.path])
        #expect(partial.status == 1)
        #expect(partial.stderr.contains("gazette: \(broken.path):1: empty page: no title line"))
        let merged = directory.appendingPathComponent("merged.json")
        let merge = try GazetteBinary.run(["import", second.path, first.path, "--into", out.path, "-o", merged.path])
        #expect(merge.status == 0)
        let before = try String(contentsOf: out, encoding: .utf8)
        #expect(!before.contains("Second story of the chain\","))  // --into file untouched
        let validate = try GazetteBinary.run(["validate", merged.path])
        #expect(validate.stdout.contains("articles: 2"))
        #expect(validate.stdout.contains("broken 0"))
        #expect(validate.stdout.contains("chains: 1 (longest: 2 articles)"))

        let none = try GazetteBinary.run(["import", broken.path])
        #expect(none.status == 2)
        let stdin = try GazetteBinary.run(["import", "-"], stdin: Data("Piped title\n\nPiped body.\n".utf8))
        #expect(stdin.status == 0)
        #expect(stdin.stdout.contains("\"title\": \"Piped title\""))
    }

    @Test func invalidUTF8IsReplacedWithAWarningNamingTheLine() throws {
        var page = Data("• A page with bad bytes\n• ----------\n• Fine line.\n".utf8)
        page += Data([0x20, 0x20, 0x42, 0x61, 0x64, 0xFF, 0xFE, 0x20, 0x1B, 0x5B, 0x32, 0x4A, 0x0A])
        let result = try GazetteBinary.run(["import", "-"], stdin: page)
        #expect(result.status == 0)
        #expect(result.stderr == "gazette: warning: <stdin>:4: invalid UTF-8 replaced with U+FFFD\n")
        let archive = try JSONParser.parse(Data(result.stdout.utf8))
        let body = archive.objectValue?["articles"]?.arrayValue?.first?.objectValue?["body"]
        #expect(body == .array([.string("Fine line. Bad\u{FFFD}\u{FFFD} \u{1B}[2J")]))
        #expect(!result.stdout.contains("\u{1B}"), "the archive escapes the control it keeps")
    }
}
