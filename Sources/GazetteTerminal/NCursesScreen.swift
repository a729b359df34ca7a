#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCursesw
import GazetteUI

/// The real terminal: a ``Screen`` drawn with ncursesw.
///
/// Only one can be active at a time (ncurses keeps global state); use it from one thread.
/// Prefer ``TerminalSession/run(environment:_:)``, which guarantees the terminal is
/// restored on every exit path.
public final class NCursesScreen: Screen {
    /// The ncurses screen, `nil` after ``shutdown()``.
    private var screen: OpaquePointer?
    /// The window drawn into.
    let window: UnsafeMutablePointer<WINDOW>
    /// Colours and attributes per style.
    let palette: NCursesPalette
    /// Whether the locale can encode Unicode; if not, non-ASCII is drawn as "?".
    let unicodeOutput: Bool
    /// The grid shown last, to draw only what changed; `nil` forces a full redraw.
    var lastGrid: CellGrid?
    /// The signal handlers installed for the screen's lifetime.
    var signals = TerminationSignals()

    /// Starts ncurses: raw mode (Ctrl-C arrives as a key), no echo, keypad keys, hidden
    /// cursor, colours of `theme` when available (monochrome attributes when not, or when
    /// `NO_COLOR` is set), clicks and wheel turns when `mouse` is on, a 25 ms escape delay,
    /// SIGTERM/SIGHUP/SIGINT handlers that make
    /// ``nextEvent(timeoutMilliseconds:)`` return `.terminationRequested`, and a
    /// ``CrashGuard`` that restores the terminal should the process die of a fatal signal.
    ///
    /// - Throws: ``TerminalError/initialisationFailed(term:)`` when the terminal type is
    ///   unknown (the process keeps running, unlike with `initscr`).
    public init(environment: [String: String], theme: ColourTheme = .default, mouse: Bool = false) throws {
        unicodeOutput = Self.selectUnicodeLocale()
        let term = environment["TERM"] ?? ""
        // Before ncurses changes the line settings: the crash handler restores these.
        CrashGuard.install()
        guard !term.isEmpty,
            let screen = newterm(term, gazette_stdout(), gazette_stdin())
        else {
            CrashGuard.remove()
            throw TerminalError.initialisationFailed(term: term)
        }
        set_term(screen)
        guard let window = gazette_stdscr() else {
            endwin()
            delscreen(screen)
            CrashGuard.remove()
            throw TerminalError.initialisationFailed(term: term)
        }
        self.screen = screen
        self.window = window
        raw()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        Self.defineNormalModeArrows()
        curs_set(0)
        set_escdelay(25)
        palette = NCursesPalette.start(theme: theme, environment: environment)
        if mouse { gazette_enable_mouse(1) }
        signals.install()
    }

    deinit {
        shutdown()
    }

    /// Arrow keys in the terminal's normal cursor mode (`ESC [ A`…), besides the application
    /// mode (`ESC O A`…) that keypad mode asks for: a key pressed just as the reader starts or
    /// resumes after Ctrl-Z, before the terminal has switched modes, still arrives as an arrow
    /// instead of Escape and two letters.
    private static func defineNormalModeArrows() {
        for (final, key) in [("A", KEY_UP), ("B", KEY_DOWN), ("C", KEY_RIGHT), ("D", KEY_LEFT)] {
            _ = define_key("\u{1B}[" + final, key)
        }
    }

    /// The termination signal (SIGTERM, SIGHUP or SIGINT) that ended the session, if one
    /// arrived; the caller reports it in its exit status once the terminal is restored.
    public var terminationSignal: Int32? { signals.received }

    /// The terminal's current size in cells.
    public var size: Size {
        guard screen != nil else { return Size(width: 0, height: 0) }
        return Size(width: Int(gazette_window_columns(window)), height: Int(gazette_window_rows(window)))
    }

    /// Draws the cells that changed since the previous grid (everything after a resize
    /// or a suspend), then refreshes the terminal.
    public func present(_ grid: CellGrid) throws {
        guard screen != nil else { throw TerminalError.closed }
        let current = size
        let previous = lastGrid.flatMap { $0.size == grid.size ? $0 : nil }
        if previous == nil { werase(window) }
        let rows = min(grid.size.height, current.height)
        let columns = min(grid.size.width, current.width)
        for row in 0..<rows {
            for column in 0..<columns {
                let cell = grid[row, column]
                if cell.isContinuation { continue }
                let wide = column + 1 < columns && grid[row, column + 1].isContinuation
                if let previous, previous[row, column] == cell,
                    !wide || previous[row, column + 1].isContinuation
                {
                    continue
                }
                draw(cell, wide: wide, row: row, column: column)
            }
        }
        lastGrid = grid
        wrefresh(window)
    }

    /// Restores the terminal: cursor visible, normal modes, alternate screen left, signal
    /// handlers put back, then shows what standard error received meanwhile (see
    /// ``CrashGuard``). Safe to call more than once; also called from `deinit`.
    public func shutdown() {
        guard let screen else { return }
        self.screen = nil
        curs_set(1)
        endwin()
        delscreen(screen)
        signals.restore()
        fflush(nil)
        CrashGuard.remove()
    }

    /// Whether the screen is still running (not shut down).
    var isActive: Bool { screen != nil }

    /// Makes the C library use the user's locale, falling back to a UTF-8 one for
    /// character handling when the user's is not UTF-8 (ncursesw needs it for Unicode).
    /// Returns whether a UTF-8 locale is in effect.
    private static func selectUnicodeLocale() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8Locale() { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if isUTF8Locale() { return true }
        }
        return false
    }

    private static func isUTF8Locale() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
