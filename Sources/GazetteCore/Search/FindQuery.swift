import Foundation

/// A plain substring to find in one article, like `less`'s `/`: case-insensitive, no
/// query syntax, spaces included.
public struct FindQuery: Hashable, Sendable {
    /// The text looked for, as typed.
    public let text: String

    /// A find for `text`.
    public init(_ text: String) {
        self.text = text
    }

    /// Whether there is nothing to find.
    public var isEmpty: Bool { text.isEmpty }

    /// The non-overlapping ranges of `haystack` equal to the text, ignoring case, in order.
    public func matchRanges(in haystack: String) -> [Range<String.Index>] {
        guard !text.isEmpty else { return [] }
        var ranges: [Range<String.Index>] = []
        var start = haystack.startIndex
        while start < haystack.endIndex,
              let range = haystack.range(of: text, options: [.caseInsensitive], range: start..<haystack.endIndex) {
            ranges.append(range)
            start = range.upperBound > range.lowerBound ? range.upperBound : haystack.index(after: range.lowerBound)
        }
        return ranges
    }
}
