import GazetteCore

/// An article laid out for the detail pane at one width: title, metadata, wrapped paragraphs
/// and link lines, with search matches marked. Wrapped once per (article, width); a new
/// query only recomputes the highlights (``highlighted(by:)``), and scrolling does neither.
public struct DetailDocument: Sendable {
    /// One wrapped piece of text (title, metadata, a paragraph, a link) and its lines.
    struct Block: Sendable {
        /// The sanitized text the block's lines are slices of.
        var text: String
        /// The block's lines in ``lines``.
        var lines: Range<Int>
        /// Whether search matches are marked in it (not in metadata and link lines).
        var searchable: Bool
    }

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
    /// The wrapped pieces of text, for recomputing highlights without wrapping again.
    let blocks: [Block]

    /// An empty document.
    public static let empty = DetailDocument(
        article: nil, width: 0, queryText: nil, findText: nil, lines: [], matchLines: [], blocks: [])

    init(
        article: Int?, width: Int, queryText: String?, findText: String?, lines: [DetailLine], matchLines: [Int],
        blocks: [Block]
    ) {
        self.article = article
        self.width = width
        self.queryText = queryText
        self.findText = findText
        self.lines = lines
        self.matchLines = matchLines
        self.blocks = blocks
    }

    /// Lays out `archive.articles[index]` at `width` columns. Matches of `find` (anywhere in
    /// the article) are marked when it is given, else the search `query`'s (title and body).
    public init(archive: Archive, graph: LinkGraph, article index: Int, width: Int, query: SearchQuery?, find: FindQuery? = nil) {
        let article = archive.articles[index]
        let wrapWidth = max(1, width)
        var lines: [DetailLine] = []
        var blocks: [Block] = []
        func add(_ text: String, _ kind: DetailLine.Kind, search: Bool = true) {
            let safe = TextSanitizer.sanitize(text)
            let first = lines.count
            for wrapped in TextWrapper.wrap(safe, width: wrapWidth) {
                lines.append(DetailLine(text: safe[wrapped.range], kind: kind))
            }
            blocks.append(Block(text: safe, lines: first..<lines.count, searchable: search))
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
        let plain = DetailDocument(
            article: index, width: width, queryText: nil, findText: nil, lines: lines, matchLines: [], blocks: blocks)
        self = plain.highlighted(by: query, find: find)
    }

    /// The same lines with the matches of `find` marked when it is given (anywhere in the
    /// article), else those of `query` (title and body; none for `nil`), without wrapping again.
    public func highlighted(by query: SearchQuery?, find: FindQuery? = nil) -> DetailDocument {
        var lines = self.lines
        var matchLines: [Int] = []
        for block in blocks {
            let ranges: [Range<String.Index>]
            if let find {
                ranges = find.matchRanges(in: block.text)
            } else if block.searchable, let query {
                ranges = query.matchRanges(in: block.text)
            } else {
                ranges = []
            }
            // Match ranges are sorted and disjoint, like the wrapped lines: one pass pairs them,
            // so a huge paragraph with many matches costs O(lines + matches), not their product.
            var firstOpen = 0
            for line in block.lines {
                let range = lines[line].text.startIndex..<lines[line].text.endIndex
                while firstOpen < ranges.count, ranges[firstOpen].upperBound <= range.lowerBound {
                    firstOpen += 1
                }
                var highlights: [Range<String.Index>] = []
                var candidate = firstOpen
                while candidate < ranges.count, ranges[candidate].lowerBound < range.upperBound {
                    let lower = max(ranges[candidate].lowerBound, range.lowerBound)
                    let upper = min(ranges[candidate].upperBound, range.upperBound)
                    if lower < upper { highlights.append(lower..<upper) }
                    candidate += 1
                }
                lines[line].highlights = highlights
                if !highlights.isEmpty { matchLines.append(line) }
            }
        }
        return DetailDocument(
            article: article, width: width, queryText: query?.text, findText: find?.text, lines: lines,
            matchLines: matchLines, blocks: blocks)
    }
}
