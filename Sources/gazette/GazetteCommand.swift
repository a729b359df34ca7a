import ArgumentParser
import Foundation

/// The `gazette` command: a terminal reader for archives of news articles.
///
/// Exit codes: 0 success, 1 no results (search) or some inputs failed (import),
/// 2 bad usage or bad input.
@main
struct GazetteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette",
        abstract: "Read archives of news articles in the terminal.",
        discussion: """
            Without a subcommand, opens ARCHIVE (default: the bundled data/bjast.json) in the \
            full-screen reader. Exit codes: 0 success, 1 no results or partial failure, \
            2 bad usage or bad input.
            """,
        version: "0.1.0",
        subcommands: [
            ReadCommand.self, ListCommand.self, ShowCommand.self, SearchCommand.self, IndexCommand.self, ValidateCommand.self,
            ImportCommand.self, ExportCommand.self, ConfigCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )

    /// Parses and runs, mapping usage errors to exit code 2 (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if let exitCode = error as? ExitCode { Foundation.exit(exitCode.rawValue) }
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { Console.error(message) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
