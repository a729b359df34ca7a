import Foundation

extension LinkIndex {
    /// The form in which URLs are compared: surrounding whitespace and one trailing `/` removed,
    /// scheme and host lowercased (user info, path, query and fragment keep their case).
    /// `nil` for a URL that is empty after trimming.
    static func urlKey(_ url: String) -> String? {
        var text = url.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasSuffix("/") { text.removeLast() }
        guard !text.isEmpty else { return nil }
        guard let separator = text.range(of: "://") else { return text }
        let scheme = text[..<separator.lowerBound].lowercased()
        let rest = text[separator.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        let hostStart = authority.lastIndex(of: "@").map { authority.index(after: $0) } ?? authority.startIndex
        return scheme + "://" + authority[..<hostStart] + authority[hostStart...].lowercased() + rest[authorityEnd...]
    }
}
