/// Turns a parsed JSON document into an ``Archive``, enforcing format version 1.
///
/// Unknown members are ignored (forward compatibility); `null` stands for an absent
/// optional field. Every violation names the article (index and id) and the field.
struct ArchiveDecoder {
    let file: String

    func decode(_ document: JSONValue) throws(ArchiveError) -> Archive {
        guard let root = document.objectValue else {
            throw schemaError(nil, nil, nil, "top level must be a JSON object, found \(article(document.typeName))")
        }
        guard root["format"]?.stringValue == Archive.formatName else {
            throw schemaError(nil, nil, "format", "expected \"\(Archive.formatName)\"")
        }
        guard let version = root["version"]?.integerValue else {
            throw schemaError(nil, nil, "version", "must be an integer")
        }
        guard version >= 1 else { throw schemaError(nil, nil, "version", "must be 1 or more, found \(version)") }
        guard version <= Archive.formatVersion else {
            throw ArchiveError(
                kind: .unsupportedVersion, file: file, field: "version",
                reason: "unsupported archive version \(version) (this Gazette reads version \(Archive.formatVersion))")
        }
        guard let title = root["title"]?.stringValue, !title.trimmingWhitespace.isEmpty else {
            throw schemaError(nil, nil, "title", "must be a non-empty string")
        }
        let source = try optionalString(root, "source", nil, nil)
        guard let items = root["articles"]?.arrayValue else {
            throw schemaError(nil, nil, "articles", "must be an array")
        }
        var articles: [Article] = []
        articles.reserveCapacity(items.count)
        var firstIndex: [String: Int] = [:]
        firstIndex.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let article = try decodeArticle(item, index: index)
            if let first = firstIndex[article.id.rawValue] {
                throw schemaError(index, article.id.rawValue, "id", "duplicate id, first used by articles[\(first)]")
            }
            firstIndex[article.id.rawValue] = index
            articles.append(article)
        }
        return Archive(metadata: ArchiveMetadata(title: title, source: source), articles: articles)
    }

    private func decodeArticle(_ value: JSONValue, index: Int) throws(ArchiveError) -> Article {
        guard let object = value.objectValue else {
            throw schemaError(index, nil, nil, "must be an object, found \(article(value.typeName))")
        }
        guard let idText = object["id"]?.stringValue, !idText.isEmpty else {
            throw schemaError(index, nil, "id", "must be a non-empty string")
        }
        guard let title = object["title"]?.stringValue else {
            throw schemaError(index, idText, "title", "must be a non-empty string")
        }
        guard !title.trimmingWhitespace.isEmpty else {
            throw schemaError(index, idText, "title", "must be a non-empty string")
        }
        var date: ArticleDate?
        if let dateText = try optionalString(object, "date", index, idText) {
            guard let parsed = ArticleDate(dateText) else {
                throw schemaError(
                    index, idText, "date",
                    "\"\(ArchiveError.printable(dateText))\" is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM])")
            }
            date = parsed
        }
        var body: [String] = []
        switch object["body"] {
        case nil, .null?: break
        case .array(let paragraphs)?:
            body.reserveCapacity(paragraphs.count)
            for (offset, paragraph) in paragraphs.enumerated() {
                guard let text = paragraph.stringValue else {
                    throw schemaError(index, idText, "body[\(offset)]", "must be a string, found \(article(paragraph.typeName))")
                }
                body.append(text)
            }
        case let other?:
            throw schemaError(index, idText, "body", "must be an array of strings, found \(article(other.typeName))")
        }
        return Article(
            id: ArticleID(idText), title: title, date: date,
            url: try optionalString(object, "url", index, idText),
            source: try optionalString(object, "source", index, idText),
            body: body,
            next: try decodeLink(object, "next", index, idText),
            previous: try decodeLink(object, "previous", index, idText))
    }

    private func decodeLink(_ object: JSONObject, _ key: String, _ index: Int, _ id: String) throws(ArchiveError) -> ArticleLink? {
        switch object[key] {
        case nil, .null?: return nil
        case .object(let link)?:
            guard let title = link["title"]?.stringValue, !title.trimmingWhitespace.isEmpty else {
                throw schemaError(index, id, "\(key).title", "must be a non-empty string")
            }
            let targetID = try optionalString(link, "id", index, id, prefix: key)
            if let targetID, targetID.isEmpty {
                throw schemaError(index, id, "\(key).id", "must be a non-empty string when present")
            }
            return ArticleLink(
                title: title, id: targetID.map(ArticleID.init),
                url: try optionalString(link, "url", index, id, prefix: key))
        case let other?:
            throw schemaError(index, id, key, "must be an object with a \"title\", found \(article(other.typeName))")
        }
    }

    private func optionalString(
        _ object: JSONObject, _ key: String, _ index: Int?, _ id: String?, prefix: String? = nil
    ) throws(ArchiveError) -> String? {
        switch object[key] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case let other?:
            let field = prefix.map { "\($0).\(key)" } ?? key
            throw schemaError(index, id, field, "must be a string, found \(article(other.typeName))")
        }
    }

    private func schemaError(_ index: Int?, _ id: String?, _ field: String?, _ reason: String) -> ArchiveError {
        ArchiveError(kind: .schema, file: file, articleIndex: index, articleID: id, field: field, reason: reason)
    }

    private func article(_ typeName: String) -> String {
        (typeName.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + typeName
    }
}

extension String {
    /// The string without leading and trailing white space (Unicode-aware).
    var trimmingWhitespace: Substring {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return slice
    }
}
