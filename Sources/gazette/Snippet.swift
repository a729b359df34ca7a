import GazetteCore

/// One line of context around the first match in an article's body (or its first words).
struct Snippet {
    static let before = 40
    static let after = 80

    let text: String
    let matches: [Range<String.Index>]

    init(query: SearchQuery, article: Article) {
        var found: (text: String, matches: [Range<String.Index>])?
        var first: String?
        article.forEachParagraph { paragraph in
            let safe = SafeText.line(paragraph)
            if first == nil { first = safe }
            guard let match = query.firstMatchRange(in: safe) else { return false }
            let start = safe.index(match.lowerBound, offsetBy: -Snippet.before, limitedBy: safe.startIndex) ?? safe.startIndex
            let end = safe.index(match.upperBound, offsetBy: Snippet.after, limitedBy: safe.endIndex) ?? safe.endIndex
            var window = String(safe[start..<end])
            if start > safe.startIndex { window = "…" + window }
            if end < safe.endIndex { window += "…" }
            found = (window, query.matchRanges(in: window))
            return true
        }
        if let found {
            (text, matches) = found
            return
        }
        let lead = first ?? ""
        text = lead.count > Snippet.before + Snippet.after ? String(lead.prefix(Snippet.before + Snippet.after)) + "…" : lead
        matches = []
    }

    var plain: String { text }

    func styled(_ style: OutputStyle) -> String {
        Snippet.apply(matches, to: text, style: style)
    }

    static func highlighting(_ text: String, query: SearchQuery, style: OutputStyle) -> String {
        style.color ? apply(query.matchRanges(in: text), to: text, style: style) : text
    }

    private static func apply(_ ranges: [Range<String.Index>], to text: String, style: OutputStyle) -> String {
        guard style.color, !ranges.isEmpty else { return text }
        var result = ""
        var cursor = text.startIndex
        for range in ranges {
            result += text[cursor..<range.lowerBound]
            result += style.highlight(String(text[range]))
            cursor = range.upperBound
        }
        return result + text[cursor...]
    }
}
