import GazetteCore

extension ReaderState {
    /// What is kept between sessions (``UserState``), by article id. Cheap enough to compute
    /// on every article open, not meant for every keystroke.
    public var persistentState: UserState {
        let articles = archive.articles
        var state = UserState()
        state.read = Set(readArticles.map { articles[$0].id })
        state.bookmarked = Set(bookmarks.map { articles[$0].id })
        state.selected = selectedArticle.map { articles[$0].id }
        state.open = openArticle.map { articles[$0].id }
        state.historyBack = history.back.map { articles[$0].id }
        state.historyForward = history.forward.map { articles[$0].id }
        state.sort = sort
        state.filter = filter
        state.bookmarkedOnly = bookmarkedOnly
        return state
    }

    /// Restores a saved state: read and bookmarked articles, list order and filter, the open
    /// article, the selection and the history. Ids no longer in the archive are ignored.
    public mutating func restore(_ saved: UserState) {
        // The archive already knows where each id is: nothing here is proportional to its size.
        let archive = self.archive
        func indices<S: Sequence>(_ ids: S) -> [Int] where S.Element == ArticleID { ids.compactMap { archive.index(of: $0) } }
        readArticles = Set(indices(saved.read))
        bookmarks = Set(indices(saved.bookmarked))
        sort = saved.sort
        filter = saved.filter
        bookmarkedOnly = saved.bookmarkedOnly
        history = ReaderHistory(back: indices(saved.historyBack), forward: indices(saved.historyForward))
        if let open = saved.open.flatMap({ archive.index(of: $0) }) {
            openArticle = open
            detailScroll = 0
        }
        if let openArticle { readArticles.insert(openArticle) }
        viewport.resize(count: rowCount)
        let selected = saved.selected.flatMap { archive.index(of: $0) } ?? openArticle
        viewport.select(selected.flatMap { row(of: $0) } ?? 0)
        relayout()
    }

    /// Shows a one-keystroke message in the status bar (e.g. a warning from loading the state).
    public mutating func notify(_ text: String, isError: Bool = false) {
        tell(text, isError: isError)
    }

    /// Records whether the last save of the user state failed: `problem` stays in the status
    /// bar ("state not saved: …") until a save succeeds.
    public mutating func reportStateSaved(problem: String?) {
        stateWarning = problem.map { "state not saved: " + $0 }
    }
}
