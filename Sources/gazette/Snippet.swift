import GazetteCore

/// One line of context around the first match in an article's body (or its first words).
struct Snippet {
    static let before = 40
    static let after = 80

    let text: String
    let matches: [Range<String.Index>]

    init(query: SearchQuery, article: Article) {
        for paragraph in article.body {
            let safe = SafeText.line(paragraph)
            if let first = query.matchRanges(in: safe).first {
                let start = safe.index(first.lowerBound, offsetBy: -Snippet.before, limitedBy: safe.startIndex) ?? safe.startIndex
                let end = safe.index(first.upperBound, offsetBy: Snippet.after, limitedBy: safe.endIndex) ?? safe.endIndex
                var window = String(safe[start..<end])
                if start > safe.startIndex { window = "…" + window }
                if end < safe.endIndex { window += "…" }
                text = window
                matches = query.matchRanges(in: window)
                return
            }
        }
        let first = SafeText.line(article.body.first ?? "")
        text = first.count > Snippet.before + Snippet.after ? String(first.prefix(Snippet.before + Snippet.after)) + "…" : first
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
