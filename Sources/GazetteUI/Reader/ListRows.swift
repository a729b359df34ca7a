import GazetteCore

/// The articles on the list's rows, in order.
enum ListRows: Sendable {
    /// Every article, in archive order.
    case archive(count: Int)
    /// A search's hits in ranking order, put in order only as far as the list is read.
    case hits(RankedHits)
    /// These articles, in this order (sorted, filtered).
    case articles([Int])

    /// Number of rows.
    var count: Int {
        switch self {
        case .archive(let count): count
        case .hits(let hits): hits.count
        case .articles(let articles): articles.count
        }
    }

    /// The article on `row` (below ``count``).
    func article(atRow row: Int) -> Int {
        switch self {
        case .archive: row
        case .hits(let hits): hits.articleIndex(atRank: row)
        case .articles(let articles): articles[row]
        }
    }

    /// The row of `article`, if it is listed.
    func row(of article: Int) -> Int? {
        switch self {
        case .archive(let count): (0..<count).contains(article) ? article : nil
        case .hits(let hits): hits.rank(ofArticle: article)
        case .articles(let articles): articles.firstIndex(of: article)
        }
    }
}
