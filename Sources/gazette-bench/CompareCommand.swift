import ArgumentParser
import Foundation
import GazetteCore

/// `gazette-bench compare`: times common command-line tools on the same file next to Gazette's load.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Time jq, python3's json module and ripgrep on an archive next to Gazette's own load time.",
        discussion: """
            Runs `jq '.articles|length' FILE`, `python3 -c 'import json,sys; json.load(open(sys.argv[1]))' FILE` \
            and `rg -c -i -w WORD FILE` (WORD: the archive's most frequent word unless --word is given), \
            each tool that is installed, and prints each time and its ratio to Gazette's load time \
            (parse, decode and link resolution). Each measurement is the best of --repeat runs.
            """
    )

    @Argument(help: "Archive file (format v1).")
    var file: String

    @Option(name: .long, help: "Word for ripgrep (default: the most frequent word of the archive).")
    var word: String?

    @Option(name: .long, help: "Runs per measurement; the fastest counts.")
    var `repeat` = 1

    func validate() throws {
        guard (1...20).contains(`repeat`) else { throw ValidationError("--repeat must be between 1 and 20, got \(`repeat`)") }
    }

    func run() throws {
        let url = URL(fileURLWithPath: file)
        var loadSeconds = Double.infinity
        var archive: Archive?
        for _ in 0..<`repeat` {
            do {
                let start = MonotonicClock.now()
                let loaded = try ArchiveLoader.load(contentsOf: url)
                _ = LinkGraph(articles: loaded.articles)
                loadSeconds = min(loadSeconds, MonotonicClock.seconds(since: start))
                archive = loaded
            } catch {
                throw BenchConsole.fail("\(error)")
            }
        }
        let searchWord = word ?? archive.flatMap { archive in
            QueryPicker.pick(from: archive.articles).queries.first { $0.kind == .commonWord }?.text
        } ?? "the"
        let tools = [
            ExternalTool(name: "jq", arguments: [".articles|length", url.path], label: "jq '.articles|length'"),
            ExternalTool(
                name: "python3", arguments: ["-c", "import json,sys; json.load(open(sys.argv[1]))", url.path],
                label: "python3 json.load"),
            ExternalTool(name: "rg", arguments: ["-c", "-i", "-w", searchWord, url.path], label: "rg -c -i -w \(searchWord)"),
        ]
        BenchConsole.output("gazette load (parse + links)".padding(toLength: 34, withPad: " ", startingAt: 0)
            + Format.seconds(loadSeconds).padding(toLength: 12, withPad: " ", startingAt: 0) + "1.00×")
        for tool in tools {
            let label = tool.label.padding(toLength: 34, withPad: " ", startingAt: 0)
            guard let executable = tool.executablePath() else {
                BenchConsole.output(label + "skipped: \(tool.name) is not installed (not found in PATH)")
                continue
            }
            do {
                var best = Double.infinity
                for _ in 0..<`repeat` { best = min(best, try tool.time(executable)) }
                BenchConsole.output(label + Format.seconds(best).padding(toLength: 12, withPad: " ", startingAt: 0)
                    + Format.fixed(best / loadSeconds, 2) + "× Gazette's load")
            } catch {
                BenchConsole.output(label + "failed: \(error)")
            }
        }
    }
}
