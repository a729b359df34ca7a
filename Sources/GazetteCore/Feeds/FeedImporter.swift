import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Imports RSS 2.0 and Atom feeds with Foundation's XML parser.
///
/// Items become articles (ids `f-` + FNV-1a of the guid, link or title, so re-importing keeps
/// them); HTML in descriptions and content becomes plain paragraphs; dates (RFC 822 for RSS,
/// RFC 3339 for Atom) become ISO 8601. Articles are linked in date order (previous = older;
/// document order when dates are missing). External entities are never resolved.
public enum FeedImporter {
    static func describe(_ code: Int?) -> String {
        switch code {
        case 4?: return "empty document"
        case 5?: return "the document ends before its elements are closed"
        case 26?: return "undeclared entity"
        case 76?: return "closing tag does not match the open element"
        case 73?, 41?: return "bad tag or attribute"
        case let code?: return "parse error \(code)"
        case nil: return "parse error"
        }
    }

    /// Parses a feed file into an archive.
    public static func importFeed(data: Data, fileName: String, format: FeedFormat = .auto) throws(FeedImportError) -> Archive {
        let delegate = FeedParserDelegate()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        // Foundation on Linux can return true and still report an error (a truncated document).
        let parsed = parser.parse()
        if !parsed || parser.parserError != nil {
            let code = parser.parserError.map { ($0 as NSError).code }
            throw FeedImportError(file: fileName, line: parser.lineNumber, column: parser.columnNumber,
                                  reason: "malformed XML: " + describe(code))
        }
        guard let root = delegate.rootName else { throw FeedImportError(file: fileName, reason: "empty document") }
        let detected: FeedFormat = root == "rss" || root == "rdf:RDF" ? .rss : root == "feed" ? .atom : .auto
        guard detected != .auto else {
            throw FeedImportError(file: fileName, line: 1, reason: "not an RSS or Atom feed (root element <\(root)>)")
        }
        if format != .auto && format != detected {
            throw FeedImportError(file: fileName, line: 1, reason: "expected \(format.rawValue), found \(detected.rawValue)")
        }
        let channelTitle = PageParser.collapse(delegate.channelTitle)
        var articles: [(article: Article, order: Int)] = []
        var seen = Set<ArticleID>()
        for (order, item) in delegate.items.enumerated() {
            var body = item.html.map(HTMLText.paragraphs) ?? []
            if body.isEmpty, let text = item.text { body = JSONFeed.paragraphs(ofPlainText: text) }
            var title = PageParser.collapse(HTMLText.paragraphs(item.title).joined(separator: " "))
            if title.isEmpty { title = body.first.map { String($0.prefix(80)) } ?? "Untitled" }
            let key = item.guid ?? item.link ?? title
            var id = PageImporter.stableID(title: key, url: nil)
            id = ArticleID("f-" + id.rawValue.dropFirst(2))
            guard seen.insert(id).inserted else { continue }
            let date = item.date.flatMap(FeedDate.parse)
            articles.append((Article(
                id: id, title: title, date: date, url: item.link,
                source: channelTitle.isEmpty ? item.author : channelTitle, body: body), order))
        }
        articles.sort { lhs, rhs in
            switch (lhs.article.date, rhs.article.date) {
            case let (l?, r?) where l != r: return l < r
            default: return lhs.order > rhs.order  // feeds list the newest first
            }
        }
        var ordered = articles.map(\.article)
        for index in ordered.indices {
            if index > 0 { ordered[index].previous = ArticleLink(title: ordered[index - 1].title, id: ordered[index - 1].id) }
            if index + 1 < ordered.count { ordered[index].next = ArticleLink(title: ordered[index + 1].title, id: ordered[index + 1].id) }
        }
        return Archive(
            metadata: ArchiveMetadata(title: channelTitle.isEmpty ? "Imported feed" : channelTitle, source: delegate.channelLink),
            articles: ordered)
    }
}
