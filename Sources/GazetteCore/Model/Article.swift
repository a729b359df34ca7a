/// One news article of an archive.
public struct Article: Hashable, Sendable, Identifiable {
    /// Stable, unique identifier within the archive.
    public var id: ArticleID
    /// The headline; never empty in a loaded archive.
    public var title: String
    /// Publication date, when known.
    public var date: ArticleDate?
    /// Where the article was published, when known.
    public var url: String?
    /// The publishing site or outlet, when known.
    public var source: String?
    /// Body text, one element per paragraph.
    public var body: [String] {
        get { storedBody.paragraphs }
        set { storedBody = .paragraphs(newValue) }
    }
    /// The paragraphs, possibly still raw bytes of the archive file.
    var storedBody: ArticleBody
    /// The link to the following article, when the page has one.
    public var next: ArticleLink?
    /// The link to the preceding article, when the page has one.
    public var previous: ArticleLink?

    /// Creates an article.
    public init(
        id: ArticleID,
        title: String,
        date: ArticleDate? = nil,
        url: String? = nil,
        source: String? = nil,
        body: [String] = [],
        next: ArticleLink? = nil,
        previous: ArticleLink? = nil
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.url = url
        self.source = source
        self.storedBody = .paragraphs(body)
        self.next = next
        self.previous = previous
    }

    /// Creates an article whose body may still be raw bytes.
    init(
        id: ArticleID, title: String, date: ArticleDate?, url: String?, source: String?,
        storedBody: ArticleBody, next: ArticleLink?, previous: ArticleLink?
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.url = url
        self.source = source
        self.storedBody = storedBody
        self.next = next
        self.previous = previous
    }

    /// Calls `stop` with each paragraph of the body in order until it returns true; paragraphs
    /// after that are not decoded.
    public func forEachParagraph(until stop: (String) -> Bool) {
        storedBody.forEachParagraph(until: stop)
    }

    /// The link in the given direction, if the article has one.
    public func link(_ direction: LinkDirection) -> ArticleLink? {
        direction == .next ? next : previous
    }
}
