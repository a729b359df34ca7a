/// A mouse event at a screen cell, as delivered in ``KeyEvent/mouse(_:)``.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable {
        /// The primary button was clicked.
        case click
        /// The primary button was double-clicked.
        case doubleClick
        /// The wheel turned up (away from the user).
        case wheelUp
        /// The wheel turned down.
        case wheelDown
    }

    /// Screen row (0 at the top).
    public var row: Int
    /// Screen column (0 at the left).
    public var column: Int
    /// What happened.
    public var kind: Kind

    /// Creates an event.
    public init(row: Int, column: Int, kind: Kind) {
        self.row = row
        self.column = column
        self.kind = kind
    }
}
