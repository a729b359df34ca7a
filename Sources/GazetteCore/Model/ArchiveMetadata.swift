/// Archive-wide descriptive fields.
public struct ArchiveMetadata: Hashable, Sendable {
    /// Human-readable name of the archive, shown in the status bar.
    public var title: String
    /// Where the archive's articles come from (a site name or URL), when known.
    public var source: String?

    /// Creates archive metadata.
    public init(title: String, source: String? = nil) {
        self.title = title
        self.source = source
    }
}
