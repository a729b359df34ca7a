/// Why an archive could not be loaded, with where: the file and either a line and column
/// (malformed JSON) or an article and field (a JSON document that breaks the format).
public struct ArchiveError: Error, CustomStringConvertible, Hashable, Sendable {
    /// The category of problem.
    public enum Kind: Hashable, Sendable {
        /// The file could not be read.
        case unreadable
        /// The bytes are not JSON.
        case malformedJSON
        /// The JSON does not follow the archive format.
        case schema
        /// The archive declares a version this build cannot read.
        case unsupportedVersion
    }

    /// The category of problem.
    public var kind: Kind
    /// The file as named by the user.
    public var file: String
    /// 1-based line, for malformed JSON.
    public var line: Int?
    /// 1-based column in characters, for malformed JSON.
    public var column: Int?
    /// 0-based index in `articles`, for a problem inside an article.
    public var articleIndex: Int?
    /// The article's id, when it has a readable one.
    public var articleID: String?
    /// The field at fault (`title`, `body[3]`, `next.title`, …).
    public var field: String?
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(
        kind: Kind, file: String, line: Int? = nil, column: Int? = nil, articleIndex: Int? = nil,
        articleID: String? = nil, field: String? = nil, reason: String
    ) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.articleIndex = articleIndex
        self.articleID = articleID
        self.field = field
        self.reason = reason
    }

    /// One line: `file:line:column: malformed JSON: …` or
    /// `file: articles[3] (id "x"): field "title": …`.
    public var description: String {
        var parts = [file]
        if let line, let column { parts[0] += ":\(line):\(column)" }
        if let articleIndex {
            var article = "articles[\(articleIndex)]"
            if let articleID { article += " (id \"\(ArchiveError.printable(articleID))\")" }
            parts.append(article)
        }
        if let field { parts.append("field \"\(field)\"") }
        // Reasons may quote the input (a bad escape's character), so they are made safe too.
        let reason = SafeText.line(reason)
        switch kind {
        case .malformedJSON: parts.append("malformed JSON: \(reason)")
        case .unreadable: parts.append("cannot read: \(reason)")
        case .schema, .unsupportedVersion: parts.append(reason)
        }
        return parts.joined(separator: ": ")
    }

    /// Text from the file made safe for a one-line message (controls shown as their
    /// pictures, bidi controls dropped, see ``SafeText``), cut at 60 characters.
    static func printable(_ text: String) -> String {
        let safe = SafeText.line(text)
        return safe.count > 60 ? safe.prefix(60) + "…" : safe
    }
}
