import Foundation

/// Byte-wise comparisons of strings' UTF-8, the order of the title-prefix index.
///
/// Swift's own `String` comparison works on extended grapheme clusters under canonical
/// equivalence; the prefix index needs plain bytes so that "starts with" and "sorts before" agree.
enum UTF8Order {
    /// Negative, zero or positive as `lhs` sorts before, equal to or after `rhs`.
    static func compare(_ lhs: String, _ rhs: String) -> Int {
        withBytes(lhs) { left in withBytes(rhs) { right in compare(left, right) } }
    }

    /// Whether the UTF-8 of `text` starts with the UTF-8 of `prefix`.
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        withBytes(text) { whole in
            withBytes(prefix) { start in
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

    private static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) {
            return result
        }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
