import Foundation

/// Decodes an archive straight from its bytes into articles, without building a JSON tree,
/// leaving bodies as raw byte ranges (see ``ArticleBody``).
///
/// It is the fast path for valid files only: at the first problem of any kind it gives up
/// (returns nil) and the loader runs the full parser and ``ArchiveDecoder``, which word the
/// error with its line, column, article and field. So both paths accept exactly the same
/// files, and this one never has to explain anything. It also gives up on what the tree
/// decoder resolves by its own rules (repeated member names: the last one wins there) and on
/// escaped member names.
///
/// Large article arrays are decoded by several threads at once (see ``ArticleRun``).
struct ArchiveFastDecoder {
    var parser: JSONParser
    let source: ArchiveBytes
    /// Bytes before this offset were handed back to the kernel.
    var released = 0
    static let releaseStep = 16 << 20
    /// Article arrays at least this long (in bytes) per thread are split between threads.
    static let defaultSplitBytes = 4 << 20

    init(parser: JSONParser, source: ArchiveBytes) {
        self.parser = parser
        self.source = source
    }

    /// The archive, or nil when anything is unusual or wrong. `splitBytes` is the least
    /// share of the article array worth a thread of its own; `threads` caps the threads.
    static func decode(
        _ source: ArchiveBytes, splitBytes: Int = defaultSplitBytes,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> Archive? {
        source.data.withUnsafeBytes { raw in
            var decoder = ArchiveFastDecoder(parser: JSONParser(bytes: raw), source: source)
            return try? decoder.decodeDocument(splitBytes: max(1, splitBytes), threads: max(1, min(threads, 8)))
        }
    }

    struct GiveUp: Error {}

    private mutating func decodeDocument(splitBytes: Int, threads: Int) throws -> Archive {
        var format: String?, version: String?, title: String?, source: String?
        var decoded: (articles: [Article], positions: ArticlePositions, starts: [Int])?
        var seen = Set<String>()
        var pending = try firstKey()
        while let key = pending {
            guard seen.insert(key).inserted else { throw GiveUp() }
            switch key {
            case "format": format = try string()
            case "version":
                guard parser.current == UInt8(ascii: "-") || isDigit(parser.current) else { throw GiveUp() }
                version = try parser.parseNumber()
            case "title": title = try string()
            case "source": source = try optionalString()
            case "articles": decoded = try decodeArticles(splitBytes: splitBytes, threads: threads)
            default: try parser.skipValue(depthLimit: 256)
            }
            pending = try nextKey()
        }
        parser.skipWhitespace()
        guard parser.position == parser.bytes.count, format == Archive.formatName,
              let version, let number = Int(version), number >= 1, number <= Archive.formatVersion,
              let title, !ArchiveFastDecoder.isBlank(title), let decoded else { throw GiveUp() }
        var archive = Archive(
            metadata: ArchiveMetadata(title: title, source: source), articles: decoded.articles,
            positions: decoded.positions)
        archive.articleStarts = decoded.starts
        return archive
    }

    /// The article array, on one thread or split between several.
    private mutating func decodeArticles(
        splitBytes: Int, threads: Int
    ) throws -> (articles: [Article], positions: ArticlePositions, starts: [Int]) {
        guard try firstElement() else { return ([], ArticlePositions([:]), []) }
        let starts = ArticleRun.splitCandidates(
            in: parser.bytes, from: parser.position, parts: min(threads, (parser.bytes.count - parser.position) / splitBytes))
        let (articles, positions, articleStarts, end) = try ArticleRun.decode(
            from: parser.position, candidates: starts, source: self.source)
        parser.position = end
        return (articles, positions, articleStarts)
    }

    /// Decodes articles from the position (an element of the article array) until the array
    /// ends, or until the position after an article is one of `stops` (the first of them
    /// passed without landing on one is dropped, and so on).
    mutating func decodeArticles(stops: ArraySlice<Int>) throws -> (run: ArticleRun, stoppedAt: Int?) {
        var run = ArticleRun()
        var stops = stops
        while true {
            run.starts.append(parser.position)
            let article = try decodeArticle()
            guard run.positions.updateValue(run.articles.count, forKey: article.id) == nil else { throw GiveUp() }
            run.articles.append(article)
            // Bodies stay in the file: let the pages decoded so far leave memory.
            if parser.position - released >= ArchiveFastDecoder.releaseStep {
                source.dropResidentPages(released..<parser.position)
                released = parser.position
            }
            guard try nextElement() else { return (run, nil) }
            while let stop = stops.first, parser.position >= stop {
                if parser.position == stop { return (run, stop) }
                stops.removeFirst()
            }
        }
    }

    /// True when the text is empty or only white space (Unicode-aware), checking the first
    /// byte before trimming anything.
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
        return text.trimmingWhitespace.isEmpty
    }

    private func isDigit(_ byte: UInt8?) -> Bool {
        byte.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false
    }

    /// Enters an object; returns its first key (the position at its value), or nil when empty.
    private mutating func firstKey() throws -> String? {
        try enterObject() ? key() : nil
    }

    /// After a member's value: the next key, or nil at the object's end.
    private mutating func nextKey() throws -> String? {
        try nextMember() ? key() : nil
    }

    private mutating func key() throws -> String {
        let key = try string()
        try expectColon()
        return key
    }
}
