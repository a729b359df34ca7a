import ArgumentParser
import Foundation

/// `gazette-bench`: makes deterministic synthetic archives and measures Gazette on them.
///
/// Exit codes: 0 success, 2 bad usage or bad input (unreadable archive, unwritable output).
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette-bench",
        abstract: "Generate synthetic Gazette archives and benchmark loading, indexing, search and rendering.",
        discussion: """
            Typical use: gazette-bench generate --articles 100000 --seed 1 -o /tmp/big.json; \
            gazette-bench run /tmp/big.json; gazette-bench compare /tmp/big.json. \
            Build with -c release for meaningful numbers.
            """,
        subcommands: [GenerateCommand.self, RunCommand.self, CompareCommand.self, GrowthCommand.self]
    )

    /// Parses and runs, mapping usage errors to exit code 2 like `gazette` does.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if let exitCode = error as? ExitCode { Foundation.exit(exitCode.rawValue) }
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { BenchConsole.error(message) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
