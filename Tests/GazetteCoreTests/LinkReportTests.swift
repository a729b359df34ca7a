import Testing
@testable import GazetteCore

@Suite struct LinkReportTests {
    @Test func countsLinksPerRuleAndListsBrokenOnesInArchiveOrder() {
        let orphan = ArticleLink(title: "An article nobody archived")
        let twins = ArticleLink(title: "Twin headline")
        let tooShort = ArticleLink(title: "Lead")
        let articles = [
            LinkFixture.article("a0", "Leading article of the report test", url: "https://example.com/a0",
                                next: ArticleLink(title: "?", id: ArticleID("a1")), previous: orphan),
            LinkFixture.article("a1", "Second article of the report test",
                                next: ArticleLink(title: "", url: "HTTPS://EXAMPLE.COM/a0/"), previous: twins),
            LinkFixture.article("a2", "Twin headline", next: ArticleLink(title: "Second article of the report test")),
            LinkFixture.article("a3", "Twin headline", next: ArticleLink(title: "SECOND ARTICLE OF THE REPORT TEST.")),
            LinkFixture.article("a4", "Untitled links",
                                next: ArticleLink(title: "Leading article of the re\u{2026}"), previous: tooShort),
            LinkFixture.article("a5", "No links at all"),
        ]
        let report = LinkGraph(articles: articles).report
        #expect(report.totalLinks == 8)
        #expect(report.resolvedByRule == [.id: 1, .url: 1, .exactTitle: 1, .normalizedTitle: 1, .titlePrefix: 1])
        #expect(report.resolvedCount == 5)
        #expect(report.ambiguousCount == 1)
        #expect(report.notFoundCount == 2)
        #expect(report.broken == [
            BrokenLink(articleIndex: 0, direction: .previous, link: orphan, reason: .notFound),
            BrokenLink(articleIndex: 1, direction: .previous, link: twins, reason: .ambiguous(candidates: [2, 3])),
            BrokenLink(articleIndex: 4, direction: .previous, link: tooShort, reason: .notFound),
        ])
    }

    @Test func everyRuleIsPresentEvenWhenUnused() {
        let report = LinkGraph(articles: [LinkFixture.article("a0", "No links")]).report
        #expect(report.totalLinks == 0)
        #expect(Set(report.resolvedByRule.keys) == Set(LinkRule.allCases))
        #expect(report.resolvedByRule.values.allSatisfy { $0 == 0 })
        #expect(report.broken.isEmpty)
    }

    @Test func previousComesBeforeNextWithinAnArticle() {
        let next = ArticleLink(title: "Missing next article")
        let previous = ArticleLink(title: "Missing previous article")
        let report = LinkGraph(articles: [LinkFixture.article("a0", "Both broken", next: next, previous: previous)]).report
        #expect(report.broken.map(\.direction) == [.previous, .next])
        #expect(report.broken.map(\.link) == [previous, next])
    }

    @Test func ruleNamesAreStable() {
        #expect(LinkRule.allCases.map(\.rawValue) == ["id", "url", "exact-title", "normalized-title", "title-prefix"])
    }
}

@Suite struct LinkRuleOrderTests {
    @Test func orderIsThePlaceInAllCases() {
        #expect(LinkRule.allCases.map(\.order) == Array(LinkRule.allCases.indices))
    }
}
