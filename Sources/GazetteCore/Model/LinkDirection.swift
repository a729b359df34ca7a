/// Which of an article's two links is meant.
public enum LinkDirection: String, CaseIterable, Hashable, Sendable {
    /// The article that follows this one.
    case next
    /// The article that precedes this one.
    case previous

    /// The other direction.
    public var opposite: LinkDirection {
        self == .next ? .previous : .next
    }
}
