import Foundation
import Testing
@testable import GazetteCore

@Suite struct PageImportTests {
    static func page(_ title: String, next: String?, previous: String?, blankAfterRule: Bool = false) -> String {
        var text = "• \(title)\n  • ------------------------------------------\n"
        if blankAfterRule { text += "\n" }
        text += "  • First paragraph about \(title)\n    continues on a second line.\n\n    Second paragraph.\n\n"
        if let next { text += "  • [next]:\(next)\n" }
        if let previous { text += "  • [previous]:\(previous)\n" }
        return text
    }

    @Test(.enabled(if: SharedFixtures.hasSeed, "../shared/seed is absent"))
    func parsesTheSeedPage() throws {
        let text = try String(contentsOf: SharedFixtures.seedPage, encoding: .utf8)
        let page = try PageParser.parse(text, fileName: "000_281a0e1f6240f825.txt")
        #expect(page.title == "BJAST and Beijing School Conducted Cooperative Seminar")
        #expect(page.paragraphs.count == 6)
        #expect(page.paragraphs.first?.hasPrefix("On 26th November, Liu Jinzhen") == true)
        #expect(page.paragraphs.last == "After the meeting, the Beijing school team went to the Beijing Planetarium to conduct field research.")
        #expect(page.nextTitle == "Zheng Huanmin, the President of BJAST, and His Party Attended the 36th Whole Nation Academies of Sciences Conference")
        #expect(page.previousTitle == "Xu Xinchao, Deputy Director of Beijing Municipal Science and Technology Commission, Visited the BJAST")
        #expect(page.paragraphs.allSatisfy { !$0.contains("•") && !$0.hasPrefix(" ") && !$0.contains("  ") })
    }

    @Test(arguments: [false, true])
    func parsesBulletShapeWithOrWithoutBlankLine(blank: Bool) throws {
        let page = try PageParser.parse(Self.page("Title", next: "N", previous: nil, blankAfterRule: blank), fileName: "p.txt")
        #expect(page.title == "Title")
        #expect(page.paragraphs == ["First paragraph about Title continues on a second line.", "Second paragraph."])
        #expect(page.nextTitle == "N")
        #expect(page.previousTitle == nil)
    }

    @Test func parsesTheDatedShape() throws {
        let text = "Beijing Planetarium Opens “Star” Hall\nDate:2021-03-09 17:41\n\nFirst  paragraph.\nSame paragraph.\n\nSecond.\n"
        let page = try PageParser.parse(text, fileName: "dated.txt")
        #expect(page.title == "Beijing Planetarium Opens “Star” Hall")
        #expect(page.date?.text == "2021-03-09T17:41")
        #expect(page.paragraphs == ["First paragraph. Same paragraph.", "Second."])
        #expect(page.nextTitle == nil && page.previousTitle == nil)
    }

    @Test func takesDatesFromFileNamesAndURLs() throws {
        let page = try PageParser.parse("Title\n\nBody.", fileName: "news-2020-11-26.txt")
        #expect(page.date?.text == "2020-11-26")
        let article = PageImporter.article(
            for: try PageParser.parse("Title\n\nBody.", fileName: "x.txt"),
            overrides: .init(url: "https://www.bjast.ac.cn/Html/Article/20210107/46359.html"))
        #expect(article.date?.text == "2021-01-07")
        #expect(article.id == ArticleID("u-html-article-20210107-46359"))
    }

    @Test(arguments: [
        ("Title\nURL: https://example.org/2020/05/06/story.html\n\nBody.", "https://example.org/2020/05/06/story.html"),
        ("• Title\n• ----\n• https://example.org/news/20200506/1.html\n• Body.", "https://example.org/news/20200506/1.html"),
        ("Title\nSource:http://example.org/a\nDate:2020-05-06 10:00\n\nBody.", "http://example.org/a"),
    ])
    func takesTheURLFromTheFirstLines(text: String, url: String) throws {
        let page = try PageParser.parse(text, fileName: "page.txt")
        #expect(page.url == url)
        #expect(page.paragraphs == ["Body."])
        #expect(PageImporter.article(for: page).url == url)
    }

    @Test func aURLInsideTheBodyStaysText() throws {
        let page = try PageParser.parse("Title\n\nFirst paragraph.\n\nhttps://example.org/later\n", fileName: "p.txt")
        #expect(page.url == nil)
        #expect(page.paragraphs == ["First paragraph.", "https://example.org/later"])
        let notAURL = try PageParser.parse("Title\nhttps:// not a url\n", fileName: "p.txt")
        #expect(notAURL.url == nil)
    }

    @Test(arguments: [
        ("", "e.txt:1: empty page: no title line"),
        ("   \n \n", "e.txt:1: empty page: no title line"),
        ("• ------\nBody", "e.txt:1: no title before the separator line"),
        ("• T\n• [next]:\n", "e.txt:2: [next]: link without a title"),
    ])
    func reportsBrokenPages(text: String, message: String) {
        #expect(throws: PageImportError.self) { try PageParser.parse(text, fileName: "e.txt") }
        do {
            _ = try PageParser.parse(text, fileName: "e.txt")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func stableIDsFromTitleWithoutURL() {
        let a = PageImporter.stableID(title: "Beijing  “Star” Hall.", url: nil)
        let b = PageImporter.stableID(title: "beijing \"star\" hall", url: nil)
        #expect(a == b)
        #expect(a.rawValue.hasPrefix("t-") && a.rawValue.count == 18)
    }

    @Test func importsAChainAndPinsLinksToIDs() throws {
        let titles = ["Alpha report on the science academy", "Beta report on the planetarium opening",
                      "Gamma report on “museum” night", "Delta report on the Milu Park deer", "Epsilon report"]
        var articles: [Article] = []
        for (index, title) in titles.enumerated() {
            let next = index + 1 < titles.count ? titles[index + 1] : nil
            var previous = index > 0 ? titles[index - 1] : nil
            if index == 3 { previous = "Gamma report on \"museum\" ni..." }  // truncated, straight quotes
            if index == 1 { previous = "alpha REPORT on the science academy" }
            let page = try PageParser.parse(Self.page(title, next: next, previous: previous), fileName: "\(index).txt")
            articles.append(PageImporter.article(for: page))
        }
        let archive = PageImporter.merge(articles, into: Archive(metadata: ArchiveMetadata(title: "T"), articles: []))
        #expect(archive.articles.count == 5)
        for index in 0..<4 {
            #expect(archive.articles[index].next?.id == archive.articles[index + 1].id)
            #expect(archive.articles[index + 1].previous?.id == archive.articles[index].id)
        }
        #expect(archive.articles[3].previous?.title == "Gamma report on \"museum\" ni...")
        let graph = LinkGraph(articles: archive.articles)
        #expect(graph.report.broken.isEmpty)
        #expect(graph.chains == [[0, 1, 2, 3, 4]])
    }

    @Test func mergingTwiceKeepsOneArticleAndResolvesOldBrokenLinks() throws {
        let first = PageImporter.article(for: try PageParser.parse(Self.page("First story here", next: "Second story here", previous: nil), fileName: "1"))
        let base = PageImporter.merge([first], into: Archive(metadata: ArchiveMetadata(title: "T"), articles: []))
        #expect(base.articles[0].next?.id == nil)
        #expect(LinkGraph(articles: base.articles).report.broken.count == 1)
        let again = PageImporter.merge([first], into: base)
        #expect(again.articles.count == 1)
        let second = PageImporter.article(for: try PageParser.parse(Self.page("Second story here", next: nil, previous: "First story here"), fileName: "2"))
        let merged = PageImporter.merge([second], into: base)
        #expect(merged.articles.count == 2)
        #expect(merged.articles[0].next?.id == second.id)
        #expect(LinkGraph(articles: merged.articles).report.broken.isEmpty)
        #expect(PageImporter.merge([second], into: merged).articles == merged.articles)
    }

    @Test func replacesInvalidUTF8() {
        let decoded = PageImporter.decode(Data([0x54, 0xFF, 0x69]))
        #expect(decoded.firstInvalidLine == 1)
        #expect(decoded.text == "T\u{FFFD}i")
        let later = PageImporter.decode(Data("Title\n• ----\nok é\n".utf8) + Data([0x62, 0xC3, 0x28, 0x0A, 0xED, 0xA0, 0x80, 0x0A]))
        #expect(later.firstInvalidLine == 4, "the line of the first bad byte")
        #expect(later.text == "Title\n• ----\nok é\nb\u{FFFD}(\n\u{FFFD}\u{FFFD}\u{FFFD}\n")
        #expect(PageImporter.decode(Data("fine\n".utf8)).firstInvalidLine == nil)
    }
}
