import Foundation

/// Human-readable spellings of sizes and durations.
enum Format {
    /// `312.4 MB`, `5.1 KB`, `12 B` (decimal units).
    static func bytes(_ count: Int) -> String {
        let value = Double(count)
        if value >= 1e9 { return fixed(value / 1e9, 2) + " GB" }
        if value >= 1e6 { return fixed(value / 1e6, 1) + " MB" }
        if value >= 1e3 { return fixed(value / 1e3, 1) + " KB" }
        return "\(count) B"
    }

    /// `1.234 s`, `12.3 ms`, `45 µs`, choosing the unit by magnitude.
    static func seconds(_ value: Double) -> String {
        if value >= 1 { return fixed(value, 3) + " s" }
        if value >= 1e-3 { return fixed(value * 1e3, 2) + " ms" }
        return fixed(value * 1e6, 1) + " µs"
    }

    /// `value` with `digits` decimals.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}
