import ArgumentParser
import Foundation
import GazetteCore

/// `gazette-bench generate`: a deterministic synthetic archive.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic archive (same count and seed, same bytes)."
    )

    @Option(help: "Number of articles.")
    var articles: Int

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: "Output file.")
    var output: String

    @Flag(help: "Show progress on standard error.")
    var progress = false

    func validate() throws {
        if articles < 0 { throw ValidationError("--articles must not be negative") }
    }

    func run() throws {
        let showProgress = progress || isatty(STDERR_FILENO) == 1
        let total = articles
        try SyntheticArchive(count: articles, seed: seed).write(to: URL(fileURLWithPath: output)) { done in
            if showProgress {
                FileHandle.standardError.write(Data("\rgenerating… \(done)/\(total)".utf8))
            }
        }
        if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
