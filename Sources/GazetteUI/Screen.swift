/// A place that shows cell grids and delivers key events: the real terminal or a fake one.
///
/// Drawing never calls the terminal library directly; views render into a ``CellGrid`` and
/// the event loop hands it to the screen.
public protocol Screen: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Shows the grid (a real screen draws only the cells that changed since the last one).
    func present(_ grid: CellGrid) throws
    /// Waits for the next event; returns `nil` when `timeoutMilliseconds` elapses first
    /// (`nil` timeout waits indefinitely).
    func nextEvent(timeoutMilliseconds: Int?) throws -> KeyEvent?
}
