/// Finds an article from what a person types: an id, a URL, or a title (exact, normalized,
/// or the unique beginning of one) — the same rules, in the same order, as link resolution.
public struct ArticleFinder {
    private let index: LinkIndex

    /// Prepares lookups over the articles.
    public init(articles: [Article]) {
        index = LinkIndex(articles: articles, inParts: articles.count >= LinkIndex.inPartsThreshold)
    }

    /// Resolves the text as an id, then a URL, then a title.
    public func find(_ text: String) -> LinkResolution {
        index.resolve(ArticleLink(title: text, id: ArticleID(text), url: text))
    }
}
