import Foundation

/// Byte-wise comparisons of strings' UTF-8, the order of the title-prefix index.
///
/// Swift's own `String` comparison works on extended grapheme clusters under canonical
/// equivalence; the prefix index needs plain bytes so that "starts with" and "sorts before" agree.
enum UTF8Order {
    /// Negative, zero or positive as `lhs` sorts before, equal to or after `rhs`.
    static func compare(_ lhs: String, _ rhs: String) -> Int {
        var lhs = lhs
        var rhs = rhs
        return lhs.withUTF8 { left in rhs.withUTF8 { right in compare(left, right) } }
    }

    /// Whether the UTF-8 of `text` starts with the UTF-8 of `prefix`.
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        var text = text
        var prefix = prefix
        return text.withUTF8 { whole in
            prefix.withUTF8 { start in
                whole.count >= start.count && compare(UnsafeBufferPointer(rebasing: whole.prefix(start.count)), start) == 0
            }
        }
    }

    private static func compare(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Int {
        let shared = min(lhs.count, rhs.count)
        if shared > 0, let left = lhs.baseAddress, let right = rhs.baseAddress {
            let order = memcmp(left, right, shared)
            if order != 0 { return order < 0 ? -1 : 1 }
        }
        return lhs.count == rhs.count ? 0 : (lhs.count < rhs.count ? -1 : 1)
    }
}
