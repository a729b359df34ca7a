import ArgumentParser
import Foundation
import GazetteCore

/// `gazette validate`: loads an archive and reports its links.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check an archive and report its chains and next/previous links.",
        discussion: "Exit 0 when the archive loads (broken links are warnings), 2 with the error otherwise."
    )

    @Argument(help: "The archive file (default: the bundled data/bjast.json).")
    var archive: String?

    @Flag(help: "Print the report as one JSON document (shape in README.md).")
    var json = false

    func run() throws {
        let (url, archive) = try ArchiveLocator.load(archive)
        let graph = LinkGraph(articles: archive.articles)
        let summary = ValidationSummary(archive: archive, graph: graph, fileName: url.relativePath)
        if json {
            ArticleJSON.print(summary.json)
        } else {
            Console.output(summary.text)
        }
    }
}
