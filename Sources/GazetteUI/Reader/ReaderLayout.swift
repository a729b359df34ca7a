/// Where each part of the reader goes for a terminal size.
///
/// From 80 columns the list and the detail pane stand side by side (the list takes its
/// ``ListWidth``, at least 16 columns and leaving the detail at least 30);
/// narrower terminals show one pane at a time, the focused one. The last row is the status bar.
public struct ReaderLayout: Hashable, Sendable {
    /// A rectangle of cells.
    public struct Rect: Hashable, Sendable {
        /// Top row.
        public var row: Int
        /// Left column.
        public var column: Int
        /// Width in columns.
        public var width: Int
        /// Height in rows.
        public var height: Int
    }

    /// Narrowest terminal that shows both panes.
    public static let twoPaneMinimumWidth = 80

    /// The list pane, when shown.
    public var list: Rect?
    /// The detail pane, when shown.
    public var detail: Rect?
    /// The column of the separator between the panes, when both are shown.
    public var separatorColumn: Int?
    /// The status bar row, when there is room for one.
    public var statusRow: Int?

    /// Computes the layout with the list taking `listPercent` of the width.
    public init(size: Size, listPercent: Int, focus: KeyMap.Context) {
        self.init(size: size, listWidth: .percent(listPercent), focus: focus)
    }

    /// Computes the layout.
    public init(size: Size, listWidth width: ListWidth, focus: KeyMap.Context) {
        let paneHeight = max(0, size.height - 1)
        statusRow = size.height >= 1 ? size.height - 1 : nil
        guard paneHeight > 0, size.width > 0 else { return }
        if size.width >= ReaderLayout.twoPaneMinimumWidth {
            let listWidth = width.columns(inTotal: size.width)
            list = Rect(row: 0, column: 0, width: listWidth, height: paneHeight)
            separatorColumn = listWidth
            detail = Rect(row: 0, column: listWidth + 1, width: size.width - listWidth - 1, height: paneHeight)
        } else if focus == .list {
            list = Rect(row: 0, column: 0, width: size.width, height: paneHeight)
        } else {
            detail = Rect(row: 0, column: 0, width: size.width, height: paneHeight)
        }
    }

    /// Whether only one pane is shown at a time.
    public var isSinglePane: Bool { separatorColumn == nil }
}
