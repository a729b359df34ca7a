import Testing
@testable import GazetteCore

@Suite struct LinkScaleTests {
    /// 100,000 articles whose next links use every rule in turn and whose previous links are
    /// exact titles, with every 1,000th previous link broken. No timing is asserted: the test
    /// shows that resolution completes at this size and counts correctly.
    @Test func resolvesAHundredThousandArticles() {
        let count = 100_000
        func title(_ index: Int) -> String { "Synthetic headline number \(index) about topic \(index % 97)" }
        func url(_ index: Int) -> String { "https://news.example.org/item/\(index)" }
        var articles: [Article] = []
        articles.reserveCapacity(count)
        for index in 0..<count {
            var next: ArticleLink?
            if index + 1 < count {
                let target = index + 1
                switch index % 5 {
                case 0: next = ArticleLink(title: "stale", id: ArticleID("s\(target)"))
                case 1: next = ArticleLink(title: "stale", url: " HTTPS://NEWS.EXAMPLE.ORG/item/\(target)/")
                case 2: next = ArticleLink(title: title(target))
                case 3: next = ArticleLink(title: "  " + title(target).uppercased() + ".")
                default: next = ArticleLink(title: "Synthetic headline number \(target) about...")
                }
            }
            var previous: ArticleLink?
            if index > 0 {
                previous = ArticleLink(title: index % 1_000 == 0 ? "Missing headline \(index)" : title(index - 1))
            }
            articles.append(Article(id: ArticleID("s\(index)"), title: title(index),
                                    url: url(index).replacingHost(), next: next, previous: previous))
        }

        let graph = LinkGraph(articles: articles)
        let report = graph.report
        // Next links of articles 0..<count-1 cycle through the five rules.
        let perRule = (0..<5).map { rule in (0..<count - 1).filter { $0 % 5 == rule }.count }
        let brokenPrevious = (count - 1) / 1_000
        #expect(perRule == [20_000, 20_000, 20_000, 20_000, 19_999])
        #expect(report.totalLinks == 2 * (count - 1))
        #expect(report.resolvedByRule[.id] == perRule[0])
        #expect(report.resolvedByRule[.url] == perRule[1])
        #expect(report.resolvedByRule[.exactTitle] == perRule[2] + (count - 1 - brokenPrevious))
        #expect(report.resolvedByRule[.normalizedTitle] == perRule[3])
        #expect(report.resolvedByRule[.titlePrefix] == perRule[4])
        #expect(report.resolvedCount == 2 * (count - 1) - brokenPrevious)
        #expect(report.broken.count == brokenPrevious)
        #expect(report.ambiguousCount == 0)
        #expect(graph.chains.count == 1)
        #expect(graph.chains.first?.count == count)
        #expect(graph.target(from: 4, .next) == 5)
        #expect(graph.target(from: 99_998, .next) == 99_999)
        #expect(graph.chain(containing: 54_321).map { [$0.chain, $0.position] } == [0, 54_321])
    }

    /// Built in two parts at once, a graph is the one built in one part: a synthetic archive's
    /// chains (cut and broken titles) plus ids, URLs, duplicate titles and ambiguous prefixes.
    @Test func graphBuiltInPartsEqualsOneBuiltInOne() {
        var articles = SyntheticArchive(articleCount: 5_000, seed: 41).makeArchive().articles
        for index in 0..<60 {
            let title = index % 3 == 0 ? "Shared headline about the council" : "Council headline number \(index)"
            articles.append(Article(
                id: ArticleID("x\(index)"), title: title, url: "https://example.org/x/\(index)",
                next: ArticleLink(title: "stale", id: ArticleID("x\((index + 1) % 60)")),
                previous: index % 2 == 0 ? ArticleLink(title: "Council headline") : ArticleLink(title: "?", url: "https://EXAMPLE.org/x/\(index / 2)/")))
        }
        let parts = LinkGraph(articles: articles, inParts: true)
        let whole = LinkGraph(articles: articles, inParts: false)
        for index in articles.indices {
            #expect(parts.resolution(from: index, .next) == whole.resolution(from: index, .next))
            #expect(parts.resolution(from: index, .previous) == whole.resolution(from: index, .previous))
        }
        #expect(parts.report == whole.report)
        #expect(parts.chains == whole.chains)
        #expect(whole.report.resolvedCount > 9_000)
        #expect(whole.report.ambiguousCount > 0)
    }

    @Test func bothAtOnceReturnsBothResults() {
        let (sum, words) = BothAtOnce.run({ (1...1_000).reduce(0, +) }, { ["a", "b"].joined(separator: "-") })
        #expect(sum == 500_500)
        #expect(words == "a-b")
    }
}

private extension String {
    /// Spells the host in upper case, which URL comparison must ignore.
    func replacingHost() -> String {
        replacingOccurrences(of: "news.example.org", with: "News.Example.ORG")
    }
}
