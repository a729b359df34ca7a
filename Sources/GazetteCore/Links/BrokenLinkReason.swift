/// Why a next/previous link could not be resolved to an article.
public enum BrokenLinkReason: Hashable, Sendable {
    /// No article matches the link by any rule.
    case notFound
    /// Several articles match equally well; `candidates` are their indices in ascending order.
    ///
    /// For a title prefix shared by very many articles only the first
    /// ``LinkGraph/maximumCandidates`` matches (in normalized-title order) are kept, so that a
    /// hostile archive cannot make resolution quadratic.
    case ambiguous(candidates: [Int])
}
