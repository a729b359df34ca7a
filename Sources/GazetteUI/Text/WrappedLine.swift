/// One line produced by ``TextWrapper``: a slice of the wrapped text and its width.
public struct WrappedLine: Hashable, Sendable {
    /// The slice of the wrapped text shown on this line (breaking spaces excluded).
    public var range: Range<String.Index>
    /// The line's display width in columns.
    public var width: Int

    /// Creates a line.
    public init(range: Range<String.Index>, width: Int) {
        self.range = range
        self.width = width
    }
}
