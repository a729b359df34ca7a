/// A next/previous link that could not be resolved, with where it was found.
public struct BrokenLink: Hashable, Sendable {
    /// Index of the article carrying the link.
    public var articleIndex: Int
    /// Which of the article's links is broken.
    public var direction: LinkDirection
    /// The link as recorded, text included.
    public var link: ArticleLink
    /// Why it could not be resolved.
    public var reason: BrokenLinkReason

    /// Creates a broken-link record.
    public init(articleIndex: Int, direction: LinkDirection, link: ArticleLink, reason: BrokenLinkReason) {
        self.articleIndex = articleIndex
        self.direction = direction
        self.link = link
        self.reason = reason
    }
}
