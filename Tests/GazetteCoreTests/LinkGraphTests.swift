import Testing
@testable import GazetteCore

/// Builds small archives for the link tests.
enum LinkFixture {
    /// An article with the given id, title, URL and links.
    static func article(
        _ id: String, _ title: String, url: String? = nil,
        next: ArticleLink? = nil, previous: ArticleLink? = nil
    ) -> Article {
        Article(id: ArticleID(id), title: title, url: url, next: next, previous: previous)
    }

    /// Resolves the next link of a probe article appended after `articles`.
    static func resolveNext(_ link: ArticleLink, among articles: [Article]) -> LinkResolution? {
        let probe = article("probe", "Probe article that nothing links to", next: link)
        let graph = LinkGraph(articles: articles + [probe])
        return graph.resolution(from: articles.count, .next)
    }
}

@Suite struct LinkGraphTests {
    static let archive: [Article] = [
        LinkFixture.article("a0", "Zheng Huanmin, the President of BJAST, and His Party Attended the 36th Whole Nation Academies of Sciences Conference", url: "https://Example.COM/news/36th-conference"),
        LinkFixture.article("a1", "Xu Xinchao, Deputy Director of Beijing Municipal Science and Technology Commission, Visited the BJAST", url: "http://example.com/news/visit/"),
        LinkFixture.article("a2", "BJAST and Beijing School Conducted Cooperative Seminar"),
        LinkFixture.article("a3", "\u{201C}Green Beijing\u{201D} Campaign \u{2013} Final Results"),
        LinkFixture.article("a4", "Annual Report on Science Popularization 2020"),
        LinkFixture.article("a5", "Annual Report on Science Popularization 2021"),
        LinkFixture.article("a6", "Short"),
        LinkFixture.article("a7", "Duplicate headline"),
        LinkFixture.article("a8", "Duplicate headline"),
        LinkFixture.article("a9", "Who Won?"),
    ]

    @Test(arguments: [
        // id
        (ArticleLink(title: "whatever", id: ArticleID("a4")), LinkResolution.resolved(target: 4, rule: .id)),
        // id wins over a title naming another article
        (ArticleLink(title: "Short", id: ArticleID("a2")), .resolved(target: 2, rule: .id)),
        // url: host case, scheme case, trailing slash, surrounding whitespace
        (ArticleLink(title: "x", url: "https://example.com/news/36th-conference/"), .resolved(target: 0, rule: .url)),
        (ArticleLink(title: "x", url: "  HTTP://EXAMPLE.com/news/visit "), .resolved(target: 1, rule: .url)),
        // the path keeps its case: no url match, and the title "x" matches nothing
        (ArticleLink(title: "x", url: "https://example.com/NEWS/36th-conference"), .broken(.notFound)),
        // id or url pointing nowhere falls through to the title rules
        (ArticleLink(title: "Short", id: ArticleID("missing")), .resolved(target: 6, rule: .exactTitle)),
        (ArticleLink(title: "Short", url: "https://elsewhere.org/"), .resolved(target: 6, rule: .exactTitle)),
        // exact title
        (ArticleLink(title: "BJAST and Beijing School Conducted Cooperative Seminar"), .resolved(target: 2, rule: .exactTitle)),
        (ArticleLink(title: "Who Won?"), .resolved(target: 9, rule: .exactTitle)),
        // duplicate exact titles are ambiguous
        (ArticleLink(title: "Duplicate headline"), .broken(.ambiguous(candidates: [7, 8]))),
        (ArticleLink(title: "DUPLICATE  headline."), .broken(.ambiguous(candidates: [7, 8]))),
        // normalized title: case, whitespace, quotes and dashes, trailing punctuation
        (ArticleLink(title: "bjast and beijing school conducted cooperative seminar"), .resolved(target: 2, rule: .normalizedTitle)),
        (ArticleLink(title: " BJAST  and\u{00A0}Beijing School\nConducted Cooperative Seminar "), .resolved(target: 2, rule: .normalizedTitle)),
        (ArticleLink(title: "\"Green Beijing\" Campaign - Final Results"), .resolved(target: 3, rule: .normalizedTitle)),
        (ArticleLink(title: "BJAST and Beijing School Conducted Cooperative Seminar."), .resolved(target: 2, rule: .normalizedTitle)),
        (ArticleLink(title: "who won?"), .resolved(target: 9, rule: .normalizedTitle)),
        // "?" is part of the headline: without it only the prefix rule could match, and
        // seven characters are too few for it
        (ArticleLink(title: "Who Won"), .broken(.notFound)),
        // truncated titles, with and without an ellipsis
        (ArticleLink(title: "Zheng Huanmin, the President of BJAST, and His Party Attended the 36th"), .resolved(target: 0, rule: .titlePrefix)),
        (ArticleLink(title: "Zheng Huanmin, the President of BJAST, and His Party Att..."), .resolved(target: 0, rule: .titlePrefix)),
        (ArticleLink(title: "Xu Xinchao, Deputy Director of Beijing\u{2026}"), .resolved(target: 1, rule: .titlePrefix)),
        (ArticleLink(title: "xu xinchao, deputy director, ..."), .resolved(target: 1, rule: .titlePrefix)),
        (ArticleLink(title: "Xu Xinchao, Director of..."), .broken(.notFound)),
        // a prefix shared by several titles is ambiguous and lists them
        (ArticleLink(title: "Annual Report on Science Popularization 20..."), .broken(.ambiguous(candidates: [4, 5]))),
        (ArticleLink(title: "Annual Report on Science Popularization 2021"), .resolved(target: 5, rule: .exactTitle)),
        // prefixes shorter than the minimum do not resolve
        (ArticleLink(title: "Zheng..."), .broken(.notFound)),
        (ArticleLink(title: "BJAST an"), .resolved(target: 2, rule: .titlePrefix)),
        (ArticleLink(title: "BJAST a"), .broken(.notFound)),
        (ArticleLink(title: "Shor"), .broken(.notFound)),
        (ArticleLink(title: "   "), .broken(.notFound)),
    ])
    func resolvesByTheFirstMatchingRule(_ link: ArticleLink, _ expected: LinkResolution) {
        #expect(LinkFixture.resolveNext(link, among: Self.archive) == expected)
    }

    @Test func sharedURLFallsThroughToTitles() {
        let articles = [
            LinkFixture.article("a0", "First article sharing a URL", url: "https://example.com/page"),
            LinkFixture.article("a1", "Second article sharing a URL", url: "https://example.com/page/"),
        ]
        let link = ArticleLink(title: "Second article sharing a URL", url: "https://example.com/page")
        #expect(LinkFixture.resolveNext(link, among: articles) == .resolved(target: 1, rule: .exactTitle))
    }

    @Test func brokenLinkKeepsItsText() throws {
        let link = ArticleLink(title: "A headline that was never archived", id: ArticleID("gone"), url: "https://gone.example/")
        let articles = [
            LinkFixture.article("a0", "Only article", next: link),
        ]
        let graph = LinkGraph(articles: articles)
        #expect(graph.resolution(from: 0, .next) == .broken(.notFound))
        #expect(graph.target(from: 0, .next) == nil)
        let broken = try #require(graph.report.broken.first)
        #expect(broken == BrokenLink(articleIndex: 0, direction: .next, link: link, reason: .notFound))
        #expect(broken.link.title == "A headline that was never archived")
    }

    @Test func missingLinksAndBadIndicesAnswerNil() {
        let graph = LinkGraph(articles: [LinkFixture.article("a0", "Lonely")])
        #expect(graph.resolution(from: 0, .next) == nil)
        #expect(graph.resolution(from: 0, .previous) == nil)
        #expect(graph.resolution(from: 1, .next) == nil)
        #expect(graph.resolution(from: -1, .previous) == nil)
        #expect(graph.target(from: 5, .next) == nil)
    }

    @Test func selfLinkResolves() {
        let articles = [
            LinkFixture.article("a0", "Mirror article", next: ArticleLink(title: "Mirror article"), previous: ArticleLink(title: "x", id: ArticleID("a0"))),
        ]
        let graph = LinkGraph(articles: articles)
        #expect(graph.resolution(from: 0, .next) == .resolved(target: 0, rule: .exactTitle))
        #expect(graph.resolution(from: 0, .previous) == .resolved(target: 0, rule: .id))
    }

    @Test func seedPageLinksResolveAgainstTheirTargets() {
        let articles = [
            LinkFixture.article(
                "seed", "BJAST and Beijing School Conducted Cooperative Seminar",
                next: ArticleLink(title: "Zheng Huanmin, the President of BJAST, and His Party Attended the 36th Whole Nation Academies of Sciences Conference"),
                previous: ArticleLink(title: "Xu Xinchao, Deputy Director of Beijing Municipal Science and Technology Commission, Visited the BJAST")
            ),
            Self.archive[0],
            Self.archive[1],
        ]
        let graph = LinkGraph(articles: articles)
        #expect(graph.target(from: 0, .next) == 1)
        #expect(graph.target(from: 0, .previous) == 2)
        #expect(graph.chains == [[2, 0, 1]])
    }

    @Test func ambiguousPrefixKeepsAtMostTheCandidateLimit() throws {
        let count = LinkGraph.maximumCandidates + 10
        let articles = (0..<count).map { LinkFixture.article("a\($0)", "Weekly bulletin number \($0)") }
        let resolution = LinkFixture.resolveNext(ArticleLink(title: "Weekly bulletin..."), among: articles)
        guard case .broken(.ambiguous(let candidates)) = try #require(resolution) else {
            Issue.record("expected an ambiguous link, got \(String(describing: resolution))")
            return
        }
        #expect(candidates.count == LinkGraph.maximumCandidates)
        #expect(candidates == candidates.sorted())
        #expect(Set(candidates).count == candidates.count)
        #expect(candidates.allSatisfy { (0..<count).contains($0) })
    }

    /// Ids, URLs and exact titles match as `String`'s `==` does: canonically equivalent
    /// spellings (precomposed or decomposed accents, Hangul syllables or jamo) are equal.
    @Test func exactRulesMatchCanonicallyEquivalentSpellings() {
        let articles = [
            LinkFixture.article("caf\u{00E9}", "Caf\u{00E9} de l'\u{00C9}cole reopens", url: "https://example.com/caf\u{00E9}"),
            LinkFixture.article("h", "\u{D55C}\u{AE00} \u{B274}\u{C2A4}"),
        ]
        let cases: [(ArticleLink, LinkResolution)] = [
            (ArticleLink(title: "x", id: ArticleID("cafe\u{0301}")), .resolved(target: 0, rule: .id)),
            (ArticleLink(title: "x", url: "https://EXAMPLE.com/cafe\u{0301}/"), .resolved(target: 0, rule: .url)),
            (ArticleLink(title: "Cafe\u{0301} de l'E\u{0301}cole reopens"), .resolved(target: 0, rule: .exactTitle)),
            (ArticleLink(title: "\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF} \u{B274}\u{C2A4}"), .resolved(target: 1, rule: .exactTitle)),
        ]
        for (link, expected) in cases {
            #expect(LinkFixture.resolveNext(link, among: articles) == expected, "\(link)")
        }
    }

    /// Every link to a title that thousands of articles share is ambiguous with all of them,
    /// and resolving them all stays linear: the candidates are one shared array, not a copy
    /// per link (40,000 copies of 20,000 candidates would be 6 GB).
    @Test func linksToAMassDuplicateTitleShareTheirCandidates() throws {
        let count = 20_000
        let link = ArticleLink(title: "Same headline everywhere")
        let articles = (0..<count).map { LinkFixture.article("d\($0)", "Same headline everywhere", next: link, previous: link) }
        let graph = LinkGraph(articles: articles)
        #expect(graph.report.ambiguousCount == 2 * count)
        guard case .broken(.ambiguous(let candidates))? = graph.resolution(from: count - 1, .previous) else {
            Issue.record("expected an ambiguous link")
            return
        }
        #expect(candidates == Array(0..<count))
        #expect(graph.chains.count == count)
    }

    @Test(arguments: [
        ("https://Example.COM/Path/", "https://example.com/Path"),
        ("  HTTP://User:Pw@HOST.org:8080/A?B=C#D  ", "http://User:Pw@host.org:8080/A?B=C#D"),
        ("https://example.com", "https://example.com"),
        ("relative/Path/", "relative/Path"),
        ("\u{00A0}https://B\u{00C4}R.example/\u{00A0}", "https://b\u{00E4}r.example"),
        ("https://EXAMPLE.com?Q=1", "https://example.com?Q=1"),
        ("mailto:Someone@EXAMPLE.com", "mailto:Someone@EXAMPLE.com"),
        ("HTTPS://a@b@HOST.Example/x", "https://a@b@host.example/x"),
        ("https://HOST#Frag", "https://host#Frag"),
        ("Ftp://HOST:21?Q", "ftp://host:21?Q"),
        ("https://", "https:/"),  // one trailing "/" goes first: no "://" is left
        ("X://", "X:/"),
    ])
    func urlKeys(_ url: String, _ expected: String) {
        #expect(LinkIndex.urlKey(url) == expected)
    }

    @Test func emptyURLHasNoKey() {
        #expect(LinkIndex.urlKey("  ") == nil)
        #expect(LinkIndex.urlKey("/") == nil)
    }
}
