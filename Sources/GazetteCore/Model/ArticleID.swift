/// The stable identifier of an article inside an archive.
///
/// Ids are opaque, non-empty strings; the page importer derives them from the page so that
/// importing the same page twice yields the same id.
public struct ArticleID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The identifier as written in the archive.
    public let rawValue: String

    /// Creates an id from its archive spelling.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// The identifier as written in the archive.
    public var description: String { rawValue }

    /// Orders ids by their raw spelling.
    public static func < (lhs: ArticleID, rhs: ArticleID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
