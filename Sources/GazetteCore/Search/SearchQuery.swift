/// A parsed search query: words that must all match, `"quoted phrases"` and `prefix*`.
///
/// A word that tokenizes into several tokens (`e-mail`, a run of CJK characters) is a
/// phrase. An unbalanced quote makes the rest of the query one phrase.
public struct SearchQuery: Hashable, Sendable {
    /// One condition every hit satisfies.
    enum Clause: Hashable, Sendable {
        /// A single folded token.
        case term(String)
        /// Any token starting with the folded prefix.
        case prefix(String)
        /// Consecutive folded tokens.
        case phrase([String])
    }

    /// The query as typed.
    public let text: String
    let clauses: [Clause]
    /// The clauses as bytes, for highlighting (``matchRanges(in:)``).
    let matcher: Matcher

    /// Parses a query.
    public init(_ text: String) {
        self.text = text
        var tokenizer = Tokenizer()
        var clauses: [Clause] = []
        func add(_ chunk: Substring, quoted: Bool) {
            let isPrefix = !quoted && chunk.hasSuffix("*")
            let tokens = tokenizer.tokens(in: String(isPrefix ? chunk.dropLast() : chunk))
            guard !tokens.isEmpty else { return }
            if tokens.count > 1 {
                if isPrefix {
                    clauses.append(.phrase(Array(tokens.dropLast())))
                    clauses.append(.prefix(tokens[tokens.count - 1]))
                } else {
                    clauses.append(.phrase(tokens))
                }
            } else {
                clauses.append(isPrefix ? .prefix(tokens[0]) : .term(tokens[0]))
            }
        }
        var rest = Substring(text)
        while !rest.isEmpty {
            rest = rest.drop(while: { $0.isWhitespace })
            guard let first = rest.first else { break }
            if first == "\"" {
                let body = rest.dropFirst()
                let close = body.firstIndex(of: "\"") ?? body.endIndex
                add(body[body.startIndex..<close], quoted: true)
                rest = close < body.endIndex ? body[body.index(after: close)...] : body[body.endIndex...]
            } else {
                let end = rest.firstIndex(where: { $0.isWhitespace || $0 == "\"" }) ?? rest.endIndex
                add(rest[rest.startIndex..<end], quoted: false)
                rest = rest[end...]
            }
        }
        var seen = Set<Clause>()
        self.clauses = clauses.filter { seen.insert($0).inserted }
        matcher = Matcher(self.clauses)
    }

    /// True when the query has nothing to search for.
    public var isEmpty: Bool { clauses.isEmpty }
}
