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
    /// The lines, top to bottom.
    public let lines: [DetailLine]
    /// Indices of lines holding at least one match.
    public let matchLines: [Int]

    /// An empty document.
    public static let empty = DetailDocument(article: nil, width: 0, queryText: nil, lines: [], matchLines: [])

    init(article: Int?, width: Int, queryText: String?, lines: [DetailLine], matchLines: [Int]) {
        self.article = article
        self.width = width
        self.queryText = queryText
        self.lines = lines
        self.matchLines = matchLines
    }

    /// Lays out `archive.articles[index]` at `width` columns.
    public init(archive: Archive, graph: LinkGraph, article index: Int, width: Int, query: SearchQuery?) {
        let article = archive.articles[index]
        let wrapWidth = max(1, width)
        var lines: [DetailLine] = []
        func add(_ text: String, _ kind: DetailLine.Kind, search: Bool = true) {
            let safe = TextSanitizer.sanitize(text)
            // Match ranges are sorted and disjoint, like the wrapped lines: one pass pairs them,
            // so a huge paragraph with many matches costs O(lines + matches), not their product.
            let ranges = search ? (query?.matchRanges(in: safe) ?? []) : []
            var firstOpen = 0
            for wrapped in TextWrapper.wrap(safe, width: wrapWidth) {
                while firstOpen < ranges.count, ranges[firstOpen].upperBound <= wrapped.range.lowerBound {
                    firstOpen += 1
                }
                var highlights: [Range<String.Index>] = []
                var candidate = firstOpen
                while candidate < ranges.count, ranges[candidate].lowerBound < wrapped.range.upperBound {
                    let lower = max(ranges[candidate].lowerBound, wrapped.range.lowerBound)
                    let upper = min(ranges[candidate].upperBound, wrapped.range.upperBound)
                    if lower < upper { highlights.append(lower..<upper) }
                    candidate += 1
                }
                lines.append(DetailLine(text: safe[wrapped.range], kind: kind, highlights: highlights))
            }
        }
        add(article.title, .title)
        // date · source · url on one line when it fits; otherwise the url gets its own line.
        let dateAndSource = [article.date?.text, article.source].compactMap { $0 }.joined(separator: " · ")
        let metadata = [dateAndSource, article.url ?? ""].filter { !$0.isEmpty }
        let oneLine = metadata.joined(separator: " · ")
        if metadata.count < 2 || DisplayWidth.of(TextSanitizer.sanitize(oneLine)) <= wrapWidth {
            if !oneLine.isEmpty { add(oneLine, .metadata, search: false) }
        } else {
            for part in metadata { add(part, .metadata, search: false) }
        }
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
            article: index, width: width, queryText: query?.text, lines: lines,
            matchLines: lines.indices.filter { !lines[$0].highlights.isEmpty })
    }
}
