/// A hash table from short tokens (1 to 16 bytes, nearly all words) to their ``TermTable``
/// ids, in front of the table while indexing.
///
/// A short token's bytes, packed little-endian into two `UInt64`s with zero padding, are its
/// key: tokens never contain a zero byte, so packing is unambiguous, and a lookup is a
/// multiply and two integer compares instead of hashing and comparing bytes. A zero low word
/// marks an empty slot (the empty token is never cached).
struct ShortTermCache {
    /// A packed token: its first 8 bytes and the next 8.
    struct Key: Equatable {
        var low: UInt64
        var high: UInt64

        @inline(__always)
        var hash: UInt64 { (low ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15 }
    }

    /// A slot: key and id side by side, so a lookup touches one cache line.
    private struct Entry {
        var key: Key
        var id: UInt32
    }

    private var entries: [Entry]
    private var mask: Int
    private var shift: UInt64
    private var count = 0

    /// Creates an empty cache sized for about `capacity` terms.
    init(capacity: Int = 1_024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        entries = [Entry](repeating: Entry(key: Key(low: 0, high: 0), id: 0), count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The packed key of `token`, or nil when it is empty or longer than 16 bytes.
    @inline(__always)
    static func key(_ token: UnsafeBufferPointer<UInt8>) -> Key? {
        guard let base = token.baseAddress, (1...16).contains(token.count) else { return nil }
        var low: UInt64 = 0, high: UInt64 = 0
        for offset in 0..<min(8, token.count) { low |= UInt64(base[offset]) << (UInt64(offset) << 3) }
        for offset in min(8, token.count)..<token.count { high |= UInt64(base[offset]) << (UInt64(offset - 8) << 3) }
        return Key(low: low, high: high)
    }

    /// The id cached for `key` (from ``key(_:)``); on a miss, `makeID()` gives it and it is kept.
    @inline(__always)
    mutating func id(for key: Key, orInsert makeID: () -> UInt32) -> UInt32 {
        var slot = Int(truncatingIfNeeded: key.hash >> shift)
        let found: UInt32? = entries.withUnsafeBufferPointer { entries in
            while true {
                let entry = entries[slot]
                if entry.key == key { return entry.id }
                if entry.key.low == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
        if let found { return found }
        let id = makeID()
        entries[slot] = Entry(key: key, id: id)
        count += 1
        if count * 2 > entries.count { grow() }
        return id
    }

    private mutating func grow() {
        let old = entries
        let size = entries.count * 2
        entries = [Entry](repeating: Entry(key: Key(low: 0, high: 0), id: 0), count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        for entry in old where entry.key.low != 0 {
            var slot = Int(truncatingIfNeeded: entry.key.hash >> shift)
            while entries[slot].key.low != 0 { slot = (slot + 1) & mask }
            entries[slot] = entry
        }
    }
}
