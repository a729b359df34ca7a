import Foundation

/// Byte-wise comparison of UTF-8, the order of the title-prefix index.
///
/// Swift's own `String` comparison works on extended grapheme clusters under canonical
/// equivalence; the prefix index needs plain bytes so that "starts with" and "sorts before" agree.
enum UTF8Order {
    /// Negative, zero or positive as the bytes `lhs` sort before, equal or after `rhs`.
    static func compare(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Int {
        let shared = min(lhs.count, rhs.count)
        if shared > 0, let left = lhs.baseAddress, let right = rhs.baseAddress {
            let order = memcmp(left, right, shared)
            if order != 0 { return order < 0 ? -1 : 1 }
        }
        return lhs.count == rhs.count ? 0 : (lhs.count < rhs.count ? -1 : 1)
    }
}
