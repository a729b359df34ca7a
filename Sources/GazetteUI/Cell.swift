/// One terminal cell of a ``CellGrid``.
///
/// A grapheme two columns wide occupies its cell and marks the next one as a continuation,
/// which screens skip when drawing.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown in the cell; a space when empty. Never a control character.
    public var character: Character
    /// How the cell is drawn.
    public var style: CellStyle
    /// True for the right half of a double-width grapheme that starts in the cell before.
    public var isContinuation: Bool

    /// Creates a cell.
    public init(_ character: Character = " ", style: CellStyle = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    /// An empty cell in the plain style.
    public static let blank = Cell()
}
