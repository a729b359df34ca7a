import GazetteCore

extension ReaderState {
    mutating func beginSearch() {
        beforePrompt = (search, viewport.selection)
        mode = .searching(draft: "")
        if layout.isSinglePane { focus = .list }
    }

    /// Runs the draft as the user types: results update with every key.
    mutating func updateDraft(_ draft: String) {
        mode = .searching(draft: draft)
        let query = SearchQuery(draft)
        if query.isEmpty {
            search = nil
        } else if let index {
            search = ActiveSearch(query: query, hits: index.search(query).map(\.articleIndex))
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
            tell(rowCount == 0 ? "no articles match \"\(SafeText.line(draft))\"" : "Enter opens  n/N next/previous match  Esc shows all",
                 isError: rowCount == 0)
        } else {
            tell("indexing… the results will appear when the index is ready")
        }
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
