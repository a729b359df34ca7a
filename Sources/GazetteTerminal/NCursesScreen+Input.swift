#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCursesw
import GazetteUI

extension NCursesScreen {
    /// Waits for the next key or terminal event; `nil` when the timeout elapses first
    /// (`nil` timeout waits indefinitely). A termination signal gives
    /// `.terminationRequested`; Ctrl-Z (or a SIGTSTP from outside) suspends the process
    /// and, once resumed, gives `.resize` so the caller redraws everything.
    public func nextEvent(timeoutMilliseconds: Int?) throws -> KeyEvent? {
        guard isActive else { throw TerminalError.closed }
        let deadline = timeoutMilliseconds.map { MonotonicClock.milliseconds() + max(0, $0) }
        while true {
            if signals.isPending { return .terminationRequested }
            let wait: Int32
            if let deadline {
                wait = Int32(clamping: max(0, deadline - MonotonicClock.milliseconds()))
            } else {
                wait = -1
            }
            wtimeout(window, wait)
            var input: wint_t = 0
            let status = wget_wch(window, &input)
            if signals.isPending { return .terminationRequested }
            if signals.takeSuspendRequest() { return suspend() }
            if status == gazette_key_code_yes() {
                if let event = keyEvent(forKeyCode: Int32(bitPattern: input)) { return event }
            } else if status == gazette_ok() {
                if input == 26 { return suspend() }
                if let event = Self.keyEvent(forCharacter: UInt32(input)) { return event }
            } else if let deadline, MonotonicClock.milliseconds() >= deadline {
                return nil  // timed out (an interrupted read with time left just waits again)
            } else if Self.inputIsClosed() {
                // The terminal went away without a SIGHUP: quitting beats spinning on EOF.
                return .terminationRequested
            }
        }
    }

    /// Whether standard input has hung up or failed (so reads would fail forever).
    private static func inputIsClosed() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) == 1 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// The event for an ncurses function-key code; `nil` for keys the reader ignores.
    private func keyEvent(forKeyCode code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_RESIZE:
            lastGrid = nil
            return .resize(size)
        case gazette_key_mouse(): return Self.mouseEvent()
        default: return nil
        }
    }

    /// The pending mouse event, when it is one the reader uses.
    private static func mouseEvent() -> KeyEvent? {
        var row: Int32 = 0
        var column: Int32 = 0
        var kind: Int32 = 0
        guard gazette_get_mouse(&row, &column, &kind) == gazette_ok() else { return nil }
        let kinds: [Int32: MouseEvent.Kind] = [1: .click, 2: .doubleClick, 3: .wheelUp, 4: .wheelDown]
        guard let mouseKind = kinds[kind] else { return nil }
        return .mouse(MouseEvent(row: Int(row), column: Int(column), kind: mouseKind))
    }

    /// The event for a character read from the keyboard; `nil` for codes with no meaning
    /// (NUL, the other C0 codes, C1 controls, invalid scalars).
    static func keyEvent(forCharacter code: UInt32) -> KeyEvent? {
        switch code {
        case 127, 8: return .backspace
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 1...26:
            guard let letter = Unicode.Scalar(0x60 + code) else { return nil }
            return .control(Character(letter))
        case 0..<32, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// Handles Ctrl-Z: restores the terminal, stops the process like the shell expects,
    /// and on resume re-enters full-screen mode and asks for a full redraw.
    private func suspend() -> KeyEvent {
        endwin()
        fflush(nil)
        var stopDefault = TerminationSignals.action(nil)
        var previous = sigaction()
        sigaction(SIGTSTP, &stopDefault, &previous)
        raise(SIGTSTP)  // the process stops here until it is continued (SIGCONT)
        sigaction(SIGTSTP, &previous, nil)
        refreshSizeFromTerminal()
        clearok(gazette_curscr(), true)
        lastGrid = nil
        wrefresh(window)
        return .resize(size)
    }

    /// Tells ncurses the terminal's size in case it changed while the process was stopped.
    private func refreshSizeFromTerminal() {
        var winsize = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &winsize) == 0,
            winsize.ws_row > 0, winsize.ws_col > 0
        else { return }
        let rows = Int32(winsize.ws_row)
        let columns = Int32(winsize.ws_col)
        if is_term_resized(rows, columns) { resizeterm(rows, columns) }
    }
}
