/// What a person did with one archive, kept between sessions: read and bookmarked
/// articles, the selected and open article with the history, and the list's order and filter.
/// Articles are named by id, so the state survives re-imports that reorder the archive; ids
/// no longer in the archive are ignored by whoever reads the state.
public struct UserState: Hashable, Sendable {
    /// The state file format's version.
    public static let version = 1

    /// Articles opened at least once (or marked read).
    public var read: Set<ArticleID> = []
    /// Bookmarked articles.
    public var bookmarked: Set<ArticleID> = []
    /// The article selected in the list.
    public var selected: ArticleID?
    /// The article open in the detail pane.
    public var open: ArticleID?
    /// Articles to go back to, oldest first.
    public var historyBack: [ArticleID] = []
    /// Articles to go forward to, the next one last.
    public var historyForward: [ArticleID] = []
    /// The list order.
    public var sort: ArticleSort = .archive
    /// The list filter.
    public var filter: ArticleFilter = .none
    /// Whether the list shows only bookmarked articles.
    public var bookmarkedOnly = false

    /// An empty state: nothing read, nothing bookmarked.
    public init() {}
}
