/// What a page dump holds, before it becomes an ``Article``.
public struct ImportedPage: Hashable, Sendable {
    /// The headline.
    public var title: String
    /// Paragraphs, re-flowed into single lines.
    public var paragraphs: [String]
    /// The `[next]:` link text, when present.
    public var nextTitle: String?
    /// The `[previous]:` link text, when present.
    public var previousTitle: String?
    /// A date found in the page, its file name or its URL.
    public var date: ArticleDate?
    /// A URL found in the page.
    public var url: String?

    /// Creates a page.
    public init(
        title: String, paragraphs: [String], nextTitle: String? = nil, previousTitle: String? = nil,
        date: ArticleDate? = nil, url: String? = nil
    ) {
        self.title = title
        self.paragraphs = paragraphs
        self.nextTitle = nextTitle
        self.previousTitle = previousTitle
        self.date = date
        self.url = url
    }
}
