/// A next or previous link as an archive records it.
///
/// A page dump only knows the target's title as printed, which the source site may cut short;
/// when the target is known more precisely the link also carries its `id` or `url`.
/// Resolution to an article happens in ``LinkGraph``; an unresolvable link is kept, not dropped.
public struct ArticleLink: Hashable, Sendable {
    /// The target's title as printed on the page (possibly truncated).
    public var title: String
    /// The target article's id, when known.
    public var id: ArticleID?
    /// The target article's URL, when known.
    public var url: String?

    /// Creates a link.
    public init(title: String, id: ArticleID? = nil, url: String? = nil) {
        self.title = title
        self.id = id
        self.url = url
    }
}
