/// Selection and scroll position of a list: keeps the selection inside the list and visible,
/// with `margin` rows of context above and below it when the list allows.
public struct ListViewport: Hashable, Sendable {
    /// Number of rows in the list.
    public private(set) var count: Int
    /// Rows that fit on screen.
    public private(set) var height: Int
    /// Rows of context kept around the selection.
    public let margin: Int
    /// The selected row (0 when the list is empty).
    public private(set) var selection: Int = 0
    /// The first visible row.
    public private(set) var offset: Int = 0

    /// Creates a viewport over `count` rows, `height` of them visible.
    public init(count: Int, height: Int, margin: Int = 2) {
        self.count = max(0, count)
        self.height = max(0, height)
        self.margin = max(0, margin)
    }

    /// The visible rows.
    public var visibleRows: Range<Int> {
        offset..<min(count, offset + height)
    }

    /// Selects a row (clamped) and scrolls to keep it in view with its margin.
    public mutating func select(_ row: Int) {
        selection = count == 0 ? 0 : min(max(0, row), count - 1)
        scrollToSelection()
    }

    /// Moves the selection by `delta` rows (clamped).
    public mutating func move(by delta: Int) {
        select(selection + delta)
    }

    /// Moves the selection by a page (a screen height minus one row of overlap).
    public mutating func page(_ direction: Int) {
        move(by: direction * max(1, height - 1))
    }

    /// Changes the list length, keeping the selection when possible.
    public mutating func resize(count: Int) {
        self.count = max(0, count)
        select(selection)
    }

    /// Changes the visible height, keeping the selection in view.
    public mutating func resize(height: Int) {
        self.height = max(0, height)
        select(selection)
    }

    private mutating func scrollToSelection() {
        guard height > 0, count > 0 else {
            offset = 0
            return
        }
        let margin = min(self.margin, (height - 1) / 2)
        if selection - margin < offset { offset = selection - margin }
        if selection + margin >= offset + height { offset = selection + margin - height + 1 }
        offset = max(0, min(offset, count - height))
    }
}
