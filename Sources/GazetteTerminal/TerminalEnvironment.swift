#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks that the process can drive a full-screen terminal before ncurses is started.
public enum TerminalEnvironment {
    /// Why the reader cannot run on this terminal, or `nil` when it can.
    ///
    /// The reader needs standard input and output to be terminals and a usable `TERM`;
    /// without them ncurses would draw garbage into a pipe or fail half-way.
    public static func unusableReason(environment: [String: String]) -> String? {
        if isatty(STDIN_FILENO) == 0 {
            return "standard input is not a terminal; use 'gazette list', 'show' or 'search' in scripts"
        }
        if isatty(STDOUT_FILENO) == 0 {
            return "standard output is not a terminal; use 'gazette list', 'show' or 'search' in scripts"
        }
        guard let term = environment["TERM"], !term.isEmpty else {
            return "TERM is not set; set it to your terminal type (for example TERM=xterm-256color)"
        }
        if term == "dumb" {
            return "TERM=dumb cannot show a full-screen reader; use 'gazette list', 'show' or 'search'"
        }
        return nil
    }
}
