/// The outcome of resolving one next/previous link.
public enum LinkResolution: Hashable, Sendable {
    /// The link points at the article with index `target`, found by `rule`.
    case resolved(target: Int, rule: LinkRule)
    /// The link is broken; it keeps its text but leads nowhere.
    case broken(BrokenLinkReason)

    /// The target article's index when the link resolved, otherwise `nil`.
    public var target: Int? {
        if case .resolved(let target, _) = self { return target }
        return nil
    }
}
