/// A key press (or terminal event) delivered by a ``Screen``.
public enum KeyEvent: Hashable, Sendable {
    /// A printable character (a whole grapheme as typed).
    case character(Character)
    /// A control combination such as Ctrl-C, named by its lowercase letter.
    case control(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Enter / Return.
    case enter
    /// Escape.
    case escape
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace (either DEL or BS as the terminal sends it).
    case backspace
    /// Delete (forward).
    case delete
    /// The terminal was resized to the given size.
    case resize(Size)
    /// The process was asked to end (SIGTERM, SIGHUP, SIGINT): the loop must quit cleanly.
    case terminationRequested
    /// A mouse click, double-click or wheel turn (see ``MouseEvent``).
    case mouse(MouseEvent)
}
