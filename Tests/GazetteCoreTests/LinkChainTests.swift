import Testing
@testable import GazetteCore

@Suite struct LinkChainTests {
    private func article(_ index: Int, next: Int? = nil, previous: Int? = nil) -> Article {
        LinkFixture.article(
            "a\(index)", "Chain test article \(index)",
            next: next.map { ArticleLink(title: "Chain test article \($0)") },
            previous: previous.map { ArticleLink(title: "x", id: ArticleID("a\($0)")) }
        )
    }

    @Test func chainOfFiveIsolatedArticleAndCycles() {
        let articles = [
            article(0, next: 1),
            article(1),                   // 1 → 2 only through 2's previous link
            article(2, next: 3, previous: 1),
            article(3, previous: 2),
            article(4, previous: 3),      // 3 → 4 only through 4's previous link
            article(5),                   // isolated
            article(6, next: 8),          // 3-cycle 6 → 8 → 7 → 6
            article(7, next: 6),
            article(8, next: 7),
            article(9, next: 10),         // 2-cycle 9 → 10 → 9
            article(10, next: 9, previous: 9),
        ]
        let graph = LinkGraph(articles: articles)
        #expect(graph.chains == [[0, 1, 2, 3, 4], [5], [6, 8, 7], [9, 10]])
        #expect(graph.report.broken.isEmpty)
        #expect(graph.chain(containing: 3).map { [$0.chain, $0.position] } == [0, 3])
        #expect(graph.chain(containing: 5).map { [$0.chain, $0.position] } == [1, 0])
        #expect(graph.chain(containing: 7).map { [$0.chain, $0.position] } == [2, 2])
        #expect(graph.chain(containing: 10).map { [$0.chain, $0.position] } == [3, 1])
        #expect(graph.chain(containing: 11) == nil)
        #expect(graph.chain(containing: -1) == nil)
    }

    @Test(arguments: [
        // self-link
        ([(next: 0, previous: 0)], [[0]]),
        // 2-cycle listed with the lower index last
        ([(next: 1, previous: 1), (next: 0, previous: 0)], [[0, 1]]),
        // 3-cycle
        ([(next: 1, previous: 2), (next: 2, previous: 0), (next: 0, previous: 1)], [[0, 1, 2]]),
        // a tail running into a cycle: 0 → 1 → 2 → 1
        ([(next: 1, previous: nil), (next: 2, previous: nil), (next: 1, previous: nil)], [[0, 1, 2]]),
        // reading order follows the links, not the archive order: 2 → 0 → 1
        ([(next: 1, previous: 2), (next: nil, previous: 0), (next: 0, previous: nil)], [[2, 0, 1]]),
        // conflicting links: 0.next = 1 but 2.previous = 0 too; 2 starts its own chain
        ([(next: 1, previous: nil), (next: nil, previous: nil), (next: nil, previous: 0)], [[0, 1], [2]]),
        // two articles naming the same next: 0 → 2 and 1 → 2
        ([(next: 2, previous: nil), (next: 2, previous: nil), (next: nil, previous: nil)], [[0, 2], [1]]),
    ] as [([(next: Int?, previous: Int?)], [[Int]])])
    func chains(_ links: [(next: Int?, previous: Int?)], _ expected: [[Int]]) {
        let articles = links.enumerated().map { article($0, next: $1.next, previous: $1.previous) }
        let graph = LinkGraph(articles: articles)
        #expect(graph.chains == expected)
        #expect(graph.chains.flatMap { $0 }.sorted() == Array(articles.indices))
        for (chainIndex, chain) in graph.chains.enumerated() {
            for (position, member) in chain.enumerated() {
                #expect(graph.chain(containing: member).map { [$0.chain, $0.position] } == [chainIndex, position])
            }
        }
    }

    @Test func brokenAndAmbiguousLinksDoNotJoinChains() {
        let articles = [
            LinkFixture.article("a0", "Twin headline", next: ArticleLink(title: "Twin headline")),
            LinkFixture.article("a1", "Twin headline", next: ArticleLink(title: "Nowhere to be found")),
        ]
        let graph = LinkGraph(articles: articles)
        #expect(graph.chains == [[0], [1]])
        #expect(graph.resolution(from: 0, .next) == .broken(.ambiguous(candidates: [0, 1])))
    }

    @Test func emptyArchive() {
        let graph = LinkGraph(articles: [])
        #expect(graph.chains.isEmpty)
        #expect(graph.report.totalLinks == 0)
        #expect(graph.chain(containing: 0) == nil)
    }
}
