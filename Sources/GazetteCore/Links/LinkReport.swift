/// Summary of how an archive's next/previous links resolved.
public struct LinkReport: Hashable, Sendable {
    /// Number of links present (each article has zero, one or two).
    public var totalLinks: Int
    /// Resolved links per rule; every rule is present, with 0 when unused.
    public var resolvedByRule: [LinkRule: Int]
    /// Number of links that resolved (the sum of ``resolvedByRule``).
    public var resolvedCount: Int
    /// The broken links in archive order, an article's previous link before its next link.
    public var broken: [BrokenLink]
    /// How many of ``broken`` are ambiguous rather than not found.
    public var ambiguousCount: Int

    /// Creates a report; rules missing from `resolvedByRule` are recorded as 0.
    public init(
        totalLinks: Int,
        resolvedByRule: [LinkRule: Int],
        resolvedCount: Int,
        broken: [BrokenLink],
        ambiguousCount: Int
    ) {
        var counts = resolvedByRule
        for rule in LinkRule.allCases where counts[rule] == nil {
            counts[rule] = 0
        }
        self.totalLinks = totalLinks
        self.resolvedByRule = counts
        self.resolvedCount = resolvedCount
        self.broken = broken
        self.ambiguousCount = ambiguousCount
    }

    /// How many of ``broken`` match no article at all.
    public var notFoundCount: Int {
        broken.count - ambiguousCount
    }
}
