import GazetteUI

/// Runs a body with a started ``NCursesScreen`` and guarantees the terminal is restored
/// afterwards.
public enum TerminalSession {
    /// Checks the environment, starts the screen (with a colour theme, and the mouse when
    /// `mouse` is on), runs `body`, and shuts the screen down on
    /// every exit path (normal return or thrown error) before the result or error reaches
    /// the caller, so error messages print on a restored terminal.
    ///
    /// - Throws: ``TerminalError/unusable(_:)`` when standard input/output are not
    ///   terminals or `TERM` is unusable, ``TerminalError/initialisationFailed(term:)``,
    ///   or whatever `body` throws.
    public static func run<T>(
        environment: [String: String], theme: ColourTheme = .default, mouse: Bool = false,
        _ body: (NCursesScreen) throws -> T
    ) throws -> T {
        if let reason = TerminalEnvironment.unusableReason(environment: environment) {
            throw TerminalError.unusable(reason)
        }
        let screen = try NCursesScreen(environment: environment, theme: theme, mouse: mouse)
        defer { screen.shutdown() }
        return try body(screen)
    }
}
