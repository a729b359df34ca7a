import Foundation

/// Whether standard output gets colour: only on a terminal, never with `NO_COLOR` set or
/// `TERM=dumb`. Pipes never receive escape sequences.
struct OutputStyle {
    let color: Bool

    static var standardOutput: OutputStyle {
        let environment = ProcessInfo.processInfo.environment
        let color = isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        return OutputStyle(color: color)
    }

    /// The terminal's width when standard output is one, else nil.
    static var terminalWidth: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    func dim(_ text: String) -> String { color ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
    func highlight(_ text: String) -> String { color ? "\u{1B}[7m\(text)\u{1B}[27m" : text }
}
