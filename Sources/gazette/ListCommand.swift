import ArgumentParser
import Foundation
import GazetteCore

/// `gazette list`: the articles of an archive, one per line.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles of an archive.",
        discussion: "Each line: date (or blanks), id, title. --json prints one document (see README, Scripting)."
    )

    /// Orders `list` can print in.
    enum Sort: String, ExpressibleByArgument, CaseIterable {
        case archive, date, title
    }

    @Argument(help: "The archive file (default: the bundled data/bjast.json).")
    var archive: String?

    @Option(help: "Order: archive (as stored), date (newest first) or title.")
    var sort: Sort = .archive

    @Option(help: "Only articles dated on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only articles dated on or before this day (YYYY-MM-DD).")
    var until: String?

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
        let indices = selectedIndices(archive)
        if json {
            let graph = LinkGraph(articles: archive.articles)
            var root = JSONObject()
            root.append("archive", ArticleJSON.archive(archive, file: url.relativePath))
            root.append("count", .number(String(indices.count)))
            root.append("articles", .array(indices.map { ArticleJSON.article(archive, $0, graph: graph) }))
            ArticleJSON.print(.object(root))
            return
        }
        var output = ""
        for index in indices {
            let article = archive.articles[index]
            let date = article.date?.dayText ?? String(repeating: " ", count: 10)
            output += "\(date)  \(SafeText.line(article.id.rawValue))  \(SafeText.line(article.title))\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    func selectedIndices(_ archive: Archive) -> [Int] {
        let low = since.flatMap(ArticleDate.init)?.dayText
        let high = until.flatMap(ArticleDate.init)?.dayText
        var indices = archive.articles.indices.filter { index in
            guard low != nil || high != nil else { return true }
            guard let day = archive.articles[index].date?.dayText else { return false }
            return (low.map { day >= $0 } ?? true) && (high.map { day <= $0 } ?? true)
        }
        switch sort {
        case .archive: break
        case .date:
            indices.sort { lhs, rhs in
                switch (archive.articles[lhs].date, archive.articles[rhs].date) {
                case let (l?, r?): return l != r ? r < l : lhs < rhs
                case (nil, nil): return lhs < rhs
                case (_?, nil): return true
                case (nil, _?): return false
                }
            }
        case .title:
            indices.sort {
                let order = archive.articles[$0].title.localizedStandardCompare(archive.articles[$1].title)
                return order != .orderedSame ? order == .orderedAscending : $0 < $1
            }
        }
        return indices
    }
}
