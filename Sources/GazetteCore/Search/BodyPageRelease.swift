/// Lets the archive pages of the bodies a pass has read leave memory every few MB, for
/// passes that read the bodies of consecutive articles once (an index build, a search scan):
/// reading a body again faults its pages back from the file. Bodies not kept raw in the
/// file's bytes are ignored; bytes that are not a file mapping keep their pages
/// (``ArchiveBytes/dropResidentPages(_:)``).
struct BodyPageRelease {
    /// Bytes read between two releases.
    static let step = 8 << 20
    private var source: ArchiveBytes?
    /// The bytes read and not yet released.
    private var released = 0
    private var end = 0

    /// Notes that `body` was read, releasing what was read once that reaches ``step``.
    mutating func read(_ body: ArticleBody) {
        guard let (source, range) = body.rawRange else { return }
        if self.source == nil {
            self.source = source
            released = range.lowerBound
        }
        end = range.upperBound
        if end - released >= BodyPageRelease.step { release() }
    }

    /// Releases what was read since the last release.
    mutating func release() {
        guard let source, end > released else { return }
        source.dropResidentPages(released..<end)
        released = end
    }
}
