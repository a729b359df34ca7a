/// The XML feed formats `gazette import --format` understands.
public enum FeedFormat: String, CaseIterable, Sendable {
    /// RSS 2.0.
    case rss
    /// Atom (RFC 4287).
    case atom
    /// Whichever the root element says.
    case auto
}
