import ArgumentParser
import Foundation

/// Standard output, standard error and progress lines for `gazette-bench`.
enum BenchConsole {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints `gazette-bench: <message>` on standard error and returns exit code 2.
    static func fail(_ message: String) -> ExitCode {
        error("gazette-bench: \(message)")
        return ExitCode(2)
    }

    /// True when standard error is a terminal (progress is shown there by default).
    static var standardErrorIsTerminal: Bool {
        isatty(STDERR_FILENO) == 1
    }

    /// Overwrites the current standard-error line with `text` (no newline).
    static func progress(_ text: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }

    /// Ends a progress line.
    static func endProgress() {
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
