import ArgumentParser
import Foundation
import GazetteCore
import GazetteUI

/// `gazette show`: one article as plain wrapped text, its links at the end like the reader.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one article, wrapped, with its previous/next links.",
        discussion: """
            ARTICLE is an id, a URL, or a title (exact, or its unique beginning; case, spacing and \
            quote style do not matter). Exit 2 when nothing or several articles match.
            """
    )

    @Argument(help: "The article's id, URL or title.")
    var article: String

    @Argument(help: "The archive file (default: the bundled data/bjast.json).")
    var archive: String?

    @Option(help: "Wrap to this many columns (default: the terminal's width, else 80).")
    var width: Int?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        if let width, width < 10 { throw ValidationError("--width must be at least 10") }
    }

    func run() throws {
        let (url, archive) = try ArchiveLocator.load(archive)
        let graph = LinkGraph(articles: archive.articles)
        let index: Int
        switch ArticleFinder(articles: archive.articles).find(article) {
        case .resolved(let target, _):
            index = target
        case .broken(.ambiguous(let candidates)):
            let ids = candidates.prefix(5).map { SafeText.line(archive.articles[$0].id.rawValue) }.joined(separator: ", ")
            throw Console.fail("\"\(SafeText.line(article))\" matches \(candidates.count) articles (\(ids)\(candidates.count > 5 ? ", …" : "")); give an id")
        case .broken(.notFound):
            throw Console.fail("no article in \(url.relativePath) matches \"\(SafeText.line(article))\"")
        }
        if json {
            var root = JSONObject()
            root.append("archive", ArticleJSON.archive(archive, file: url.relativePath))
            root.append("article", ArticleJSON.article(archive, index, graph: graph, body: true))
            ArticleJSON.print(.object(root))
            return
        }
        let style = OutputStyle.standardOutput
        let columns = width ?? OutputStyle.terminalWidth ?? 80
        let document = DetailDocument(archive: archive, graph: graph, article: index, width: columns, query: nil)
        var output = ""
        for line in document.lines {
            let text = String(line.text)
            switch line.kind {
            case .title: output += style.bold(text)
            case .metadata, .brokenLink: output += style.dim(text)
            default: output += text
            }
            output += "\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
