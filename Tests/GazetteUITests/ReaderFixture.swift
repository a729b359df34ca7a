import GazetteCore
@testable import GazetteUI

/// A small archive for reader tests: a chain of five articles (the third's previous link is
/// cut short), one article whose links are broken, and CJK and emoji text.
enum ReaderFixture {
    static let titles = [
        "Academy opens a science popularization base",
        "Planetarium shows the winter sky to students",
        "Museum of Natural History extends its opening hours",
        "Milu Park welcomes new deer calves this spring",
        "Seminar on science education ends with an agreement",
    ]

    static var archive: Archive {
        var articles: [Article] = []
        for (index, title) in titles.enumerated() {
            let previous: ArticleLink? = index == 0 ? nil
                : ArticleLink(title: index == 2 ? "Planetarium shows the winter sky..." : titles[index - 1])
            let next: ArticleLink? = index == titles.count - 1 ? nil : ArticleLink(title: titles[index + 1])
            articles.append(Article(
                id: ArticleID("a\(index + 1)"), title: title, date: ArticleDate("2021-01-0\(index + 1)"),
                url: "https://example.org/a\(index + 1).html", source: "Example",
                body: [
                    "Paragraph one of article \(index + 1) talks about science and the city of Beijing in some detail so that it wraps.",
                    "Paragraph two mentions deer, stars and museums.",
                ],
                next: next, previous: previous))
        }
        articles.append(Article(
            id: ArticleID("cjk"), title: "北京科学中心开放日 🎉", date: ArticleDate("2021-02-01"),
            body: ["北京市科学技术研究院举办科普活动，吸引了很多学生。😀 Emoji and 漢字 mixed.", "Tab\there and \u{1B}[31mescape."],
            next: ArticleLink(title: "An article that is not in this archive"),
            previous: ArticleLink(title: "Another missing one")))
        return Archive(metadata: ArchiveMetadata(title: "Fixture news"), articles: articles)
    }

    static func state(width: Int = 120, height: Int = 40, indexed: Bool = true) -> ReaderState {
        let archive = archive
        return ReaderState(
            archive: archive, graph: LinkGraph(articles: archive.articles), archiveName: "Fixture news",
            size: Size(width: width, height: height), index: indexed ? SearchIndex(articles: archive.articles) : nil)
    }
}
