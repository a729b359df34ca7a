/// A rectangle of cells that views draw into and screens present.
public struct CellGrid: Hashable, Sendable {
    /// The grid's dimensions.
    public let size: Size
    /// Cells in row-major order.
    public private(set) var cells: [Cell]

    /// Creates a grid filled with blank cells.
    public init(size: Size) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    /// The cell at a position; a blank cell outside the grid.
    public subscript(row: Int, column: Int) -> Cell {
        get {
            guard contains(row: row, column: column) else { return .blank }
            return cells[row * size.width + column]
        }
        set {
            guard contains(row: row, column: column) else { return }
            cells[row * size.width + column] = newValue
        }
    }

    /// Whether the position lies inside the grid.
    public func contains(row: Int, column: Int) -> Bool {
        row >= 0 && row < size.height && column >= 0 && column < size.width
    }

    /// Each row as text (continuation cells omitted, trailing spaces trimmed); for tests
    /// and snapshots.
    public var lines: [String] {
        (0..<size.height).map { row in
            var line = ""
            for column in 0..<size.width {
                let cell = cells[row * size.width + column]
                if !cell.isContinuation { line.append(cell.character) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
