import ArgumentParser
import Foundation
import GazetteCore

/// `gazette-bench generate`: writes a deterministic synthetic archive (format v1).
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic archive: same --articles and --seed, same bytes.",
        discussion: """
            Articles: Zipf-distributed words from a generated vocabulary (with accented words), \
            5% CJK articles, titles of 30-150 characters, 1-12 paragraphs of 300-6,000 characters, \
            dates 2000-2024, URLs, sources, chains of 1-500 articles joined by next/previous link \
            titles (10% cut short, 2% broken). About 3 KB per article. The file is streamed and \
            replaced atomically.
            """
    )

    /// Most articles `generate` accepts.
    static let maximumArticles = 5_000_000

    @Option(name: .long, help: "Number of articles (0-5000000).")
    var articles: Int

    @Option(name: .long, help: "Seed (an unsigned 64-bit integer).")
    var seed: UInt64 = 1

    @Option(name: [.short, .customLong("output")], help: "Archive file to write.")
    var output: String

    @Flag(name: .long, help: "One paragraph of about 300 characters per article (about 0.8 KB each), for archives of millions.")
    var short = false

    @Flag(name: .long, help: "Show progress on standard error even when it is not a terminal.")
    var progress = false

    func validate() throws {
        guard (0...Self.maximumArticles).contains(articles) else {
            throw ValidationError("--articles must be between 0 and \(Self.maximumArticles), got \(articles)")
        }
        guard !output.isEmpty else { throw ValidationError("-o/--output must name a file") }
    }

    func run() throws {
        let url = URL(fileURLWithPath: output)
        let showProgress = progress || BenchConsole.standardErrorIsTerminal
        let started = MonotonicClock.now()
        if showProgress { BenchConsole.progress("laying out \(articles) articles…") }
        let archive = SyntheticArchive(articleCount: articles, seed: seed, shortBodies: short)
        do {
            try archive.write(to: url) { written, total in
                guard showProgress else { return }
                let percent = total > 0 ? written * 100 / total : 100
                BenchConsole.progress("writing \(url.lastPathComponent): \(written)/\(total) articles (\(percent)%)")
            }
        } catch {
            if showProgress { BenchConsole.endProgress() }
            throw BenchConsole.fail("\(error)")
        }
        if showProgress { BenchConsole.endProgress() }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        let seconds = MonotonicClock.seconds(since: started)
        BenchConsole.error(
            "wrote \(output): \(articles) articles, seed \(seed), "
                + "\(size.map(Format.bytes) ?? "unknown size") in \(Format.seconds(seconds))")
    }
}
