extension ReaderState {
    /// Rows one wheel step moves.
    static let wheelStep = 3

    /// The action for a mouse event: in the list a click selects the row under the pointer
    /// and a double-click opens it; in the article a click on a `← previous` / `→ next`
    /// line follows that link and any other click focuses the article; the wheel scrolls
    /// the pane under the pointer. A click closes the help screen, the wheel scrolls it; the
    /// prompts (search, filter, find, command) ignore the mouse.
    func mouseAction(for event: MouseEvent) -> ReaderAction? {
        switch mode {
        case .help:
            switch event.kind {
            case .click, .doubleClick: return .dismissHelp
            case .wheelUp: return maximumHelpScroll > 0 ? .scrollUp : nil
            case .wheelDown: return maximumHelpScroll > 0 ? .scrollDown : nil
            }
        case .searching, .filtering, .finding, .commanding:
            return nil
        case .normal:
            break
        }
        switch layout.region(atRow: event.row, column: event.column) {
        case .list(let row)?:
            switch event.kind {
            case .wheelUp: return .moveSelection(by: -Self.wheelStep)
            case .wheelDown: return .moveSelection(by: Self.wheelStep)
            case .click, .doubleClick:
                let listRow = viewport.offset + row
                guard listRow < rowCount else { return nil }
                return event.kind == .click ? .selectRow(listRow) : .openRow(listRow)
            }
        case .detail(let row)?:
            switch event.kind {
            case .wheelUp: return .scrollArticle(by: -Self.wheelStep)
            case .wheelDown: return .scrollArticle(by: Self.wheelStep)
            case .click, .doubleClick:
                let line = detailScroll + row
                guard line < document.lines.count else { return .focusArticle }
                switch document.lines[line].kind {
                case .link(let direction), .brokenLink(let direction):
                    return direction == .next ? .followNextLink : .followPreviousLink
                default:
                    return .focusArticle
                }
            }
        case .separator?, .status?, nil:
            return nil
        }
    }
}
