/// Why the terminal screen could not start or keep running.
public enum TerminalError: Error, CustomStringConvertible, Equatable {
    /// The environment cannot drive a full-screen terminal (see ``TerminalEnvironment``).
    case unusable(String)
    /// ncurses could not initialise the terminal type.
    case initialisationFailed(term: String)
    /// The screen was used after ``NCursesScreen/shutdown()``.
    case closed

    /// A one-line message for the user.
    public var description: String {
        switch self {
        case .unusable(let reason):
            "cannot start the reader: \(reason)"
        case .initialisationFailed(let term):
            "cannot initialise terminal type '\(term)'; check TERM (for example TERM=xterm-256color) and that its terminfo entry is installed"
        case .closed:
            "the terminal screen was already shut down"
        }
    }
}
