import GazetteCore

/// The bottom line: archive name, position, focus, search and index progress, messages, hints.
struct StatusBar {
    let state: ReaderState

    var left: String {
        switch state.mode {
        case .searching(let draft): return "/" + TextSanitizer.sanitize(draft) + "▏"
        case .filtering(let draft): return "filter: " + TextSanitizer.sanitize(draft) + "▏"
        case .finding(let draft): return "find: " + TextSanitizer.sanitize(draft) + "▏"
        case .commanding(let draft): return ":" + TextSanitizer.sanitize(draft) + "▏"
        case .normal, .help: break
        }
        var parts = [TextSanitizer.sanitize(state.archiveName)]
        let position = state.rowCount == 0 ? "0/0" : "\(state.viewport.selection + 1)/\(state.rowCount)"
        parts.append(position)
        parts.append(state.focus == .list ? "list" : "article")
        parts.append("\(state.unreadCount) unread")
        parts += state.listScope.map { TextSanitizer.sanitize($0) }
        if let search = state.search {
            let query = StatusBar.quoted(TextSanitizer.sanitize(search.query.text))
            if let hits = search.hits {
                // Filters and bookmarked-only narrow the hits: say how many are listed.
                let shown = state.rowCount == hits.count ? "" : "\(state.rowCount) of "
                parts.append("search \(query): \(shown)\(hits.count) \(hits.count == 1 ? "hit" : "hits")")
            } else if state.queryAwaitingHits != nil {
                parts.append("search \(query): searching…")
            } else {
                parts.append("search \(query): waiting for index")
            }
        }
        return parts.joined(separator: "  ")
    }

    /// A query in quotes, unless it has quotes of its own (a phrase): `"field research"`
    /// rather than `""field research""`.
    static func quoted(_ query: String) -> String {
        query.contains("\"") ? query : "\"" + query + "\""
    }

    var middle: String {
        if let message = state.message { return TextSanitizer.sanitize(message) }
        if case .searching = state.mode {
            if let hits = state.search?.hits { return "\(hits.count) \(hits.count == 1 ? "hit" : "hits")  Enter keep  Esc cancel" }
            return state.search == nil ? "Enter keep  Esc cancel" : "waiting for index…"
        }
        switch state.mode {
        case .filtering: return "Enter apply  Esc cancel  (e.g. 2021-01..2021-03 source:NAME; empty clears)"
        case .finding:
            let lines = state.document.matchLines.count
            return "\(lines) \(lines == 1 ? "line matches" : "lines match")  Enter find  Esc cancel"
        case .commanding(let draft):
            if case .find(let text)? = ReaderCommand(parsing: draft), !text.isEmpty {
                let lines = state.document.matchLines.count
                return "\(lines) \(lines == 1 ? "line matches" : "lines match")  Enter find  Esc cancel"
            }
            return "Enter run  Esc cancel  (find TEXT, filter TERMS, help, quit)"
        default: break
        }
        if let warning = state.stateWarning { return TextSanitizer.sanitize(warning) }
        return ""
    }

    var right: String {
        var parts: [String] = []
        if case .building(let done, let total) = state.indexStatus {
            parts.append("indexing… \(total == 0 ? 100 : done * 100 / total)%")
        }
        parts.append("? help  q quit")
        return parts.joined(separator: "  ")
    }

    func render(row: Int, into grid: inout CellGrid) {
        let width = grid.size.width
        let style = CellStyle(.status)
        grid.fill(row: row, column: 0, width: width, height: 1, style: style)
        let rightText = right
        let rightWidth = DisplayWidth.of(rightText)
        var used = grid.writeTruncated(" " + left, row: row, column: 0, width: width, style: style)
        let middleText = middle
        if !middleText.isEmpty && used + 2 < width {
            let isError = state.message != nil ? state.messageIsError : (state.mode == .normal && state.stateWarning != nil)
            let messageStyle = CellStyle(isError ? .error : .status, .bold)
            used += 2
            used += grid.writeTruncated(middleText, row: row, column: used, width: width - used, style: messageStyle)
        }
        if used + 2 + rightWidth <= width {
            grid.write(rightText, row: row, column: width - rightWidth - 1, maxWidth: rightWidth, style: style)
        }
    }
}
