/// A loaded archive: its metadata and its articles in archive order.
public struct Archive: Sendable {
    /// The archive format name written in every file.
    public static let formatName = "gazette-archive"
    /// The newest archive format version this build reads and writes.
    public static let formatVersion = 1

    /// Archive-wide descriptive fields.
    public var metadata: ArchiveMetadata
    /// The articles, in the order the file lists them.
    public var articles: [Article] {
        didSet { articleStarts = nil }
    }
    /// Where each article's JSON object starts in the file it was decoded from, when the
    /// fast decoder read it (for ``ArchiveDirectory``); any change to the articles drops it.
    var articleStarts: [Int]?
    private var positions: ArticlePositions

    /// Creates an archive. Ids are expected to be unique (the loader enforces it); when they
    /// are not, ``index(of:)`` answers with the first article carrying the id.
    public init(metadata: ArchiveMetadata, articles: [Article]) {
        self.metadata = metadata
        self.articles = articles
        var positions: [ArticleID: Int] = [:]
        positions.reserveCapacity(articles.count)
        for (index, article) in articles.enumerated() where positions[article.id] == nil {
            positions[article.id] = index
        }
        self.positions = ArticlePositions(positions)
    }

    /// Creates an archive whose id positions are already known (unique ids only).
    init(metadata: ArchiveMetadata, articles: [Article], positions: ArticlePositions) {
        self.metadata = metadata
        self.articles = articles
        self.positions = positions
    }

    /// The position in ``articles`` of the article with this id.
    public func index(of id: ArticleID) -> Int? {
        positions[id]
    }

    /// The article with this id.
    public func article(withID id: ArticleID) -> Article? {
        positions[id].map { articles[$0] }
    }
}
