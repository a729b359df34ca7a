import ArgumentParser
import Foundation
import GazetteCore

/// `gazette import`: page dumps into an archive.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import plain-text page dumps (or RSS/Atom feeds) into an archive.",
        discussion: """
            Each PAGE becomes one article; pages link to each other by their next/previous titles. \
            Without -o the archive is written to standard output. --into merges into an existing \
            archive (the same page imported twice stays one article); that file is only replaced \
            when -o names it. Exit 1 when some pages failed, 2 when nothing could be imported.
            """
    )

    /// What the input files are.
    enum InputFormat: String, ExpressibleByArgument, CaseIterable {
        case page, rss, atom
    }

    @Argument(help: "Page dump files (or feeds with --format); '-' reads standard input.")
    var pages: [String]

    @Option(help: "Input format: page (plain-text page dumps), rss or atom.")
    var format: InputFormat = .page

    @Option(name: .customLong("into"), help: "An existing archive (or JSON Feed) to merge the pages into.")
    var into: String?

    @Option(name: [.short, .customLong("output")], help: "Where to write the archive (atomically).")
    var output: String?

    @Option(help: "The archive's title (new archives; default: the first page's site or 'Imported pages').")
    var title: String?

    @Option(help: "The page's URL (a single page only).")
    var url: String?

    @Option(help: "The page's date, YYYY-MM-DD or an ISO 8601 date-time (a single page only).")
    var date: String?

    @Option(help: "The publishing site, recorded on every imported article.")
    var source: String?

    func validate() throws {
        if pages.isEmpty { throw ValidationError("give at least one PAGE (or '-' for standard input)") }
        if pages.count > 1 && (url != nil || date != nil) {
            throw ValidationError("--url and --date apply to a single page; \(pages.count) were given")
        }
        if let date, ArticleDate(date) == nil {
            throw ValidationError("--date '\(date)' is not an ISO 8601 date (YYYY-MM-DD)")
        }
    }

    func run() throws {
        var base = Archive(metadata: ArchiveMetadata(title: title ?? "Imported pages", source: source), articles: [])
        if let into {
            do {
                base = try ArchiveOpener.open(contentsOf: URL(fileURLWithPath: into))
            } catch {
                throw Console.fail(error.description)
            }
            if let title { base.metadata.title = title }
        }
        let overrides = PageImporter.Overrides(url: url, date: date.flatMap(ArticleDate.init), source: source)
        var articles: [Article] = []
        var failures = 0
        for page in pages {
            let name = page == "-" ? "<stdin>" : page
            let data: Data
            do {
                data = page == "-" ? FileHandle.standardInput.readDataToEndOfFile()
                    : try Data(contentsOf: URL(fileURLWithPath: page))
            } catch {
                Console.error("gazette: \(name): cannot read: \(FileManager.default.fileExists(atPath: page) ? "unreadable" : "no such file")")
                failures += 1
                continue
            }
            if format != .page {
                do {
                    let feed = try FeedImporter.importFeed(
                        data: data, fileName: name, format: format == .rss ? .rss : .atom)
                    if into == nil && title == nil && articles.isEmpty { base.metadata = feed.metadata }
                    articles.append(contentsOf: feed.articles.map { article in
                        var article = article
                        if let source { article.source = source }
                        return article
                    })
                } catch {
                    Console.error("gazette: \(SafeText.line(error.description))")
                    failures += 1
                }
                continue
            }
            let (text, invalidLine) = PageImporter.decode(data)
            if let invalidLine {
                Console.error("gazette: warning: \(name):\(invalidLine): invalid UTF-8 replaced with U+FFFD")
            }
            do {
                let parsed = try PageParser.parse(text, fileName: name)
                articles.append(PageImporter.article(for: parsed, overrides: overrides))
            } catch {
                Console.error("gazette: \(SafeText.line(error.description))")
                failures += 1
            }
        }
        guard !articles.isEmpty else { throw Console.fail("nothing imported: every page failed") }
        let archive = PageImporter.merge(articles, into: base)
        if let output {
            do {
                try ArchiveWriter.write(archive, to: URL(fileURLWithPath: output))
            } catch {
                throw Console.fail("\(error)")
            }
            Console.error("imported \(articles.count) page(s) into \(output) (\(archive.articles.count) articles)")
        } else {
            FileHandle.standardOutput.write(ArchiveWriter.data(for: archive))
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
