import Foundation
import Testing
@testable import GazetteCore

/// The committed `data/bjast.json` must be exactly what the importer makes of the seed page:
/// `swift run gazette import ../shared/seed/000_281a0e1f6240f825.txt
///  --url https://www.bjast.ac.cn/Html/Article/20210107/46359.html --date 2021-01-07
///  --source BJAST --title "BJAST news (English)" -o data/bjast.json`
@Suite struct BundledArchiveTests {
    static let bundled = SharedFixtures.packageRoot.appendingPathComponent("data/bjast.json")

    @Test(.enabled(if: SharedFixtures.hasSeed, "../shared/seed is absent"))
    func committedArchiveEqualsTheImportersOutput() throws {
        let text = try String(contentsOf: SharedFixtures.seedPage, encoding: .utf8)
        let page = try PageParser.parse(text, fileName: SharedFixtures.seedPage.lastPathComponent)
        let article = PageImporter.article(for: page, overrides: .init(
            url: "https://www.bjast.ac.cn/Html/Article/20210107/46359.html", date: ArticleDate("2021-01-07"), source: "BJAST"))
        let archive = PageImporter.merge(
            [article], into: Archive(metadata: ArchiveMetadata(title: "BJAST news (English)", source: "BJAST"), articles: []))
        #expect(ArchiveWriter.data(for: archive) == (try Data(contentsOf: Self.bundled)))
    }

    @Test func bundledArchiveLoadsWithTwoBrokenLinks() throws {
        let archive = try ArchiveLoader.load(contentsOf: Self.bundled)
        #expect(archive.articles.count == 1)
        let graph = LinkGraph(articles: archive.articles)
        #expect(graph.report.totalLinks == 2)
        #expect(graph.report.broken.map(\.direction) == [.previous, .next])
        #expect(graph.report.broken.map(\.link.title) == [
            "Xu Xinchao, Deputy Director of Beijing Municipal Science and Technology Commission, Visited the BJAST",
            "Zheng Huanmin, the President of BJAST, and His Party Attended the 36th Whole Nation Academies of Sciences Conference",
        ])
    }
}
