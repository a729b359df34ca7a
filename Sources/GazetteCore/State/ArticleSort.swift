import Foundation

/// An order for a list of articles. Ties keep archive order; undated articles go last.
public enum ArticleSort: String, CaseIterable, Hashable, Sendable {
    /// As stored in the archive.
    case archive
    /// Newest first.
    case dateDescending = "date-descending"
    /// Oldest first.
    case dateAscending = "date-ascending"
    /// By title (natural order: "Story 2" before "Story 10").
    case title

    /// The next order in the cycle the reader's `s` key walks: date ↓, date ↑, title, archive.
    public var next: ArticleSort {
        switch self {
        case .archive: .dateDescending
        case .dateDescending: .dateAscending
        case .dateAscending: .title
        case .title: .archive
        }
    }

    /// A short label for the status bar.
    public var label: String {
        switch self {
        case .archive: "archive order"
        case .dateDescending: "date ↓"
        case .dateAscending: "date ↑"
        case .title: "title"
        }
    }

    /// `indices` (into `archive.articles`) in this order.
    public func sorted(_ indices: [Int], in archive: Archive) -> [Int] {
        let articles = archive.articles
        switch self {
        case .archive:
            return indices.sorted()
        case .dateDescending, .dateAscending:
            let newestFirst = self == .dateDescending
            return indices.sorted { lhs, rhs in
                switch (articles[lhs].date, articles[rhs].date) {
                case let (l?, r?) where l != r: return newestFirst ? r < l : l < r
                case (_?, nil): return true
                case (nil, _?): return false
                default: return lhs < rhs
                }
            }
        case .title:
            return indices.sorted {
                let order = articles[$0].title.localizedStandardCompare(articles[$1].title)
                return order != .orderedSame ? order == .orderedAscending : $0 < $1
            }
        }
    }
}
