/// Turns an ``Archive`` into its format v1 JSON document, fields in a fixed order.
enum ArchiveEncoder {
    static func document(for archive: Archive) -> JSONValue {
        var root = JSONObject()
        root.append("format", .string(Archive.formatName))
        root.append("version", .number(String(Archive.formatVersion)))
        root.append("title", .string(archive.metadata.title))
        root.append("source", archive.metadata.source.map(JSONValue.string))
        root.append("articles", .array(archive.articles.map(value(for:))))
        return .object(root)
    }

    static func value(for article: Article) -> JSONValue {
        var object = JSONObject()
        object.append("id", .string(article.id.rawValue))
        object.append("title", .string(article.title))
        object.append("date", article.date.map { .string($0.text) })
        object.append("url", article.url.map(JSONValue.string))
        object.append("source", article.source.map(JSONValue.string))
        object.append("body", .array(article.body.map(JSONValue.string)))
        object.append("previous", article.previous.map(value(for:)))
        object.append("next", article.next.map(value(for:)))
        return .object(object)
    }

    static func value(for link: ArticleLink) -> JSONValue {
        var object = JSONObject()
        object.append("title", .string(link.title))
        object.append("id", link.id.map { .string($0.rawValue) })
        object.append("url", link.url.map(JSONValue.string))
        return .object(object)
    }
}
