import Foundation

/// Turns imported pages into an archive: stable ids, links by title resolved through the
/// ``LinkGraph`` and pinned to their target's id, and merging into an existing archive.
public enum PageImporter {
    /// Facts given on the command line for a single page.
    public struct Overrides: Sendable {
        /// The page's URL.
        public var url: String?
        /// The page's date.
        public var date: ArticleDate?
        /// The publishing site.
        public var source: String?

        /// Creates overrides.
        public init(url: String? = nil, date: ArticleDate? = nil, source: String? = nil) {
            self.url = url
            self.date = date
            self.source = source
        }
    }

    /// The article for a page.
    ///
    /// Id rule: with a URL, `u-` and the URL's path and query folded to lowercase letters,
    /// digits and dashes (so the same page keeps its id whatever the host's spelling); without
    /// one, `t-` and the 64-bit FNV-1a hash of the normalized title, in hex.
    public static func article(for page: ImportedPage, overrides: Overrides = Overrides()) -> Article {
        let url = overrides.url ?? page.url
        var date = overrides.date ?? page.date
        if date == nil, let url { date = PageParser.dateInName(url) }
        return Article(
            id: stableID(title: page.title, url: url), title: page.title, date: date, url: url,
            source: overrides.source, body: page.paragraphs,
            next: page.nextTitle.map { ArticleLink(title: $0) },
            previous: page.previousTitle.map { ArticleLink(title: $0) })
    }

    /// The id an imported page gets (see ``article(for:overrides:)``).
    public static func stableID(title: String, url: String?) -> ArticleID {
        if let url, let components = URLComponents(string: url), !components.path.isEmpty || components.query != nil {
            var slug = ""
            for scalar in (components.path + (components.query.map { "?" + $0 } ?? "")).lowercased().unicodeScalars {
                if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                    slug.unicodeScalars.append(scalar)
                } else if slug.last != "-" && !slug.isEmpty {
                    slug.append("-")
                }
            }
            while slug.last == "-" { slug.removeLast() }
            if slug.hasSuffix("-html") { slug.removeLast(5) }
            if !slug.isEmpty { return ArticleID("u-" + slug) }
        }
        return ArticleID("t-" + FNV1a.hex(TitleNormalizer.normalize(title)))
    }

    /// Merges new articles into an archive (an article with the same id is replaced in
    /// place; others are appended) and pins every link that resolves by URL or title to its
    /// target's id, so links broken before become resolved when their target arrives.
    public static func merge(_ articles: [Article], into archive: Archive) -> Archive {
        var merged = archive.articles
        var positions: [ArticleID: Int] = [:]
        for (index, article) in merged.enumerated() { positions[article.id] = index }
        for article in articles {
            if let index = positions[article.id] {
                merged[index] = article
            } else {
                positions[article.id] = merged.count
                merged.append(article)
            }
        }
        let graph = LinkGraph(articles: merged)
        for index in merged.indices {
            for direction in LinkDirection.allCases {
                guard case .resolved(let target, let rule)? = graph.resolution(from: index, direction), rule != .id else {
                    continue
                }
                let targetID = merged[target].id
                switch direction {
                case .next: merged[index].next?.id = targetID
                case .previous: merged[index].previous?.id = targetID
                }
            }
        }
        return Archive(metadata: archive.metadata, articles: merged)
    }

    /// Decodes page bytes as UTF-8, each invalid sequence replaced by U+FFFD; also returns
    /// the 1-based line of the first invalid sequence (nil when the bytes were valid), so
    /// the caller can warn `file:line`.
    public static func decode(_ data: Data) -> (text: String, firstInvalidLine: Int?) {
        if let text = String(data: data, encoding: .utf8) { return (text, nil) }
        var text = String.UnicodeScalarView()
        var line = 1
        var firstInvalidLine: Int?
        var bytes = data.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                text.append(scalar)
            case .error:
                if firstInvalidLine == nil { firstInvalidLine = line }
                text.append("\u{FFFD}")
            case .emptyInput:
                break decoding
            }
        }
        return (String(text), firstInvalidLine)
    }
}
