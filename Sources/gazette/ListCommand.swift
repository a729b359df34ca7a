import ArgumentParser
import Foundation
import GazetteCore

/// `gazette list`: the articles of an archive, one per line.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles of an archive.",
        discussion: """
            Each line: date (or blanks), id, title. --json prints one document (see README, Scripting), \
            with each article's read and bookmarked marks from the reader's saved state.
            """
    )

    /// Orders `list` can print in.
    enum Sort: String, ExpressibleByArgument, CaseIterable {
        case archive, date, title

        /// The order in GazetteCore's terms.
        var articleSort: ArticleSort {
            switch self {
            case .archive: .archive
            case .date: .dateDescending
            case .title: .title
            }
        }
    }

    @Argument(help: "The archive file (default: the bundled data/bjast.json).")
    var archive: String?

    @Option(help: "Order: archive (as stored), date (newest first) or title.")
    var sort: Sort = .archive

    @Option(help: "Only articles dated on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only articles dated on or before this day (YYYY-MM-DD).")
    var until: String?

    @Flag(help: "Only articles bookmarked in the reader (m).")
    var bookmarked = false

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, ArticleDate(value) == nil {
                throw ValidationError("\(name) '\(value)' is not an ISO 8601 date (YYYY-MM-DD)")
            }
        }
    }

    func run() throws {
        let (url, archive) = try ArchiveLocator.load(archive)
        let loaded = UserStateStore(environment: ProcessInfo.processInfo.environment).load(forArchive: url)
        if let warning = loaded.warning { Console.error("gazette: warning: \(warning)") }
        let userState = loaded.state
        var indices = selectedIndices(archive)
        if bookmarked {
            indices.removeAll { !userState.bookmarked.contains(archive.articles[$0].id) }
        }
        if json {
            let graph = LinkGraph(articles: archive.articles)
            var root = JSONObject()
            root.append("archive", ArticleJSON.archive(archive, file: url.relativePath))
            root.append("count", .number(String(indices.count)))
            root.append("articles", .array(indices.map { index in
                var article = ArticleJSON.article(archive, index, graph: graph)
                if case .object(var object) = article {
                    let id = archive.articles[index].id
                    object.append("read", .bool(userState.read.contains(id)))
                    object.append("bookmarked", .bool(userState.bookmarked.contains(id)))
                    article = .object(object)
                }
                return article
            }))
            ArticleJSON.print(.object(root))
            return
        }
        // Lines go out in large chunks of bytes, never through one huge string.
        let chunk = 1 << 20
        var output: [UInt8] = []
        output.reserveCapacity(chunk + 4_096)
        for index in indices {
            let article = archive.articles[index]
            if let date = article.date {
                output += date.text.utf8.prefix(10)  // YYYY-MM-DD, validated ASCII
            } else {
                output += repeatElement(UInt8(ascii: " "), count: 10)
            }
            output += "  ".utf8
            output += SafeText.line(article.id.rawValue).utf8
            output += "  ".utf8
            output += SafeText.line(article.title).utf8
            output.append(UInt8(ascii: "\n"))
            if output.count >= chunk {
                FileHandle.standardOutput.write(Data(output))
                output.removeAll(keepingCapacity: true)
            }
        }
        if !output.isEmpty { FileHandle.standardOutput.write(Data(output)) }
    }

    func selectedIndices(_ archive: Archive) -> [Int] {
        let low = since.flatMap(ArticleDate.init)?.dayText
        let high = until.flatMap(ArticleDate.init)?.dayText
        let indices = archive.articles.indices.filter { index in
            guard low != nil || high != nil else { return true }
            guard let day = archive.articles[index].date?.dayText else { return false }
            return (low.map { day >= $0 } ?? true) && (high.map { day <= $0 } ?? true)
        }
        return sort.articleSort.sorted(indices, in: archive)
    }
}
