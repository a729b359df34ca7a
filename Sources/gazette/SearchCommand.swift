import ArgumentParser
import Foundation
import GazetteCore

/// `gazette search`: ranked hits for a query, like grep for an archive.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search an archive; ranked hits with a snippet around the first match.",
        discussion: """
            Query syntax: words (all must match), "quoted phrases", prefix*. Matching ignores case \
            and accents; CJK text matches by characters. Exit 0 with hits, 1 with none (like grep), \
            2 on bad input. A fresh persisted index in $XDG_CACHE_HOME/gazette (default \
            ~/.cache/gazette) answers at once; without one, the archive is read through once \
            (a third of what building the index costs). The reader saves the index, and so does \
            `gazette index`; --no-cache or GAZETTE_NO_CACHE=1 does not use it.
            """
    )

    @Argument(help: "The query.")
    var query: String

    @Argument(help: "The archive file (default: the bundled data/bjast.json).")
    var archive: String?

    @Option(help: "At most this many hits.")
    var limit: Int?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @Flag(name: .customLong("no-cache"), help: "Read the archive through; do not use a persisted index.")
    var noCache = false

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if SearchQuery(query).isEmpty { throw ValidationError("the query has no words to search for") }
    }

    func run() throws {
        let url = try ArchiveLocator.url(for: archive)
        let file = try ArchiveLocator.read(url)
        let cache = noCache ? nil : SearchIndexCache(environment: ProcessInfo.processInfo.environment)
        let searchQuery = SearchQuery(query)
        // The persisted index is looked up on other threads (read, and the file hashed when
        // the index is for this version of it).
        let prefetch = cache.map { SearchIndexPrefetch(file: file, cache: $0) }
        var cached: SearchIndex?
        switch prefetch?.wait() {
        case .hit(let index): cached = index
        case .corrupt(let warning): Console.error("gazette: warning: \(warning)")
        case .miss, nil: break
        }
        // A fresh index that knows where its articles lie answers alone: only the hits are
        // decoded from the file.
        if let cached, let directory = cached.directory {
            let (hits, total) = cached.searchCounting(searchQuery, limit: limit)
            let articles = ParallelMap.map(hits.count) { directory.article(hits[$0].articleIndex, in: file) }
            if articles.allSatisfy({ $0 != nil }) {
                try report(searchQuery, hits: hits, articles: articles.compactMap { $0 }, total: total,
                           metadata: directory.metadata, articleCount: directory.count, file: url.relativePath)
                return
            }
        }
        let archive = try ArchiveLocator.decode(file)
        // No fresh index: reading every article once for this query costs a third of building
        // the index, and gives the same hits.
        let (hits, total) = if let cached, cached.articleCount == archive.articles.count {
            cached.searchCounting(searchQuery, limit: limit)
        } else {
            SearchScan(searchQuery).searchCounting(in: archive.articles, limit: limit)
        }
        try report(searchQuery, hits: hits, articles: hits.map { archive.articles[$0.articleIndex] }, total: total,
                   metadata: archive.metadata, articleCount: archive.articles.count, file: url.relativePath)
    }

    /// Prints the hits of `searchQuery` (`articles` are their articles, in order) as text or
    /// JSON; exit code 1 when there are none.
    private func report(
        _ searchQuery: SearchQuery, hits: [SearchHit], articles: [Article], total: Int,
        metadata: ArchiveMetadata, articleCount: Int, file: String
    ) throws {
        if json {
            var root = JSONObject()
            root.append("query", .string(query))
            root.append("archive", ArticleJSON.archive(metadata: metadata, articleCount: articleCount, file: file))
            root.append("total", .number(String(total)))
            root.append("hits", .array(ParallelMap.map(hits.count) { rank in
                let hit = hits[rank], article = articles[rank]
                var object = JSONObject()
                object.append("rank", .number(String(rank + 1)))
                object.append("index", .number(String(hit.articleIndex)))
                object.append("id", .string(article.id.rawValue))
                object.append("title", .string(article.title))
                object.append("date", article.date.map { .string($0.text) } ?? .null)
                object.append("score", .number(String(format: "%.4f", hit.score)))
                object.append("snippet", .string(Snippet(query: searchQuery, article: article).plain))
                return .object(object)
            }))
            ArticleJSON.print(.object(root))
        } else {
            let style = OutputStyle.standardOutput
            let lines = ParallelMap.map(articles.count) { rank in
                let article = articles[rank]
                let date = article.date?.dayText ?? String(repeating: " ", count: 10)
                let title = Snippet.highlighting(SafeText.line(article.title), query: searchQuery, style: style)
                var lines = "\(date)  \(SafeText.line(article.id.rawValue))  \(style.bold(title))\n"
                let snippet = Snippet(query: searchQuery, article: article)
                if !snippet.plain.isEmpty { lines += "    \(snippet.styled(style))\n" }
                return lines
            }
            var output = Data()
            output.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count })
            for line in lines { output.append(contentsOf: line.utf8) }
            FileHandle.standardOutput.write(output)
        }
        if hits.isEmpty { throw ExitCode(1) }
    }
}
