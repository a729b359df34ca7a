import Foundation
@testable import GazetteCore

/// Seeded random mutations of byte strings, for the mutation tests: each call picks one to
/// three edits (bit flips, interesting bytes and tokens, insertions, deletions, duplicated
/// or spliced ranges, truncation), so inputs stay close to valid and reach deep code.
struct ByteMutator {
    /// Bytes that mean something to JSON, UTF-8, the page format or a terminal.
    static let interestingBytes: [UInt8] = [
        0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x20, 0x22, 0x2C, 0x2D, 0x2E, 0x30, 0x3A, 0x5B, 0x5C, 0x5D,
        0x65, 0x7B, 0x7D, 0x7F, 0x80, 0x9B, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xF8, 0xFF,
    ]

    /// Fragments that are meaningful to the parsers.
    static let interestingTokens: [[UInt8]] = [
        "\\uD800", "\\uDC00", "\\u0000", "\\u001b", "\\", "\"", "[[[[", "]]]]", "{\"\":", "1e999999", "-0",
        "0.0e-", "null", "true", "false", "\"articles\":", "\"id\":", "\"title\":", "\"body\":[",
        "\"next\":{\"title\":", "\"version\":2", "\"date\":\"2021-02-30\"", "•", "• ----", "[next]:",
        "[previous]:", "Date:", "Date:2021-13-45 25:61", "\r\n", "\u{2028}", "\u{202E}", "\u{1B}]0;x\u{7}",
    ].map { Array($0.utf8) }

    private var random: SplitMix64

    /// A mutator whose sequence of edits is fixed by `seed`.
    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// A uniform integer in `0..<bound` (0 when `bound` ≤ 1).
    mutating func below(_ bound: Int) -> Int {
        random.below(bound)
    }

    /// `input` with one to three random edits, at most `maximumCount` bytes long;
    /// `donor` supplies ranges for splicing.
    mutating func mutate(_ input: [UInt8], donor: [UInt8], maximumCount: Int) -> [UInt8] {
        var bytes = input
        for _ in 0...below(3) {
            edit(&bytes, donor: donor)
        }
        if bytes.count > maximumCount { bytes.removeSubrange(maximumCount...) }
        return bytes
    }

    private mutating func edit(_ bytes: inout [UInt8], donor: [UInt8]) {
        let position = below(bytes.count + 1)
        switch below(9) {
        case 0 where position < bytes.count:
            bytes[position] ^= UInt8(1 << below(8))
        case 1 where position < bytes.count:
            bytes[position] = Self.interestingBytes[below(Self.interestingBytes.count)]
        case 2:
            bytes.insert(Self.interestingBytes[below(Self.interestingBytes.count)], at: position)
        case 3:
            bytes.insert(contentsOf: Self.interestingTokens[below(Self.interestingTokens.count)], at: position)
        case 4 where position < bytes.count:
            let end = min(bytes.count, position + 1 + below(16))
            bytes.removeSubrange(position..<end)
        case 5 where position < bytes.count:
            let end = min(bytes.count, position + 1 + below(64))
            bytes.insert(contentsOf: bytes[position..<end], at: below(bytes.count + 1))
        case 6 where !donor.isEmpty:
            let start = below(donor.count)
            let end = min(donor.count, start + 1 + below(128))
            bytes.insert(contentsOf: donor[start..<end], at: position)
        case 7:
            bytes.removeSubrange(position...)
        default:
            if position < bytes.count { bytes[position] = UInt8(truncatingIfNeeded: random.next()) }
        }
    }
}
