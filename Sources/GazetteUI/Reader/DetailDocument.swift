import GazetteCore

/// An article laid out for the detail pane at one width: title, metadata, wrapped paragraphs
/// and link lines, with search matches marked. Built once per (article, width, query), so
/// scrolling never re-wraps text.
public struct DetailDocument: Sendable {
    /// The article shown, or nil for an empty pane.
    public let article: Int?
    /// The width the lines were wrapped to.
    public let width: Int
    /// The query whose matches are marked, as typed.
    public let queryText: String?
    /// The in-article find whose matches are marked instead of the query's, as typed.
    public let findText: String?
    /// The lines, top to bottom.
    public let lines: [DetailLine]
    /// Indices of lines holding at least one match.
    public let matchLines: [Int]

    /// An empty document.
    public static let empty = DetailDocument(article: nil, width: 0, queryText: nil, findText: nil, lines: [], matchLines: [])

    init(article: Int?, width: Int, queryText: String?, findText: String?, lines: [DetailLine], matchLines: [Int]) {
        self.article = article
        self.width = width
        self.queryText = queryText
        self.findText = findText
        self.lines = lines
        self.matchLines = matchLines
    }

    /// Lays out `archive.articles[index]` at `width` columns. Matches of `find` (anywhere in
    /// the article) are marked when it is given, else the search `query`'s (title and body).
    public init(archive: Archive, graph: LinkGraph, article index: Int, width: Int, query: SearchQuery?, find: FindQuery? = nil) {
        let article = archive.articles[index]
        let wrapWidth = max(1, width)
        var lines: [DetailLine] = []
        func add(_ text: String, _ kind: DetailLine.Kind, search: Bool = true) {
            let safe = TextSanitizer.sanitize(text)
            let ranges = find.map { $0.matchRanges(in: safe) } ?? (search ? (query?.matchRanges(in: safe) ?? []) : [])
            for wrapped in TextWrapper.wrap(safe, width: wrapWidth) {
                let highlights = ranges.compactMap { range -> Range<String.Index>? in
                    let lower = max(range.lowerBound, wrapped.range.lowerBound)
                    let upper = min(range.upperBound, wrapped.range.upperBound)
                    return lower < upper ? lower..<upper : nil
                }
                lines.append(DetailLine(text: safe[wrapped.range], kind: kind, highlights: highlights))
            }
        }
        add(article.title, .title)
        let metadata = [article.date?.text, article.source, article.url].compactMap { $0 }
        if !metadata.isEmpty { add(metadata.joined(separator: " · "), .metadata, search: false) }
        for paragraph in article.body {
            lines.append(.blank)
            add(paragraph, .body)
        }
        var linkLines: [(String, DetailLine.Kind)] = []
        for direction in [LinkDirection.previous, .next] {
            guard let link = article.link(direction) else { continue }
            let arrow = direction == .previous ? "← previous: " : "→ next: "
            if let target = graph.target(from: index, direction) {
                linkLines.append((arrow + archive.articles[target].title, .link(direction)))
            } else {
                linkLines.append((arrow + link.title + " (not in this archive)", .brokenLink(direction)))
            }
        }
        if !linkLines.isEmpty {
            lines.append(.blank)
            for (text, kind) in linkLines { add(text, kind, search: false) }
        }
        self.init(
            article: index, width: width, queryText: query?.text, findText: find?.text, lines: lines,
            matchLines: lines.indices.filter { !lines[$0].highlights.isEmpty })
    }
}
