/// Draws ranks `0..<count` with Zipf's law: rank r has weight 1 / (r + 1). The exponent is fixed
/// at 1, so no platform-dependent `pow` is involved and draws are reproducible.
struct ZipfSampler: Sendable {
    /// Running sums of the weights; the last one is the total.
    private let cumulative: [Double]

    /// A sampler over `count` ranks (at least one).
    init(count: Int) {
        var sums: [Double] = []
        sums.reserveCapacity(max(1, count))
        var total = 0.0
        for rank in 0..<max(1, count) {
            total += 1.0 / Double(rank + 1)
            sums.append(total)
        }
        cumulative = sums
    }

    /// How many ranks there are.
    var count: Int { cumulative.count }

    /// A rank, small ranks being the most frequent.
    func draw(using random: inout SplitMix64) -> Int {
        let target = random.unit() * cumulative[cumulative.count - 1]
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] <= target {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }
}
