import GazetteCore

/// One screen line of the detail pane: sanitized text, its style, and the parts to highlight.
public struct DetailLine: Hashable, Sendable {
    /// What the line is, for styling.
    public enum Kind: Hashable, Sendable {
        /// Part of the article's title.
        case title
        /// Date, source and URL.
        case metadata
        /// Body text.
        case body
        /// A blank separator line.
        case blank
        /// A link that leads to an article in the archive.
        case link(LinkDirection)
        /// A link whose target is not in the archive.
        case brokenLink(LinkDirection)
    }

    /// The text (already sanitized: no control characters).
    public var text: Substring
    /// What the line is.
    public var kind: Kind
    /// Ranges of `text` that match the search.
    public var highlights: [Range<String.Index>]

    /// Creates a line.
    public init(text: Substring, kind: Kind, highlights: [Range<String.Index>] = []) {
        self.text = text
        self.kind = kind
        self.highlights = highlights
    }

    /// A blank line.
    public static let blank = DetailLine(text: "", kind: .blank)
}
