import GazetteCore

/// Draws a ``ReaderState`` into a ``CellGrid``: list pane, detail pane, status bar, and the
/// help screen. Pure: the same state always gives the same grid. Only visible rows are
/// drawn, so the cost does not depend on the archive's size.
public struct ReaderRenderer {
    /// The key table the help screen lists.
    public var keyMap: KeyMap
    /// How the list shows dates.
    public var dateFormat: DateFormat

    /// Creates a renderer.
    public init(keyMap: KeyMap = .standard, dateFormat: DateFormat = .iso) {
        self.keyMap = keyMap
        self.dateFormat = dateFormat
    }

    /// The whole screen for a state.
    public func render(_ state: ReaderState) -> CellGrid {
        var grid = CellGrid(size: state.size)
        guard state.size.width > 0, state.size.height > 0 else { return grid }
        if state.mode == .help {
            renderHelp(state, into: &grid)
        } else {
            let layout = state.layout
            if let list = layout.list { renderList(state, in: list, into: &grid) }
            if let column = layout.separatorColumn, let pane = layout.list {
                for row in pane.row..<(pane.row + pane.height) {
                    grid[row, column] = Cell("│", style: CellStyle(.secondary))
                }
            }
            if let detail = layout.detail { renderDetail(state, in: detail, into: &grid) }
        }
        if let row = state.layout.statusRow { StatusBar(state: state).render(row: row, into: &grid) }
        return grid
    }

    func renderList(_ state: ReaderState, in pane: ReaderLayout.Rect, into grid: inout CellGrid) {
        guard state.rowCount > 0 else {
            let text: String
            if let search = state.search {
                text = search.hits == nil ? "indexing… results soon" : "no matches for \"\(SafeText.line(search.query.text))\""
                    + (state.listScope.isEmpty ? "" : " (" + state.listScope.joined(separator: ", ") + ")")
            } else if state.bookmarkedOnly && state.bookmarks.isEmpty {
                text = "no bookmarked articles: press ' to show all, m to bookmark"
            } else if !state.listScope.isEmpty {
                text = "no articles in " + state.listScope.joined(separator: ", ")
            } else {
                text = "this archive has no articles"
            }
            grid.writeTruncated(text, row: pane.row, column: pane.column + 1, width: pane.width - 1, style: CellStyle(.secondary))
            return
        }
        let dateWidth = dateFormat.columnWidth
        let showDate = pane.width >= 22 + dateWidth
        let query = state.highlightQuery
        for (offset, row) in state.viewport.visibleRows.enumerated() {
            let screenRow = pane.row + offset
            let index = state.article(atRow: row)
            let article = state.archive.articles[index]
            let selected = row == state.viewport.selection
            var base = CellStyle(selected ? (state.focus == .list ? .selection : .inactiveSelection) : .normal)
            if index == state.openArticle { base.attributes.insert(.bold) }
            grid.fill(row: screenRow, column: pane.column, width: pane.width, height: 1, style: base)
            var column = pane.column
            let unread = !state.readArticles.contains(index)
            column += grid.write(unread ? "•" : " ", row: screenRow, column: column, maxWidth: 1, style: base)
            column += grid.write(state.bookmarks.contains(index) ? "*" : " ", row: screenRow, column: column, maxWidth: 1, style: base)
            let broken = LinkDirection.allCases.contains {
                if case .broken? = state.graph.resolution(from: index, $0) { return true }
                return false
            }
            var markStyle = base
            if broken && !selected { markStyle.role = .brokenLink }
            column += grid.write(broken ? "!" : " ", row: screenRow, column: column, maxWidth: 1, style: markStyle)
            column += grid.write(" ", row: screenRow, column: column, maxWidth: 1, style: base)
            let end = pane.column + pane.width
            if showDate {
                var dateStyle = base
                if !selected { dateStyle.role = .secondary }
                let date = article.date.map(dateFormat.format) ?? ""
                let padding = String(repeating: " ", count: max(0, dateWidth - DisplayWidth.of(date)) + 1)
                column += grid.write(date + padding, row: screenRow, column: column, maxWidth: end - column, style: dateStyle)
            }
            let title = TextSanitizer.sanitize(article.title)
            let ranges = query?.matchRanges(in: title) ?? []
            StyledText.write(title, highlights: ranges, row: screenRow, column: column, width: end - column,
                             style: base, highlight: CellStyle(.match, base.attributes), into: &grid)
        }
    }

    func renderDetail(_ state: ReaderState, in pane: ReaderLayout.Rect, into grid: inout CellGrid) {
        let lines = state.document.lines
        let current = state.matchCursor.map { state.document.matchLines[$0] }
        for offset in 0..<pane.height {
            let index = state.detailScroll + offset
            guard index < lines.count else { break }
            let line = lines[index]
            let style: CellStyle
            switch line.kind {
            case .title: style = CellStyle(.heading, .bold)
            case .metadata: style = CellStyle(.secondary)
            case .body, .blank: style = .plain
            case .link: style = CellStyle(.link)
            case .brokenLink: style = CellStyle(.brokenLink, .dim)
            }
            let highlight = CellStyle(.match, index == current ? [.bold, .underline] : [])
            StyledText.write(line.text, highlights: line.highlights, row: pane.row + offset, column: pane.column,
                             width: pane.width, style: style, highlight: highlight, into: &grid)
        }
    }

    func renderHelp(_ state: ReaderState, into grid: inout CellGrid) {
        let width = state.size.width
        grid.writeTruncated("Gazette — keys", row: 0, column: 1, width: width - 1, style: CellStyle(.heading, .bold))
        let lines = keyMap.helpLines
        let keyWidth = min(14, max(4, width / 3))
        let available = state.helpRows
        let first = min(state.helpScroll, max(0, lines.count - available))
        for (offset, line) in lines.dropFirst(first).prefix(available).enumerated() {
            let row = offset + 2
            grid.writeTruncated(line.keys, row: row, column: 1, width: keyWidth, style: CellStyle(.heading))
            grid.writeTruncated(line.help, row: row, column: keyWidth + 2, width: width - keyWidth - 2)
        }
        if state.size.height >= 4 {
            var hint = "press any key to close"
            if lines.count > available {
                let last = min(lines.count, first + available)
                let scrollKeys = [ReaderAction.scrollUp, .scrollDown].compactMap { action in
                    keyMap.bindings.first { $0.action == action && $0.contexts.contains(.detail) && !$0.keys.isEmpty }?.keyLabel
                }
                let scrolling = scrollKeys.isEmpty ? "" : scrollKeys.joined(separator: " / ") + " scroll  "
                hint = "keys \(first + 1)–\(last) of \(lines.count)  \(scrolling)any other key closes"
            }
            grid.writeTruncated(hint, row: state.size.height - 2, column: 1, width: width - 1, style: CellStyle(.secondary))
        }
    }
}
