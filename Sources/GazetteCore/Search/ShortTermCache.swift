import CPrefetch

/// A hash table from short tokens (1 to 16 bytes, nearly all words) to their ``TermTable``
/// ids, in front of the table while indexing.
///
/// A ``PackedToken`` is its own key: a lookup is a multiply and one or two integer compares
/// instead of hashing and comparing bytes. Tokens of up to 8 bytes (most words) live in a
/// table of 16-byte entries, longer ones in one of 24-byte entries: the lookups of a shard
/// stay within a core's L2 cache. A zero key marks an empty entry (the empty token is never
/// cached).
///
/// Each entry also keeps a mark for the builder: the term's slot among the distinct terms of
/// the article being indexed, so that grouping an article's tokens by term costs no memory
/// access beyond the lookup itself (see ``idAndSlot(for:base:slotCount:orInsert:)``).
struct ShortTermCache {
    private var short: Table<UInt64>
    private var long: Table<PackedToken>

    /// Creates an empty cache sized for about `capacity` terms.
    init(capacity: Int = 1_024) {
        short = Table(capacity: capacity)
        long = Table(capacity: capacity / 4)
    }

    /// The id cached for `key` (on a miss, `makeID()` gives it and it is kept) and its slot in
    /// the current article.
    ///
    /// The article's slots are numbered from 0; a term's mark is `base + slot`, so a mark in
    /// `base..<base + slotCount` is this article's and gives its slot. Otherwise the term is
    /// new to the article: it gets slot `slotCount`, and the caller sees that number back.
    /// Marks only grow between ``clearMarks()``, so an older article's mark wraps below `base`
    /// (the caller keeps `base` at most 2³¹ and an article's slots fewer than 2³¹).
    @inline(__always)
    mutating func idAndSlot(
        for key: PackedToken, base: UInt32, slotCount: UInt32, orInsert makeID: () -> UInt32
    ) -> (id: UInt32, slot: UInt32) {
        if key.high == 0 {
            return short.idAndSlot(for: key.low, base: base, slotCount: slotCount, orInsert: makeID)
        }
        return long.idAndSlot(for: key, base: base, slotCount: slotCount, orInsert: makeID)
    }

    /// Resets every mark (before `base` starts again from a small number).
    mutating func clearMarks() {
        short.clearMarks()
        long.clearMarks()
    }

    /// Starts bringing `key`'s entry into the cache for a lookup a little later: a table
    /// larger than a core's L2 cache misses on most rare words otherwise.
    @inline(__always)
    mutating func prefetch(_ key: PackedToken) {
        if key.high == 0 { short.prefetch(key.low) } else { long.prefetch(key) }
    }

    /// An open-addressing table (linear probing, at most three quarters full).
    private struct Table<Key: ShortTermKey> {
        /// An entry: key, id and mark side by side, so a lookup touches one cache line.
        struct Entry {
            var key: Key
            var id: UInt32
            var mark: UInt32
        }

        private var entries: [Entry]
        private var mask: Int
        private var shift: UInt64
        private var count = 0

        init(capacity: Int) {
            var size = 16
            while size * 3 < capacity * 4 { size <<= 1 }
            entries = [Entry](repeating: Entry(key: .empty, id: 0, mark: 0), count: size)
            mask = size - 1
            shift = UInt64(64 - size.trailingZeroBitCount)
        }

        @inline(__always)
        mutating func idAndSlot(
            for key: Key, base: UInt32, slotCount: UInt32, orInsert makeID: () -> UInt32
        ) -> (id: UInt32, slot: UInt32) {
            var index = home(of: key)
            let mask = self.mask
            let found: (id: UInt32, slot: UInt32)? = entries.withUnsafeMutableBufferPointer { entries in
                while true {
                    let entry = entries[index]
                    if entry.key == key {
                        let slot = entry.mark &- base
                        if slot < slotCount { return (entry.id, slot) }
                        entries[index].mark = base &+ slotCount
                        return (entry.id, slotCount)
                    }
                    if entry.key == .empty { return nil }
                    index = (index + 1) & mask
                }
            }
            if let found { return found }
            let id = makeID()
            entries[index] = Entry(key: key, id: id, mark: base &+ slotCount)
            count += 1
            if count * 4 > entries.count * 3 { grow() }
            return (id, slotCount)
        }

        /// Where probing for `key` starts: the hash's top bits.
        @inline(__always)
        private func home(of key: Key) -> Int {
            Int(truncatingIfNeeded: key.hash >> shift)
        }

        mutating func clearMarks() {
            for index in entries.indices { entries[index].mark = 0 }
        }

        @inline(__always)
        mutating func prefetch(_ key: Key) {
            let index = home(of: key)
            entries.withUnsafeMutableBufferPointer { gazette_prefetch_for_writing($0.baseAddress.map { $0 + index }) }
        }

        private mutating func grow() {
            let old = entries
            let size = entries.count * 2
            entries = [Entry](repeating: Entry(key: .empty, id: 0, mark: 0), count: size)
            mask = size - 1
            shift = UInt64(64 - size.trailingZeroBitCount)
            for entry in old where entry.key != .empty {
                var index = home(of: entry.key)
                while entries[index].key != .empty { index = (index + 1) & mask }
                entries[index] = entry
            }
        }
    }
}

/// A key of ``ShortTermCache``: a packed token, or the low word of one of at most 8 bytes.
private protocol ShortTermKey: Equatable {
    /// The key of an empty entry (no token packs to it).
    static var empty: Self { get }
    /// A hash whose high bits are well mixed.
    var hash: UInt64 { get }
}

extension UInt64: ShortTermKey {
    fileprivate static var empty: UInt64 { 0 }
    fileprivate var hash: UInt64 { self &* 0x9E37_79B9_7F4A_7C15 }
}

extension PackedToken: ShortTermKey {
    fileprivate static var empty: PackedToken { PackedToken(low: 0, high: 0) }
}
