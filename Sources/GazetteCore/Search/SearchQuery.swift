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
    }

    /// True when the query has nothing to search for.
    public var isEmpty: Bool { clauses.isEmpty }

    /// Ranges in `text` that match the query, for highlighting: tokens equal to a term or
    /// starting with a prefix, and whole phrases where their tokens stand together.
    /// Sorted and non-overlapping.
    public func matchRanges(in text: String) -> [Range<String.Index>] {
        guard !clauses.isEmpty else { return [] }
        var tokenizer = Tokenizer()
        var tokens: [(token: String, range: Range<String.Index>)] = []
        tokenizer.forEachToken(in: text) { tokens.append(($0, $1)) }
        var ranges: [Range<String.Index>] = []
        for clause in clauses {
            switch clause {
            case .term(let term):
                for entry in tokens where entry.token == term { ranges.append(entry.range) }
            case .prefix(let prefix):
                for entry in tokens where entry.token.hasPrefix(prefix) { ranges.append(entry.range) }
            case .phrase(let words):
                guard words.count <= tokens.count else { continue }
                for start in 0...(tokens.count - words.count)
                where tokens[start].token == words[0]
                    && (1..<words.count).allSatisfy({ tokens[start + $0].token == words[$0] }) {
                    ranges.append(tokens[start].range.lowerBound..<tokens[start + words.count - 1].range.upperBound)
                }
            }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<String.Index>] = []
        for range in ranges {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}
