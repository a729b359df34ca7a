import ArgumentParser
import Foundation
import GazetteCore

/// `gazette index`: builds an archive's search index and saves it in the cache, so that every
/// later `gazette search` of this version of the archive answers from it.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build and save an archive's search index, for fast repeated searches.",
        discussion: """
            The index goes to $XDG_CACHE_HOME/gazette (default ~/.cache/gazette), keyed by the \
            archive's path, size, modification time and a hash of its bytes; the reader saves it \
            too. A fresh index is left as it is. Exit 0 when a fresh index is saved or already \
            there, 2 when the archive cannot be read or the index cannot be saved.
            """
    )

    @Argument(help: "The archive file (default: the bundled data/bjast.json).")
    var archive: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let cache = SearchIndexCache(environment: environment) else {
            throw Console.fail("the index cache is turned off (GAZETTE_NO_CACHE is set)")
        }
        let url = try ArchiveLocator.url(for: archive)
        let file = try ArchiveLocator.read(url)
        let path = cache.fileURL(forArchivePath: file.stamp.path).path
        switch cache.load(for: file, articleCount: nil) {
        case .hit(let index):
            Console.output("the search index of \(SafeText.line(url.relativePath)) (\(Self.articles(index.articleCount))) is up to date: \(SafeText.line(path))")
            return
        case .corrupt(let warning): Console.error("gazette: warning: \(warning)")
        case .miss: break
        }
        let archive = try ArchiveLocator.decode(file)
        let clock = ContinuousClock()
        let start = clock.now
        let progress = ProgressLine("indexing")
        // Saved without skip blocks: they are made where queries run, after loading.
        let index = SearchIndex(articles: archive.articles, directory: ArchiveDirectory(archive), makingBlocks: false) {
            progress.update($0, of: $1)
        }
        progress.finish()
        if let problem = cache.store(index, for: file) { throw Console.fail(problem) }
        let elapsed = (clock.now - start).components
        let seconds = String(format: "%.1f", Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
        Console.output("indexed \(Self.articles(index.articleCount)) of \(SafeText.line(url.relativePath)) in \(seconds) s: \(SafeText.line(path))")
    }

    private static func articles(_ count: Int) -> String {
        count == 1 ? "1 article" : "\(count) articles"
    }
}
