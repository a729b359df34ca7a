/// The best hits offered so far, at most `limit` of them, in any order of offering: a heap
/// whose root is the worst hit kept, so a hit that does not make it costs one comparison and
/// one that does a few swaps (not a move of every kept hit).
struct BestHits {
    /// The heap order: the worst hit at the root.
    enum WorstFirst: HeapOrder {
        static func ranksBefore(_ first: SearchHit, _ second: SearchHit) -> Bool {
            BestHits.ranksBefore(second, first)
        }
    }

    /// Most hits kept.
    let limit: Int
    private var heap = BinaryHeap<WorstFirst>()

    init(limit: Int) {
        self.limit = limit
        heap.reserveCapacity(limit)
    }

    /// The kept hits, best first (higher score first, ties in archive order).
    var hits: [SearchHit] {
        heap.elements.sorted(by: BestHits.ranksBefore)
    }

    /// The score a hit must reach to be kept (tying it is enough for an earlier article), or
    /// nil while fewer than `limit` are kept.
    var threshold: Double? {
        heap.count < limit ? nil : heap.first?.score
    }

    /// Whether a hit scoring up to `bound` could still be kept.
    @inline(__always)
    func admits(upTo bound: Double) -> Bool {
        guard heap.count >= limit else { return true }
        return heap.first.map { bound >= $0.score } ?? false
    }

    /// Keeps the hit when it is among the best so far; whether it was kept.
    @inline(__always)
    @discardableResult
    mutating func offer(_ article: Int, score: Double) -> Bool {
        let hit = SearchHit(articleIndex: article, score: score)
        if heap.count < limit {
            heap.insert(hit)
            return true
        }
        guard let worst = heap.first, BestHits.ranksBefore(hit, worst) else { return false }
        heap.replaceFirst(with: hit)
        return true
    }

    /// The ranking order: higher score first, ties in archive order.
    @inline(__always)
    static func ranksBefore(_ first: SearchHit, _ second: SearchHit) -> Bool {
        first.score != second.score ? first.score > second.score : first.articleIndex < second.articleIndex
    }
}
