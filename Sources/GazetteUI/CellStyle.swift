/// How a cell is drawn: a semantic role (mapped to colours by the terminal layer) plus
/// attributes. Views choose roles; only the screen decides what a role looks like.
public struct CellStyle: Hashable, Sendable {
    /// The semantic role of a cell, resolved to colours by the screen.
    public enum Role: UInt8, CaseIterable, Hashable, Sendable {
        /// Ordinary text.
        case normal
        /// The selected row of a focused list.
        case selection
        /// The selected row of an unfocused list.
        case inactiveSelection
        /// A search match.
        case match
        /// The status bar.
        case status
        /// Pane titles and headings.
        case heading
        /// Secondary information: dates, sources, separators.
        case secondary
        /// A next/previous link that resolves to an article.
        case link
        /// A link whose target is not in the archive.
        case brokenLink
        /// Messages that report a problem.
        case error
    }

    /// Text attributes that combine with any role.
    public struct Attributes: OptionSet, Hashable, Sendable {
        /// Raw bit mask.
        public let rawValue: UInt8
        /// Creates attributes from a bit mask.
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Bold text.
        public static let bold = Attributes(rawValue: 1 << 0)
        /// Dimmed text.
        public static let dim = Attributes(rawValue: 1 << 1)
        /// Underlined text.
        public static let underline = Attributes(rawValue: 1 << 2)
        /// Reverse video.
        public static let reverse = Attributes(rawValue: 1 << 3)
    }

    /// The semantic role.
    public var role: Role
    /// Extra attributes.
    public var attributes: Attributes

    /// Creates a style.
    public init(_ role: Role = .normal, _ attributes: Attributes = []) {
        self.role = role
        self.attributes = attributes
    }

    /// Ordinary text with no attributes.
    public static let plain = CellStyle()
}
