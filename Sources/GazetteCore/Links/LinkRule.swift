/// The rule that resolved a next/previous link, in the order ``LinkGraph`` tries them.
public enum LinkRule: String, CaseIterable, Hashable, Sendable, Codable {
    /// The link's id equals an article's id.
    case id
    /// The link's URL equals an article's URL (whitespace, one trailing `/` and the case of
    /// scheme and host ignored).
    case url
    /// The link's title equals exactly one article's title.
    case exactTitle = "exact-title"
    /// The link's title equals exactly one article's title after ``TitleNormalizer/normalize(_:)``.
    case normalizedTitle = "normalized-title"
    /// The normalized link title (at least ``LinkGraph/minimumPrefixLength`` characters) starts
    /// exactly one article's normalized title: the source site cut the title short.
    case titlePrefix = "title-prefix"
}

extension LinkRule {
    /// The rule's place in ``allCases`` (the order the rules are tried in).
    var order: Int {
        switch self {
        case .id: 0
        case .url: 1
        case .exactTitle: 2
        case .normalizedTitle: 3
        case .titlePrefix: 4
        }
    }
}
