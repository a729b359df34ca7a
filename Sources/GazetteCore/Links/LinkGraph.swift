/// The resolved next/previous links of an archive, their report and the reading chains they form.
///
/// Each link is resolved to an article index by trying, in order (see ``LinkRule``):
/// 1. ``LinkRule/id`` — the link's id equals an article's id;
/// 2. ``LinkRule/url`` — the link's URL equals the URL of exactly one article, compared without
///    surrounding whitespace and one trailing `/`, scheme and host case-insensitively;
/// 3. ``LinkRule/exactTitle`` — the link's title equals an article's title; several such
///    articles make the link ambiguous (no later rule could tell them apart);
/// 4. ``LinkRule/normalizedTitle`` — the titles agree after ``TitleNormalizer/normalize(_:)``;
///    several such articles make the link ambiguous;
/// 5. ``LinkRule/titlePrefix`` — the normalized link title, at least ``minimumPrefixLength``
///    characters long, starts exactly one article's normalized title; several make it ambiguous.
///
/// An id or URL matching nothing falls through to the title rules. A link no rule resolves is
/// broken: it keeps its text and is listed in ``report``. Self-links and cycles are legal.
///
/// Everything is computed once in ``init(articles:)`` in O(n log n) time for n articles.
public struct LinkGraph: Sendable {
    /// Shortest normalized link title, in characters, that the title-prefix rule accepts.
    ///
    /// Shorter prefixes ("The", "New law") match by coincidence far more often than because a
    /// site cut a title short, and sites that truncate keep much more than this.
    public static let minimumPrefixLength = 8
    /// Most candidates an ambiguous title-prefix match keeps, so a prefix shared by thousands of
    /// titles cannot make resolution quadratic. Exact and normalized duplicates keep all.
    public static let maximumCandidates = 64

    private let nextResolutions: [LinkResolution?]
    private let previousResolutions: [LinkResolution?]
    /// Resolution counts and broken links.
    public let report: LinkReport
    /// Runs of articles joined by next/previous links, each in reading order (previous → next).
    ///
    /// There is an edge a → b when a's next link resolves to b or b's previous link resolves to
    /// a. Chains start at articles without an incoming edge, in archive order, and follow
    /// outgoing edges: a's own next link first, then articles whose previous link names a, in
    /// archive order; the first of those not yet in a chain is taken and the others later start
    /// chains of their own. Articles left over once every such start is walked (cycles, and
    /// branches whose start has an incoming edge) start chains in ascending index order, each
    /// ending when all successors are already in a chain. So every article is in exactly one
    /// chain, an article without links is a chain of one, and a cycle is read from its lowest
    /// index.
    public let chains: [[Int]]
    private let chainOfArticle: [Int]
    private let positionInChain: [Int]

    /// Resolves every link of `articles` (indices are positions in this array).
    public init(articles: [Article]) {
        self.init(articles: articles, inParts: articles.count >= LinkIndex.inPartsThreshold)
    }

    /// Resolves every link; `inParts`: the tables, then the next and the previous links, are
    /// built in two parts at once (the same graph either way).
    init(articles: [Article], inParts: Bool) {
        let index = LinkIndex(articles: articles, inParts: inParts)
        // By index: `for article in articles` would copy (retain) every field of each article,
        // and `map(index.resolve)` the whole index for every link. The index is read-only:
        // a large archive resolves its next and its previous links at once.
        func resolve(_ direction: LinkDirection) -> [LinkResolution?] {
            var resolutions: [LinkResolution?] = []
            resolutions.reserveCapacity(articles.count)
            for article in articles.indices {
                let link = direction == .next ? articles[article].next : articles[article].previous
                if let link { resolutions.append(index.resolve(link)) } else { resolutions.append(nil) }
            }
            return resolutions
        }
        let (next, previous) = inParts ? BothAtOnce.run({ resolve(.next) }, { resolve(.previous) }) : (resolve(.next), resolve(.previous))
        nextResolutions = next
        previousResolutions = previous
        let makeReport = { Self.makeReport(articles: articles, next: next, previous: previous) }
        let makeChains = { Self.makeChains(next: next, previous: previous) }
        (report, chains) = inParts ? BothAtOnce.run(makeReport, makeChains) : (makeReport(), makeChains())
        var chainOf = [Int](repeating: 0, count: articles.count)
        var position = [Int](repeating: 0, count: articles.count)
        for (chainIndex, chain) in chains.enumerated() {
            for (offset, article) in chain.enumerated() {
                chainOf[article] = chainIndex
                position[article] = offset
            }
        }
        chainOfArticle = chainOf
        positionInChain = position
        if inParts { HeapPages.returnFreed() }
    }

    /// How the article's link in `direction` resolved; `nil` when the article has no link in
    /// that direction or the index is out of range.
    public func resolution(from articleIndex: Int, _ direction: LinkDirection) -> LinkResolution? {
        let resolutions = direction == .next ? nextResolutions : previousResolutions
        guard resolutions.indices.contains(articleIndex) else { return nil }
        return resolutions[articleIndex]
    }

    /// The target index when the article's link in `direction` resolves.
    public func target(from articleIndex: Int, _ direction: LinkDirection) -> Int? {
        resolution(from: articleIndex, direction)?.target
    }

    /// Which of ``chains`` holds the article, and its position there; `nil` for an index out of
    /// range.
    public func chain(containing index: Int) -> (chain: Int, position: Int)? {
        guard chainOfArticle.indices.contains(index) else { return nil }
        return (chainOfArticle[index], positionInChain[index])
    }

    private static func makeReport(
        articles: [Article], next: [LinkResolution?], previous: [LinkResolution?]
    ) -> LinkReport {
        var total = 0
        // By the rule's place in `LinkRule.allCases`: no dictionary update per link.
        let rules = LinkRule.allCases
        var byRule = [Int](repeating: 0, count: rules.count)
        var broken: [BrokenLink] = []
        var ambiguous = 0
        func count(_ resolution: LinkResolution?, of articleIndex: Int, _ direction: LinkDirection) {
            switch resolution {
            case .resolved(_, let rule)?:
                total += 1
                byRule[rule.order] += 1
            case .broken(let reason)?:
                total += 1
                if case .ambiguous = reason { ambiguous += 1 }
                if let link = articles[articleIndex].link(direction) {
                    broken.append(BrokenLink(articleIndex: articleIndex, direction: direction, link: link, reason: reason))
                }
            case nil:
                break
            }
        }
        for articleIndex in articles.indices {
            count(previous[articleIndex], of: articleIndex, .previous)
            count(next[articleIndex], of: articleIndex, .next)
        }
        return LinkReport(
            totalLinks: total,
            resolvedByRule: Dictionary(uniqueKeysWithValues: zip(rules, byRule)),
            resolvedCount: total - broken.count,
            broken: broken,
            ambiguousCount: ambiguous
        )
    }
}
