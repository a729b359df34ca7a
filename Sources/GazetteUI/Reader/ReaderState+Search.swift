import GazetteCore

extension ReaderState {
    mutating func beginSearch() {
        beforePrompt = (search, viewport.selection)
        mode = .searching(draft: "")
        if layout.isSinglePane { focus = .list }
    }

    /// The hits of `query`, as many ranked at once as the list shows.
    func rankedHits(_ query: SearchQuery, in index: SearchIndex) -> RankedHits {
        index.rankedHits(query, firstRanks: viewport.height)
    }

    /// Runs the draft as the user types: results update with every key.
    mutating func updateDraft(_ draft: String) {
        mode = .searching(draft: draft)
        let query = SearchQuery(draft)
        if query.isEmpty {
            search = nil
        } else if let index {
            search = ActiveSearch(query: query, hits: rankedHits(query, in: index))
        } else {
            search = ActiveSearch(query: query, hits: nil)
        }
        viewport.resize(count: rowCount)
        viewport.select(0)
    }

    mutating func submitSearch() {
        guard case .searching(let draft) = mode else { return }
        mode = .normal
        beforePrompt = nil
        if SearchQuery(draft).isEmpty {
            search = nil
            viewport.resize(count: rowCount)
            if let open = openArticle, let row = row(of: open) { viewport.select(row) }
            return
        }
        if search?.hits != nil {
            tellSearchResult()
        } else {
            tell("searching every article (the index is not ready yet)…")
        }
    }

    /// A submitted search that no index can answer yet: the event loop answers it by reading
    /// the articles (``BackgroundSearchScan``) and hands the hits to ``adoptScannedHits(_:for:)``.
    /// Nil while the query is being typed (a scan per key would be too slow) and once answered.
    public var queryAwaitingHits: SearchQuery? {
        guard index == nil, let search, search.hits == nil else { return nil }
        if case .searching = mode { return nil }
        return search.query
    }

    /// Shows the hits a scan found for `query`, if it is still the search waiting for them.
    public mutating func adoptScannedHits(_ hits: RankedHits, for query: SearchQuery) {
        guard queryAwaitingHits == query else { return }
        search = ActiveSearch(query: query, hits: hits)
        viewport.resize(count: rowCount)
        viewport.select(0)
        tellSearchResult()
    }

    /// Says how the submitted search went: no hits, or the keys for its hits.
    mutating func tellSearchResult() {
        guard let search else { return }
        tell(rowCount == 0 ? "no articles match \"\(SafeText.line(search.query.text))\"" : "Enter opens  n/N next/previous match  Esc shows all",
             isError: rowCount == 0)
    }

    mutating func cancelSearch() {
        guard case .searching = mode else { return }
        mode = .normal
        search = beforePrompt?.search
        viewport.resize(count: rowCount)
        viewport.select(beforePrompt?.selection ?? 0)
        beforePrompt = nil
    }

    mutating func clearSearch() {
        guard search != nil else { return }
        let selected = selectedArticle
        search = nil
        viewport.resize(count: rowCount)
        if let selected, let row = row(of: selected) { viewport.select(row) }
        tell("search cleared")
    }
}
