extension SearchQuery {
    /// Ranges in `text` that match the query, for highlighting: tokens equal to a term or
    /// starting with a prefix, and whole phrases where their tokens stand together.
    /// Sorted and non-overlapping (touching or overlapping matches are joined).
    public func matchRanges(in text: String) -> [Range<String.Index>] {
        guard !clauses.isEmpty else { return [] }
        var spans: [Range<Int>] = []
        forEachMatch(in: text) { span, _ in
            if let span { spans.append(span) }
            return true
        }
        spans.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for span in spans {
            if let last = merged.last, span.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
            } else {
                merged.append(span)
            }
        }
        return merged.map { SearchQuery.range($0, in: text) }
    }

    /// The first of ``matchRanges(in:)``, reading `text` only as far as it needs to: once no
    /// later match can start within the first one, the rest is not tokenized.
    public func firstMatchRange(in text: String) -> Range<String.Index>? {
        guard !clauses.isEmpty else { return nil }
        var first: Range<Int>?
        forEachMatch(in: text) { span, earliestLaterStart in
            if let span, let current = first {
                if span.lowerBound < current.lowerBound {
                    // A phrase that began earlier: it comes first, joined with what it reaches.
                    first = span.upperBound >= current.lowerBound
                        ? span.lowerBound..<max(span.upperBound, current.upperBound) : span
                } else if span.lowerBound <= current.upperBound {
                    first = current.lowerBound..<max(current.upperBound, span.upperBound)
                }
            } else if let span {
                first = span
            }
            return earliestLaterStart <= first?.upperBound ?? Int.max
        }
        return first.map { SearchQuery.range($0, in: text) }
    }

    /// Calls `body` after each token of `text` with the UTF-8 span of the match ending there
    /// (nil when none), and the earliest byte a later match could start at; stops when `body`
    /// returns false. Tokens are compared as folded bytes: no string is made per token.
    private func forEachMatch(in text: String, _ body: (Range<Int>?, Int) -> Bool) {
        let words = matcher.words, phrases = matcher.phrases, terms = matcher.terms, prefixes = matcher.prefixes
        let window = matcher.window
        // The last `window` tokens: which phrase word each is (-1: none) and where it starts.
        var recentWords = [Int](repeating: -1, count: window)
        var recentStarts = [Int](repeating: 0, count: window)
        var tokenCount = 0
        var tokenizer = Tokenizer()
        tokenizer.scanTokenBytes(in: text, { token, range in
            let slot = tokenCount % window
            recentWords[slot] = words.firstIndex { SearchQuery.equal($0, token) } ?? -1
            recentStarts[slot] = range.lowerBound
            tokenCount += 1
            // A later match starts at a later token, or is a phrase starting at one of the last
            // `window - 1` tokens, the oldest of which is in slot `(tokenCount + 1) % window`.
            let earliestLater = window == 1 ? range.upperBound : recentStarts[(tokenCount + 1) % window]
            var matched = terms.contains { SearchQuery.equal($0, token) }
                || prefixes.contains { $0.count <= token.count && SearchQuery.equal($0, UnsafeBufferPointer(rebasing: token[0..<$0.count])) }
            var start = range.lowerBound
            for phrase in phrases where phrase.count <= tokenCount {
                let first = tokenCount - phrase.count
                if phrase.indices.allSatisfy({ recentWords[(first + $0) % window] == phrase[$0] }) {
                    start = min(start, recentStarts[first % window])
                    matched = true
                }
            }
            return body(matched ? start..<range.upperBound : nil, tokenCount < window ? 0 : earliestLater)
        })
    }

    /// A query's clauses as UTF-8, made once per query.
    struct Matcher: Hashable, Sendable {
        var terms: [[UInt8]] = []
        var prefixes: [[UInt8]] = []
        /// The distinct words of the phrases, and each phrase as indices into them.
        var words: [[UInt8]] = []
        var phrases: [[Int]] = []
        /// Tokens a match can span: the longest phrase, at least 1.
        var window = 1

        init(_ clauses: [Clause]) {
            for clause in clauses {
                switch clause {
                case .term(let term): terms.append(Array(term.utf8))
                case .prefix(let prefix): prefixes.append(Array(prefix.utf8))
                case .phrase(let phrase):
                    phrases.append(phrase.map { word in
                        let bytes = Array(word.utf8)
                        if let index = words.firstIndex(of: bytes) { return index }
                        words.append(bytes)
                        return words.count - 1
                    })
                }
            }
            window = max(1, phrases.map(\.count).max() ?? 1)
        }
    }

    private static func equal(_ word: [UInt8], _ token: UnsafeBufferPointer<UInt8>) -> Bool {
        word.count == token.count && word.withUnsafeBufferPointer { $0.elementsEqual(token) }
    }

    /// The string range of a UTF-8 span of `text` (spans are whole tokens, on character
    /// boundaries).
    private static func range(_ span: Range<Int>, in text: String) -> Range<String.Index> {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: span.lowerBound)
        return lower..<utf8.index(lower, offsetBy: span.count)
    }
}
