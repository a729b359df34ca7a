import Foundation

/// JSON Feed 1.1 (jsonfeed.org): read as an archive, and write an archive as one.
///
/// Items become articles: `content_text` (split on blank lines), else `content_html` turned
/// into paragraphs; `date_published`; `url`; the first author's name as the source when the
/// feed has no title. Feeds list the newest first, so an item's previous (older) article is
/// the item after it and its next the item before it — unless the item carries Gazette's
/// extension object `_gazette` with `previous`/`next` links and the article's `source`,
/// which win (that is how an exported archive keeps its own links and sources).
public enum JSONFeed {
    /// Whether a parsed document is a JSON Feed (its `version` is a jsonfeed.org URL).
    public static func isJSONFeed(_ document: JSONValue) -> Bool {
        guard let version = document.objectValue?["version"]?.stringValue else { return false }
        return version.hasPrefix("https://jsonfeed.org/version/") || version.hasPrefix("http://jsonfeed.org/version/")
    }

    /// The archive a JSON Feed describes.
    public static func archive(from document: JSONValue, fileName: String) throws(ArchiveError) -> Archive {
        func failure(_ index: Int?, _ field: String, _ reason: String) -> ArchiveError {
            ArchiveError(kind: .schema, file: fileName, articleIndex: index, field: field, reason: reason)
        }
        guard let feed = document.objectValue else { throw failure(nil, "version", "not a JSON Feed") }
        guard let items = feed["items"]?.arrayValue else { throw failure(nil, "items", "must be an array") }
        let feedTitle = feed["title"]?.stringValue
        var articles: [Article] = []
        var seen: [String: Int] = [:]
        for (index, value) in items.enumerated() {
            guard let item = value.objectValue else { throw failure(index, "items[\(index)]", "must be an object") }
            let id: String
            switch item["id"] {
            case .string(let text)? where !text.isEmpty: id = text
            case .number(let text)?: id = text
            default: throw failure(index, "items[\(index)].id", "must be a non-empty string")
            }
            if let first = seen[id] { throw failure(index, "items[\(index)].id", "duplicate id, first used by items[\(first)]") }
            seen[id] = index
            var body: [String] = []
            if let text = item["content_text"]?.stringValue {
                body = paragraphs(ofPlainText: text)
            } else if let html = item["content_html"]?.stringValue {
                body = HTMLText.paragraphs(html)
            }
            var title = item["title"]?.stringValue.map { PageParser.collapse($0) } ?? ""
            if title.isEmpty { title = body.first.map { String($0.prefix(80)) } ?? "Untitled" }
            var date: ArticleDate?
            if let text = item["date_published"]?.stringValue ?? item["date_modified"]?.stringValue {
                guard let parsed = ArticleDate(text) else {
                    throw failure(index, "items[\(index)].date_published", "\"\(ArchiveError.printable(text))\" is not an RFC 3339 date")
                }
                date = parsed
            }
            let author = item["authors"]?.arrayValue?.first?.objectValue?["name"]?.stringValue
                ?? item["author"]?.objectValue?["name"]?.stringValue
            articles.append(Article(
                id: ArticleID(id), title: title, date: date, url: item["url"]?.stringValue,
                source: feedTitle ?? author, body: body))
        }
        // Feed order is newest first: previous (older) is the next item.
        for index in articles.indices {
            let item = items[index].objectValue
            let extensionLinks = item?["_gazette"]?.objectValue
            if let links = extensionLinks {
                articles[index].previous = link(links["previous"])
                articles[index].next = link(links["next"])
                articles[index].source = links["source"]?.stringValue
            } else {
                if index + 1 < articles.count {
                    articles[index].previous = ArticleLink(title: articles[index + 1].title, id: articles[index + 1].id)
                }
                if index > 0 {
                    articles[index].next = ArticleLink(title: articles[index - 1].title, id: articles[index - 1].id)
                }
            }
        }
        let source = feed["home_page_url"]?.stringValue ?? feed["feed_url"]?.stringValue
        return Archive(metadata: ArchiveMetadata(title: feedTitle ?? "JSON Feed", source: source), articles: articles)
    }

    static func link(_ value: JSONValue?) -> ArticleLink? {
        guard let object = value?.objectValue, let title = object["title"]?.stringValue, !title.isEmpty else { return nil }
        return ArticleLink(title: title, id: object["id"]?.stringValue.map(ArticleID.init), url: object["url"]?.stringValue)
    }

    static func paragraphs(ofPlainText text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n\n")
            .map { PageParser.collapse($0) }
            .filter { !$0.isEmpty }
    }

    /// The archive as a JSON Feed 1.1 document, Gazette's links kept in `_gazette`.
    /// A date without a time is written as midnight UTC (`YYYY-MM-DDT00:00:00Z`).
    public static func data(for archive: Archive) -> Data {
        var feed = JSONObject()
        feed.append("version", .string("https://jsonfeed.org/version/1.1"))
        feed.append("title", .string(archive.metadata.title))
        if let source = archive.metadata.source, source.hasPrefix("http://") || source.hasPrefix("https://") {
            feed.append("home_page_url", .string(source))
        }
        feed.append("items", .array(archive.articles.map { article in
            var item = JSONObject()
            item.append("id", .string(article.id.rawValue))
            item.append("url", article.url.map(JSONValue.string))
            item.append("title", .string(article.title))
            item.append("content_text", .string(article.body.joined(separator: "\n\n")))
            item.append("date_published", article.date.map { .string(rfc3339($0)) })
            if let source = article.source {
                item.append("authors", .array([.object(JSONObject([JSONMember("name", .string(source))]))]))
            }
            var links = JSONObject()
            links.append("previous", article.previous.map(ArchiveEncoder.value(for:)))
            links.append("next", article.next.map(ArchiveEncoder.value(for:)))
            links.append("source", article.source.map(JSONValue.string))
            item.append("_gazette", .object(links))
            return .object(item)
        }))
        return JSONWriter(pretty: true).data(for: .object(feed))
    }

    static func rfc3339(_ date: ArticleDate) -> String {
        guard date.time != nil else { return date.dayText + "T00:00:00Z" }
        var text = date.text.replacingOccurrences(of: " ", with: "T")
        if date.utcOffsetMinutes == nil {
            if text.count == 16 { text += ":00" }
            text += "Z"
        }
        return text
    }
}
