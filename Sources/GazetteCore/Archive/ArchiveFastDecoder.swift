import Foundation

/// Decodes an archive straight from its bytes into articles, without building a JSON tree,
/// leaving bodies as raw byte ranges (see ``ArticleBody``).
///
/// It is the fast path for valid files only: at the first problem of any kind it gives up
/// (returns nil) and the loader runs the full parser and ``ArchiveDecoder``, which word the
/// error with its line, column, article and field. So both paths accept exactly the same
/// files, and this one never has to explain anything. It also gives up on what the tree
/// decoder resolves by its own rules (repeated member names: the last one wins there).
struct ArchiveFastDecoder {
    private var parser: JSONParser
    private let source: ArchiveBytes
    /// Bytes before this offset were handed back to the kernel.
    private var released = 0
    static let releaseStep = 16 << 20

    private init(parser: JSONParser, source: ArchiveBytes) {
        self.parser = parser
        self.source = source
    }

    /// The archive, or nil when anything is unusual or wrong.
    static func decode(_ source: ArchiveBytes) -> Archive? {
        source.data.withUnsafeBytes { raw in
            var decoder = ArchiveFastDecoder(parser: JSONParser(bytes: raw), source: source)
            return try? decoder.decodeDocument()
        }
    }

    private struct GiveUp: Error {}

    private mutating func decodeDocument() throws -> Archive {
        var format: String?, version: String?, title: String?, source: String?
        var articles: [Article]?
        var seen = Set<String>()
        var pending = try firstKey()
        while let key = pending {
            guard seen.insert(key).inserted else { throw GiveUp() }
            switch key {
            case "format": format = try string()
            case "version":
                guard parser.current == UInt8(ascii: "-") || isDigit(parser.current) else { throw GiveUp() }
                version = try parser.parseNumber()
            case "title": title = try string()
            case "source": source = try optionalString()
            case "articles": articles = try decodeArticles()
            default: try parser.skipValue(depthLimit: 256)
            }
            pending = try nextKey()
        }
        parser.skipWhitespace()
        guard parser.position == parser.bytes.count, format == Archive.formatName,
              let version, let number = Int(version), number >= 1, number <= Archive.formatVersion,
              let title, !title.trimmingWhitespace.isEmpty, let articles else { throw GiveUp() }
        return Archive(metadata: ArchiveMetadata(title: title, source: source), articles: articles)
    }

    private mutating func decodeArticles() throws -> [Article] {
        var articles: [Article] = []
        var ids = Set<ArticleID>()
        var more = try firstElement()
        while more {
            let article = try decodeArticle()
            guard ids.insert(article.id).inserted else { throw GiveUp() }
            articles.append(article)
            more = try nextElement()
            // Bodies stay in the file: let the pages decoded so far leave memory.
            if parser.position - released >= ArchiveFastDecoder.releaseStep {
                source.dropResidentPages(released..<parser.position)
                released = parser.position
            }
        }
        return articles
    }

    private mutating func decodeArticle() throws -> Article {
        var id: String?, title: String?, date: ArticleDate?, url: String?, source: String?
        var body = ArticleBody.paragraphs([])
        var next: ArticleLink?, previous: ArticleLink?
        var seen: UInt8 = 0
        var pending = try firstKey()
        while let key = pending {
            let bit: UInt8
            switch key {
            case "id": bit = 1; id = try string()
            case "title": bit = 2; title = try string()
            case "date":
                bit = 4
                if let text = try optionalString() {
                    guard let parsed = ArticleDate(text) else { throw GiveUp() }
                    date = parsed
                }
            case "url": bit = 8; url = try optionalString()
            case "source": bit = 16; source = try optionalString()
            case "body": bit = 32; body = try decodeBody()
            case "next": bit = 64; next = try decodeLink()
            case "previous": bit = 128; previous = try decodeLink()
            default: bit = 0; try parser.skipValue(depthLimit: 256)
            }
            guard seen & bit == 0 else { throw GiveUp() }
            seen |= bit
            pending = try nextKey()
        }
        guard let id, !id.isEmpty, let title, !title.trimmingWhitespace.isEmpty else { throw GiveUp() }
        var article = Article(
            id: ArticleID(id), title: title, date: date, url: url, source: source, next: next, previous: previous)
        article.storedBody = body
        return article
    }

    /// A body array of strings, kept as its byte range.
    private mutating func decodeBody() throws -> ArticleBody {
        if parser.current == UInt8(ascii: "n") {
            try parser.expectLiteral("null")
            return .paragraphs([])
        }
        let start = parser.position
        var count = 0
        var more = try firstElement()
        while more {
            guard parser.current == UInt8(ascii: "\"") else { throw GiveUp() }
            _ = try parser.skipString()
            count += 1
            more = try nextElement()
        }
        return count == 0 ? .paragraphs([]) : .raw(self.source, start..<parser.position)
    }

    private mutating func decodeLink() throws -> ArticleLink? {
        if parser.current == UInt8(ascii: "n") {
            try parser.expectLiteral("null")
            return nil
        }
        var title: String?, id: String?, url: String?
        var seen = Set<String>()
        var pending = try firstKey()
        while let key = pending {
            guard seen.insert(key).inserted else { throw GiveUp() }
            switch key {
            case "title": title = try string()
            case "id": id = try optionalString()
            case "url": url = try optionalString()
            default: try parser.skipValue(depthLimit: 256)
            }
            pending = try nextKey()
        }
        guard let title, !title.trimmingWhitespace.isEmpty, id.map({ !$0.isEmpty }) ?? true else { throw GiveUp() }
        return ArticleLink(title: title, id: id.map(ArticleID.init), url: url)
    }

    private mutating func string() throws -> String {
        guard parser.current == UInt8(ascii: "\"") else { throw GiveUp() }
        return try parser.parseString()
    }

    private mutating func optionalString() throws -> String? {
        if parser.current == UInt8(ascii: "n") {
            try parser.expectLiteral("null")
            return nil
        }
        return try string()
    }

    private func isDigit(_ byte: UInt8?) -> Bool {
        byte.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false
    }

    /// Enters an object; returns its first key (the position at its value), or nil when empty.
    private mutating func firstKey() throws -> String? {
        parser.skipWhitespace()
        guard parser.current == UInt8(ascii: "{") else { throw GiveUp() }
        parser.position += 1
        parser.skipWhitespace()
        if parser.current == UInt8(ascii: "}") {
            parser.position += 1
            return nil
        }
        return try key()
    }

    /// After a member's value: the next key, or nil at the object's end.
    private mutating func nextKey() throws -> String? {
        parser.skipWhitespace()
        if parser.current == UInt8(ascii: "}") {
            parser.position += 1
            return nil
        }
        guard parser.current == UInt8(ascii: ",") else { throw GiveUp() }
        parser.position += 1
        parser.skipWhitespace()
        return try key()
    }

    private mutating func key() throws -> String {
        let key = try string()
        parser.skipWhitespace()
        guard parser.current == UInt8(ascii: ":") else { throw GiveUp() }
        parser.position += 1
        parser.skipWhitespace()
        return key
    }

    /// Enters an array; true when an element follows (the position is at it).
    private mutating func firstElement() throws -> Bool {
        guard parser.current == UInt8(ascii: "[") else { throw GiveUp() }
        parser.position += 1
        parser.skipWhitespace()
        if parser.current == UInt8(ascii: "]") {
            parser.position += 1
            return false
        }
        return true
    }

    /// After an element: true when another follows, false at the array's end.
    private mutating func nextElement() throws -> Bool {
        parser.skipWhitespace()
        if parser.current == UInt8(ascii: "]") {
            parser.position += 1
            return false
        }
        guard parser.current == UInt8(ascii: ",") else { throw GiveUp() }
        parser.position += 1
        parser.skipWhitespace()
        return true
    }
}
