/// Percentiles of a set of measured durations, in seconds.
struct LatencySummary {
    /// Number of measurements.
    let count: Int
    /// Median (nearest-rank).
    let p50: Double
    /// 99th percentile (nearest-rank).
    let p99: Double
    /// Largest measurement.
    let maximum: Double
    /// Arithmetic mean.
    let mean: Double

    /// Summarizes `samples`; all zero when there are none.
    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        count = sorted.count
        func rank(_ percent: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let position = Int((percent / 100 * Double(sorted.count)).rounded(.up)) - 1
            return sorted[min(max(position, 0), sorted.count - 1)]
        }
        p50 = rank(50)
        p99 = rank(99)
        maximum = sorted.last ?? 0
        mean = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count)
    }
}
