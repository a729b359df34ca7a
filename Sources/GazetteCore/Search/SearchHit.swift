/// One ranked search result.
public struct SearchHit: Hashable, Sendable {
    /// Position of the article in the archive.
    public var articleIndex: Int
    /// BM25F relevance; higher is better.
    public var score: Double

    /// Creates a hit.
    public init(articleIndex: Int, score: Double) {
        self.articleIndex = articleIndex
        self.score = score
    }
}
