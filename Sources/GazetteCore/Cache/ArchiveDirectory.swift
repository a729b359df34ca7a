/// Where each article of an archive file starts, with the archive's metadata: what a
/// persisted search index keeps besides its postings, so that a search answered from the
/// cache decodes only its hits instead of the whole file.
///
/// It exists only for archives the fast decoder read (a Gazette archive file, not a feed):
/// their articles are JSON objects at known offsets, and the index's key (the file's hash
/// among it) guarantees the bytes are the ones the offsets were taken from.
public struct ArchiveDirectory: Sendable, Equatable {
    /// The archive's title and source.
    public let metadata: ArchiveMetadata
    /// Byte offset of each article's JSON object in the file, in archive order.
    let articleStarts: [Int]

    /// The directory of an archive decoded straight from its file; nil for one built any
    /// other way (a feed, the full decoder, articles changed since).
    public init?(_ archive: Archive) {
        guard let starts = archive.articleStarts, starts.count == archive.articles.count else { return nil }
        self.init(metadata: archive.metadata, articleStarts: starts)
    }

    init(metadata: ArchiveMetadata, articleStarts: [Int]) {
        self.metadata = metadata
        self.articleStarts = articleStarts
    }

    /// Number of articles.
    public var count: Int { articleStarts.count }

    /// Whether the offsets can describe a file of `size` bytes: increasing, inside it.
    func fits(fileSize size: Int) -> Bool {
        zip(articleStarts, articleStarts.dropFirst()).allSatisfy { $0 < $1 } && (articleStarts.last ?? 0) < max(1, size)
    }

    /// Article `index` decoded from `file` (which must be the file the directory describes);
    /// nil when the bytes there are not an article, or `index` is out of range.
    public func article(_ index: Int, in file: ArchiveFile) -> Article? {
        guard articleStarts.indices.contains(index) else { return nil }
        let source = file.bytes
        return source.data.withUnsafeBytes { raw in
            guard articleStarts[index] < raw.count else { return nil }
            var decoder = ArchiveFastDecoder(parser: JSONParser(bytes: raw), source: source)
            decoder.parser.position = articleStarts[index]
            return try? decoder.decodeArticle()
        }
    }
}
