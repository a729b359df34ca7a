/// A sorted list of disjoint, inclusive code-point ranges, searched by bisection.
///
/// The width tables are kept as plain range literals so they stay easy to review against
/// the Unicode data files they were read from.
struct ScalarRangeTable: Sendable {
    /// Lower bounds, ascending.
    private let lowerBounds: [UInt32]
    /// Upper bounds (inclusive), parallel to `lowerBounds`.
    private let upperBounds: [UInt32]

    /// Creates a table from ranges that must be sorted and must not overlap.
    init(_ ranges: [ClosedRange<UInt32>]) {
        lowerBounds = ranges.map(\.lowerBound)
        upperBounds = ranges.map(\.upperBound)
    }

    /// The smallest code point in the table (or `UInt32.max` when empty).
    var minimum: UInt32 { lowerBounds.first ?? .max }

    /// Whether any range holds `value`.
    func contains(_ value: UInt32) -> Bool {
        guard value >= minimum, let last = upperBounds.last, value <= last else { return false }
        var low = 0
        var high = lowerBounds.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < lowerBounds[middle] {
                high = middle - 1
            } else if value > upperBounds[middle] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Whether the ranges are ascending and disjoint; checked by the tests.
    var isSortedAndDisjoint: Bool {
        for index in lowerBounds.indices {
            if lowerBounds[index] > upperBounds[index] { return false }
            if index > 0 && lowerBounds[index] <= upperBounds[index - 1] { return false }
        }
        return true
    }
}
