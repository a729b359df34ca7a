import ArgumentParser
import Foundation
import GazetteCore

/// `gazette export`: an archive in another format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export an archive as a JSON Feed 1.1 (next/previous links kept in \"_gazette\").",
        discussion: "Without -o the feed is written to standard output; with -o it is written atomically."
    )

    /// Formats `export` writes.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonfeed
    }

    @Argument(help: "The archive file (default: the bundled data/bjast.json).")
    var archive: String?

    @Option(help: "Output format.")
    var format: Format = .jsonfeed

    @Option(name: [.short, .customLong("output")], help: "Where to write the result.")
    var output: String?

    func run() throws {
        let (_, archive) = try ArchiveLocator.load(archive)
        let data = JSONFeed.data(for: archive)
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try AtomicFile.write(data, to: URL(fileURLWithPath: output))
        } catch {
            throw Console.fail("\(error)")
        }
    }
}
