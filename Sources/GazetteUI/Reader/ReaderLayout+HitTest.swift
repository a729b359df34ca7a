extension ReaderLayout {
    /// The part of the screen a cell belongs to, with the row inside its pane.
    public enum Region: Hashable, Sendable {
        /// The list pane, `row` rows below its top.
        case list(row: Int)
        /// The detail pane, `row` rows below its top.
        case detail(row: Int)
        /// The line between the panes.
        case separator
        /// The status bar.
        case status
    }

    /// Which region the cell at `row`, `column` is in; `nil` outside every region.
    public func region(atRow row: Int, column: Int) -> Region? {
        if let list, list.contains(row: row, column: column) { return .list(row: row - list.row) }
        if let detail, detail.contains(row: row, column: column) { return .detail(row: row - detail.row) }
        if let separatorColumn, column == separatorColumn, let list, row >= list.row, row < list.row + list.height {
            return .separator
        }
        if let statusRow, row == statusRow, column >= 0 { return .status }
        return nil
    }
}

extension ReaderLayout.Rect {
    /// Whether the cell is inside the rectangle.
    public func contains(row: Int, column: Int) -> Bool {
        row >= self.row && row < self.row + height && column >= self.column && column < self.column + width
    }
}
