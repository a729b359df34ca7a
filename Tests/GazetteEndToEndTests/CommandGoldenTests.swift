import Foundation
import GazetteCore
import Testing

/// Every command's text and `--json` output on a fixed archive, compared with golden files.
///
/// The archive is a chain of six articles (one broken next link, hostile text in article 2)
/// plus a CJK article, run from its own folder so the file name in the output is stable.
@Suite struct CommandGoldenTests {
    static let cases: [(name: String, arguments: [String], status: Int32)] = [
        ("list.txt", ["list", "archive.json"], 0),
        ("list-by-title.txt", ["list", "archive.json", "--sort", "title"], 0),
        ("list-since.txt", ["list", "archive.json", "--since", "2022-01-04", "--until", "2022-01-05"], 0),
        ("list.json", ["list", "archive.json", "--json"], 0),
        ("show.txt", ["show", "n2", "archive.json", "--width", "50"], 0),
        ("show-cjk.txt", ["show", "cjk", "archive.json", "--width", "30"], 0),
        ("show.json", ["show", "Story number 2 about the harbour", "archive.json", "--json"], 0),
        ("search.txt", ["search", "ferries", "archive.json"], 0),
        ("search-cjk.txt", ["search", "港口", "archive.json"], 0),
        ("search.json", ["search", "\"second paragraph\"", "archive.json", "--json", "--limit", "2"], 0),
        ("search-none.txt", ["search", "zeppelin", "archive.json"], 1),
        ("validate.txt", ["validate", "archive.json"], 0),
        ("validate.json", ["validate", "archive.json", "--json"], 0),
        ("export.jsonfeed.json", ["export", "archive.json", "--format", "jsonfeed"], 0),
    ]

    static func fixture() -> Archive {
        var archive = TemporaryArchive.chain(count: 6)
        archive.articles.append(Article(
            id: ArticleID("cjk"), title: "北京港口的渡轮 🚢 新闻", date: ArticleDate("2022-02-01"),
            url: "https://example.org/cjk", source: "港口日报",
            body: ["北京港口今天开通了新的渡轮航线，乘客可以在码头购票。", "第二段：天气晴朗。"]))
        return archive
    }

    @Test(arguments: cases)
    func matchesGoldenFile(name: String, arguments: [String], status: Int32) throws {
        let archive = try TemporaryArchive(Self.fixture())
        defer { archive.remove() }
        let result = try GazetteBinary.run(arguments, currentDirectory: archive.directory)
        #expect(result.status == status, "exit status; stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B },
                "no control character reaches a pipe")
        GoldenFile.assert(result.stdout, named: name)
        if name.hasSuffix(".json") {
            let data = Data(result.stdout.utf8)
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is one JSON document")
        }
    }
}
