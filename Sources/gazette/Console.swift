import ArgumentParser
import Foundation

/// Writes to standard output and standard error; archive text must be made safe by the
/// caller (``GazetteCore/SafeText``) before it gets here.
enum Console {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints `gazette: <message>` on standard error and returns exit code 2.
    static func fail(_ message: String) -> ExitCode {
        error("gazette: \(message)")
        return ExitCode(2)
    }
}
