import ArgumentParser

/// The `gazette` command: a terminal reader for archives of news articles.
@main
struct GazetteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette",
        abstract: "Read archives of news articles in the terminal.",
        version: "0.1.0",
        subcommands: []
    )
}
