import ArgumentParser

/// `gazette-bench`: synthetic archives and the performance benchmark.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette-bench",
        abstract: "Generate synthetic archives and measure Gazette on them (use a release build).",
        subcommands: [GenerateCommand.self, RunCommand.self, CompareCommand.self]
    )
}
