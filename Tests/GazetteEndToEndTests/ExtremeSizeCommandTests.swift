import Foundation
import GazetteCore
import Testing

/// `show` and `list` of the real binary on extreme archives (the million-article case runs
/// with 200,000 articles to keep debug CI fast).
@Suite struct ExtremeSizeCommandTests {
    @Test func showPrintsATenMegabyteParagraph() throws {
        let words = ["harbour", "ferries", "lighthouse", "tide"]
        let paragraph = (0..<1_250_000).map { words[$0 % words.count] }.joined(separator: " ")
        let word = String(repeating: "abcdefghij", count: 10_000)
        let archive = try TemporaryArchive(Archive(metadata: ArchiveMetadata(title: "Huge"), articles: [
            Article(id: ArticleID("p"), title: String(repeating: "Long title ", count: 455), body: [paragraph, word]),
        ]))
        defer { archive.remove() }
        let result = try GazetteBinary.run(["show", "p", archive.url.path, "--width", "100"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 100 })
        #expect(lines.count > 100_000)
        #expect(lines.contains { $0 == word.prefix(100) }, "a 100,000-character word is split at the width")
    }

    @Test func listPrintsTwoHundredThousandArticles() throws {
        let count = 200_000
        let articles = (0..<count).map { Article(id: ArticleID("a\($0)"), title: "Article \($0)", body: ["Line \($0)."]) }
        let archive = try TemporaryArchive(Archive(metadata: ArchiveMetadata(title: "Many"), articles: articles))
        defer { archive.remove() }
        let result = try GazetteBinary.run(["list", archive.url.path])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == count)
        #expect(lines.last == "            a199999  Article 199999")
    }
}
