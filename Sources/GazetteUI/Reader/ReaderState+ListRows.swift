import GazetteCore

extension ReaderState {
    /// Recomputes the list's rows from the search, the filter, the bookmarked-only switch and
    /// the sort. While a search has hits they keep their ranking order (the sort applies
    /// again when the search is cleared); the filters apply to hits as well.
    mutating func rebuildRows() {
        let hits = search?.hits
        if filter.isEmpty && !bookmarkedOnly {
            // Hits are put in order only as far as the list is read.
            if let hits {
                rows = .hits(hits)
                return
            }
            if sort == .archive {
                rows = .archive(count: archive.articles.count)
                return
            }
        }
        var list = hits?.articleIndices ?? Array(archive.articles.indices)
        if !filter.isEmpty || bookmarkedOnly {
            let source = archive.metadata.source
            list = list.filter { index in
                (!bookmarkedOnly || bookmarks.contains(index)) && filter.matches(archive.articles[index], archiveSource: source)
            }
        }
        if hits == nil && sort != .archive { list = sort.sorted(list, in: archive) }
        rows = .articles(list)
    }

    /// After the rows changed: selects `article` again when it is still listed, else keeps
    /// the row number (clamped).
    mutating func keepSelection(on article: Int?) {
        viewport.resize(count: rowCount)
        if let article, let row = row(of: article) { viewport.select(row) }
    }

    /// Articles not read yet.
    public var unreadCount: Int {
        archive.articles.count - readArticles.count
    }

    /// What the list shows besides the search, for the status bar: sort, filter, bookmarks.
    public var listScope: [String] {
        var parts: [String] = []
        if sort != .archive { parts.append("sort: " + sort.label) }
        if !filter.isEmpty { parts.append("filter: " + filter.description) }
        if bookmarkedOnly { parts.append("bookmarked only") }
        return parts
    }

    mutating func cycleSort() {
        let selected = selectedArticle
        sort = sort.next
        keepSelection(on: selected)
        tell("sorted by \(sort.label)" + (search?.hits != nil ? " (search results keep their ranking until the search is cleared)" : ""))
    }

    mutating func toggleBookmarkedOnly() {
        let selected = selectedArticle
        bookmarkedOnly.toggle()
        keepSelection(on: selected)
        if bookmarkedOnly {
            tell(bookmarks.isEmpty ? "no bookmarked articles: press m to bookmark one" : "showing bookmarked articles only",
                 isError: bookmarks.isEmpty)
        } else {
            tell("showing all articles")
        }
    }

    /// The article `u` and `m` act on: the open one when the article pane has focus, else the selected one.
    var markTarget: Int? {
        focus == .detail ? (openArticle ?? selectedArticle) : selectedArticle
    }

    mutating func toggleRead() {
        toggleMark(\.readArticles, added: "marked read", removed: "marked unread")
    }

    mutating func toggleBookmark() {
        let selected = selectedArticle
        toggleMark(\.bookmarks, added: "bookmarked", removed: "bookmark removed")
        keepSelection(on: selected)  // in the bookmarked-only list the row may have gone
    }

    private mutating func toggleMark(_ marks: WritableKeyPath<ReaderState, Set<Int>>, added: String, removed: String) {
        guard let article = markTarget else { return }
        if self[keyPath: marks].remove(article) == nil {
            self[keyPath: marks].insert(article)
            tell(added)
        } else {
            tell(removed)
        }
    }

    /// Selects the next unread row after the selection, wrapping around; opens it when the
    /// article pane has focus.
    mutating func selectNextUnread() {
        let count = rowCount
        guard count > 0 else { return }
        let start = viewport.selection
        guard let row = (1...count).lazy.map({ (start + $0) % count }).first(where: { !readArticles.contains(article(atRow: $0)) }) else {
            tell(search == nil && listScope.isEmpty ? "no unread articles" : "no unread articles in this list", isError: true)
            return
        }
        viewport.select(row)
        if focus == .detail { open(article(atRow: row)) }
    }
}
