/// Lookup tables over an archive's articles that resolve one ``ArticleLink`` at a time.
///
/// Ids, URLs, exact titles and normalized titles are hash lookups; the title-prefix rule binary
/// searches a list of normalized titles sorted by their UTF-8 bytes, where all titles starting
/// with a given prefix form one contiguous range. Building is O(n log n), resolving a link
/// O(length + log n).
struct LinkIndex {
    private var ids: [ArticleID: Int] = [:]
    private var urls = IndexTable<String>()
    private var exactTitles = IndexTable<String>()
    private var normalizedTitles = IndexTable<String>()
    /// Normalized title of every article, by article index.
    private var keys: [String]
    /// Article indices ordered by (normalized title bytes, index).
    private var sortedByKey: [Int]

    init(articles: [Article]) {
        keys = articles.map { TitleNormalizer.normalize($0.title) }
        ids.reserveCapacity(articles.count)
        for (index, article) in articles.enumerated() {
            if ids[article.id] == nil { ids[article.id] = index }
            if let url = article.url, let key = Self.urlKey(url) { urls.insert(key, index) }
            exactTitles.insert(article.title, index)
            normalizedTitles.insert(keys[index], index)
        }
        let keys = keys
        sortedByKey = Array(articles.indices).sorted { lhs, rhs in
            let order = UTF8Order.compare(keys[lhs], keys[rhs])
            return order != 0 ? order < 0 : lhs < rhs
        }
    }

    /// Applies the rules of ``LinkRule`` in order.
    func resolve(_ link: ArticleLink) -> LinkResolution {
        if let id = link.id, let index = ids[id] {
            return .resolved(target: index, rule: .id)
        }
        if let url = link.url, let key = Self.urlKey(url), case .unique(let index) = urls.lookup(key) {
            return .resolved(target: index, rule: .url)
        }
        switch exactTitles.lookup(link.title) {
        case .unique(let index): return .resolved(target: index, rule: .exactTitle)
        case .several(let candidates): return .broken(.ambiguous(candidates: candidates))
        case .none: break
        }
        let key = TitleNormalizer.normalize(link.title)
        switch normalizedTitles.lookup(key) {
        case .unique(let index): return .resolved(target: index, rule: .normalizedTitle)
        case .several(let candidates): return .broken(.ambiguous(candidates: candidates))
        case .none: break
        }
        guard key.count >= LinkGraph.minimumPrefixLength else { return .broken(.notFound) }
        let range = prefixRange(key)
        switch range.count {
        case 0:
            return .broken(.notFound)
        case 1:
            return .resolved(target: sortedByKey[range.lowerBound], rule: .titlePrefix)
        default:
            let kept = range.prefix(LinkGraph.maximumCandidates).map { sortedByKey[$0] }
            return .broken(.ambiguous(candidates: kept.sorted()))
        }
    }

    /// Positions in ``sortedByKey`` whose normalized titles start with `prefix` (byte-wise).
    func prefixRange(_ prefix: String) -> Range<Int> {
        // Titles starting with `prefix` are >= `prefix` and precede every larger title that
        // does not start with it, so both ends are partition points.
        let lower = partitionPoint { UTF8Order.compare(keys[$0], prefix) < 0 }
        let upper = partitionPoint { UTF8Order.compare(keys[$0], prefix) < 0 || UTF8Order.hasPrefix(keys[$0], prefix) }
        return lower..<upper
    }

    /// The first position in ``sortedByKey`` whose article fails `belongsBefore`.
    private func partitionPoint(_ belongsBefore: (Int) -> Bool) -> Int {
        var low = 0
        var high = sortedByKey.count
        while low < high {
            let middle = low + (high - low) / 2
            if belongsBefore(sortedByKey[middle]) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }
}
