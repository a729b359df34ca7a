/// The archive-wide skeleton of a synthetic archive, computed up front in O(n): each article's
/// title and script, the chains that join articles by next/previous links, and publication days.
///
/// Everything else about an article (body, links as printed, URL, time of day) is derived from
/// its own random stream when it is written, so the full archive never has to be in memory.
struct SyntheticArchivePlan: Sendable {
    /// Share of articles written in CJK ideographs.
    static let cjkShare = 0.05
    /// Longest chain of linked articles.
    static let maximumChainLength = 500
    /// First publication day (2000-01-01) in days since 1970-01-01.
    static let firstDay = 10_957
    /// Number of days the publication dates cover (2000-01-01 to 2024-12-30).
    static let daySpan = 9_130

    /// Titles, unique across the archive.
    let titles: [String]
    /// Whether each article is a CJK one.
    let isCJK: [Bool]
    /// The article each article's previous link points at, or -1 at the start of a chain.
    let previous: [Int32]
    /// The article each article's next link points at, or -1 at the end of a chain.
    let next: [Int32]
    /// Publication day of each article, in days since 1970-01-01.
    let day: [Int32]
    /// Every title, for checking that a made-up link title names no article.
    let titleSet: Set<String>

    /// Lays out `count` articles for a seed.
    init(count: Int, seed: UInt64, text: SyntheticText) {
        var random = SplitMix64(seed: seed, stream: 0x706C_616E)
        var titles: [String] = []
        var isCJK: [Bool] = []
        var titleSet = Set<String>()
        titles.reserveCapacity(count)
        isCJK.reserveCapacity(count)
        titleSet.reserveCapacity(count)
        for _ in 0..<count {
            let cjk = random.chance(Self.cjkShare)
            var title = text.title(cjk: cjk, using: &random)
            while !titleSet.insert(title).inserted {
                title = text.title(cjk: cjk, using: &random)
            }
            titles.append(title)
            isCJK.append(cjk)
        }

        // Chains: a random permutation of the articles cut into runs of 1–500, so that a chain's
        // articles are scattered through the file as in a real dump.
        var order = Array(0..<count)
        if count > 1 {
            for position in stride(from: count - 1, to: 0, by: -1) {
                order.swapAt(position, random.below(position + 1))
            }
        }
        var previous = [Int32](repeating: -1, count: count)
        var next = [Int32](repeating: -1, count: count)
        var day = [Int32](repeating: 0, count: count)
        var start = 0
        while start < count {
            let shape = random.unit()
            let wanted = 1 + Int(Double(Self.maximumChainLength - 1) * shape * shape * shape)
            let end = min(count, start + wanted)
            // Up to three days between consecutive articles; the chain ends within the span.
            var current = Self.firstDay + random.below(max(1, Self.daySpan - 3 * (end - start)))
            for position in start..<end {
                let article = order[position]
                day[article] = Int32(current)
                current += random.between(0...3)
                if position > start { previous[article] = Int32(order[position - 1]) }
                if position < end - 1 { next[article] = Int32(order[position + 1]) }
            }
            start = end
        }
        self.titles = titles
        self.isCJK = isCJK
        self.previous = previous
        self.next = next
        self.day = day
        self.titleSet = titleSet
    }

    /// How many articles the plan lays out.
    var count: Int { titles.count }
}
