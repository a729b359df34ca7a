/// Lookup tables over an archive's articles that resolve one ``ArticleLink`` at a time.
///
/// Ids, URLs, exact titles and normalized titles are hash lookups on bytes (``ByteKeyTable``;
/// ids, URLs and exact titles in NFC, see ``CanonicalUTF8``, so they match as `==` would);
/// the title-prefix rule binary searches the normalized titles sorted by their UTF-8 bytes,
/// where all titles starting with a given prefix form one contiguous range. Building is
/// O(n log n), resolving a link O(length + log n); no step makes a `String` per article.
/// A class: the closures of a lookup capture one reference instead of copying every table.
final class LinkIndex {
    private let ids: ByteKeyTable
    private let urls: ByteKeyTable
    private let exactTitles: ByteKeyTable
    private let normalizedTitles: ByteKeyTable
    /// Normalized titles of all articles, one after the other: article `a`'s ends at
    /// `keyEnds[a]` and starts where the previous one ends.
    private let keyBytes: [UInt8]
    private let keyEnds: [Int]
    /// Article indices ordered by (normalized title bytes, index).
    private let sortedByKey: [Int]

    /// Builds the tables; `inParts`: ids, URLs and exact titles in one part, normalized titles
    /// (and their order) in the other, both at once (see ``BothAtOnce``).
    init(articles: [Article], inParts: Bool) {
        // Built in locals: a class's `var`s would cost an exclusivity check on every access.
        let count = articles.count
        func exactParts() -> (ids: ByteKeyTable, urls: ByteKeyTable, titles: ByteKeyTable) {
            var ids = ByteKeyTable(capacity: count)
            var urls = ByteKeyTable(capacity: count)
            var exactTitles = ByteKeyTable(capacity: count)
            for index in articles.indices {
                CanonicalUTF8.withBytes(of: articles[index].id.rawValue) { ids.insert($0, article: index, keepingFirstOnly: true) }
                if let url = articles[index].url, let key = Self.urlKeyUTF8(url) {
                    CanonicalUTF8.withBytes(ofUTF8: key) { urls.insert($0, article: index) }
                }
                CanonicalUTF8.withBytes(of: articles[index].title) { exactTitles.insert($0, article: index) }
            }
            return (ids, urls, exactTitles)
        }
        func normalizedParts() -> (titles: ByteKeyTable, keyBytes: [UInt8], keyEnds: [Int], sorted: [Int]) {
            var normalizedTitles = ByteKeyTable(capacity: count)
            var keyBytes: [UInt8] = []
            var keyEnds: [Int] = []
            keyEnds.reserveCapacity(count)
            for index in articles.indices {
                let key = TitleNormalizer.normalizedUTF8(articles[index].title)
                key.withUnsafeBufferPointer { normalizedTitles.insert($0, article: index) }
                keyBytes.append(contentsOf: key)
                keyEnds.append(keyBytes.count)
            }
            return (normalizedTitles, keyBytes, keyEnds, Self.sortedByNormalizedTitle(keyBytes: keyBytes, keyEnds: keyEnds))
        }
        let (exact, normalized) = inParts ? BothAtOnce.run(exactParts, normalizedParts) : (exactParts(), normalizedParts())
        ids = exact.ids
        urls = exact.urls
        exactTitles = exact.titles
        normalizedTitles = normalized.titles
        keyBytes = normalized.keyBytes
        keyEnds = normalized.keyEnds
        sortedByKey = normalized.sorted
    }

    /// Fewest articles whose tables (and links) are built in two parts at once.
    static let inPartsThreshold = 4_096

    /// Applies the rules of ``LinkRule`` in order.
    func resolve(_ link: ArticleLink) -> LinkResolution {
        if let id = link.id, let index = CanonicalUTF8.withBytes(of: id.rawValue, { ids.first($0) }) {
            return .resolved(target: index, rule: .id)
        }
        if let url = link.url, let key = Self.urlKeyUTF8(url),
           case .unique(let index) = CanonicalUTF8.withBytes(ofUTF8: key, { urls.lookup($0) }) {
            return .resolved(target: index, rule: .url)
        }
        switch CanonicalUTF8.withBytes(of: link.title, { exactTitles.lookup($0) }) {
        case .unique(let index): return .resolved(target: index, rule: .exactTitle)
        case .several(let candidates): return .broken(.ambiguous(candidates: candidates))
        case .none: break
        }
        let key = TitleNormalizer.normalizedUTF8(link.title)
        return key.withUnsafeBufferPointer { key in
            switch normalizedTitles.lookup(key) {
            case .unique(let index): return .resolved(target: index, rule: .normalizedTitle)
            case .several(let candidates): return .broken(.ambiguous(candidates: candidates))
            case .none: break
            }
            guard Self.characterCount(key, atLeast: LinkGraph.minimumPrefixLength) else { return .broken(.notFound) }
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
    }

    /// Positions in ``sortedByKey`` whose normalized titles start with `prefix` (byte-wise).
    func prefixRange(_ prefix: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        keyBytes.withUnsafeBufferPointer { bytes in
            // Titles starting with `prefix` are >= `prefix` and precede every larger title that
            // does not start with it, so both ends are partition points.
            let lower = partitionPoint { UTF8Order.compare(key(of: $0, in: bytes), prefix) < 0 }
            let upper = partitionPoint { article in
                let title = key(of: article, in: bytes)
                let start = UnsafeBufferPointer(rebasing: title.prefix(prefix.count))
                return UTF8Order.compare(start, prefix) <= 0
            }
            return lower..<upper
        }
    }

    /// The normalized title of `article`, within `bytes` (``keyBytes``).
    private func key(of article: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        Self.key(of: article, in: bytes, ends: keyEnds)
    }

    private static func key(of article: Int, in bytes: UnsafeBufferPointer<UInt8>, ends: [Int]) -> UnsafeBufferPointer<UInt8> {
        let start = article == 0 ? 0 : ends[article - 1]
        return UnsafeBufferPointer(rebasing: bytes[start..<ends[article]])
    }

    /// The article indices ordered by (normalized title bytes, index). Each article's first
    /// eight bytes, read as a big-endian number, decide most comparisons without reading the
    /// titles themselves.
    private static func sortedByNormalizedTitle(keyBytes: [UInt8], keyEnds: [Int]) -> [Int] {
        keyBytes.withUnsafeBufferPointer { bytes in
            var entries = keyEnds.indices.map { article in
                let title = key(of: article, in: bytes, ends: keyEnds)
                var head: UInt64 = 0
                for offset in 0..<8 {
                    head = head << 8 | UInt64(offset < title.count ? title[offset] : 0)
                }
                return (head: head, article: article)
            }
            entries.sort { lhs, rhs in
                if lhs.head != rhs.head { return lhs.head < rhs.head }
                let order = UTF8Order.compare(key(of: lhs.article, in: bytes, ends: keyEnds), key(of: rhs.article, in: bytes, ends: keyEnds))
                return order != 0 ? order < 0 : lhs.article < rhs.article
            }
            return entries.map(\.article)
        }
    }

    /// Whether the UTF-8 text `bytes` has at least `minimum` characters (grapheme clusters).
    private static func characterCount(_ bytes: UnsafeBufferPointer<UInt8>, atLeast minimum: Int) -> Bool {
        if bytes.count < minimum { return false }
        if !bytes.contains(where: { $0 >= 0x80 }) { return true }
        return String(decoding: bytes, as: UTF8.self).count >= minimum
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
