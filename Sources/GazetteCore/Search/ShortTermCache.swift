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
///
/// The builder's inner loop reads and marks entries through ``Probe``s, plain pointers into
/// the tables (no copy-on-write or bounds check per token), which it keeps across lookups
/// (``idAndSlot(for:probes:base:slotCount:orInsert:)``); the tables themselves are copied on
/// write like any value.
struct ShortTermCache {
    private var short: ShortTermTable<UInt64>
    private var long: ShortTermTable<PackedToken>

    /// Creates an empty cache sized for about `capacity` terms.
    init(capacity: Int = 1_024) {
        short = ShortTermTable(capacity: capacity)
        long = ShortTermTable(capacity: capacity / 4)
    }

    /// Pointers into both tables for lookups and marks; they stay valid until a lookup inserts
    /// a term that grows a table (it renews the probes it was given), or a copy of the cache is
    /// changed.
    mutating func probes() -> (short: Probe<UInt64>, long: Probe<PackedToken>) {
        if !isKnownUniquelyReferenced(&short) { short = short.copy() }
        if !isKnownUniquelyReferenced(&long) { long = long.copy() }
        return (short.probe, long.probe)
    }

    /// Puts a key that ``Probe/find(_:)`` did not find into the empty entry it gave; returns
    /// whether the table grew (then every probe of it is stale: ask for new ones).
    private mutating func insert(_ key: UInt64, id: UInt32, mark: UInt32, at index: Int) -> Bool {
        if !isKnownUniquelyReferenced(&short) { short = short.copy() }
        return short.insert(key, id: id, mark: mark, at: index)
    }

    /// The same, for a key of two words (a token of 9 to 16 bytes).
    private mutating func insert(_ key: PackedToken, id: UInt32, mark: UInt32, at index: Int) -> Bool {
        if !isKnownUniquelyReferenced(&long) { long = long.copy() }
        return long.insert(key, id: id, mark: mark, at: index)
    }

    /// The id cached for `key` (on a miss, `makeID()` gives it and it is kept) and its slot in
    /// the current article.
    ///
    /// The article's slots are numbered from 0; a term's mark is `base + slot`, so a mark in
    /// `base..<base + slotCount` is this article's and gives its slot. Otherwise the term is
    /// new to the article: it gets slot `slotCount`, and the caller sees that number back.
    /// Marks only grow between ``clearMarks()``, so an older article's mark wraps below `base`
    /// (the caller keeps `base` at most 2³¹ and an article's slots fewer than 2³¹).
    mutating func idAndSlot(
        for key: PackedToken, base: UInt32, slotCount: UInt32, orInsert makeID: () -> UInt32
    ) -> (id: UInt32, slot: UInt32) {
        var probes = self.probes()
        return idAndSlot(for: key, probes: &probes, base: base, slotCount: slotCount, orInsert: makeID)
    }

    /// The same through `probes` from ``probes()``, which a run of lookups keeps (the
    /// builder's inner loop); they are renewed here when an insert grew a table.
    @inline(__always)
    mutating func idAndSlot(
        for key: PackedToken, probes: inout (short: Probe<UInt64>, long: Probe<PackedToken>),
        base: UInt32, slotCount: UInt32, orInsert makeID: () -> UInt32
    ) -> (id: UInt32, slot: UInt32) {
        let grew: Bool
        let id: UInt32
        if key.high == 0 {
            let (index, found) = probes.short.find(key.low)
            if found { return probes.short.idAndSlot(at: index, base: base, slotCount: slotCount) }
            id = makeID()
            grew = insert(key.low, id: id, mark: base &+ slotCount, at: index)
        } else {
            let (index, found) = probes.long.find(key)
            if found { return probes.long.idAndSlot(at: index, base: base, slotCount: slotCount) }
            id = makeID()
            grew = insert(key, id: id, mark: base &+ slotCount, at: index)
        }
        if grew { probes = self.probes() }
        return (id, slotCount)
    }

    /// Resets every mark (before `base` starts again from a small number).
    mutating func clearMarks() {
        if !isKnownUniquelyReferenced(&short) { short = short.copy() }
        if !isKnownUniquelyReferenced(&long) { long = long.copy() }
        short.clearMarks()
        long.clearMarks()
    }

    /// An entry: key, id and mark side by side, so a lookup touches one cache line.
    struct Entry<Key> {
        var key: Key
        var id: UInt32
        var mark: UInt32
    }

    /// One table's entries, read and marked in place: open addressing, linear probing.
    struct Probe<Key: ShortTermKey> {
        let entries: UnsafeMutablePointer<Entry<Key>>
        let mask: Int
        let shift: UInt64

        /// Where probing for `key` starts: the hash's top bits.
        @inline(__always)
        func home(of key: Key) -> Int {
            Int(truncatingIfNeeded: key.hash &>> shift)
        }

        /// Starts bringing `key`'s first entry into the cache for a lookup a little later: a
        /// table larger than a core's L2 cache misses on most rare words otherwise.
        @inline(__always)
        func prefetch(_ key: Key) {
            gazette_prefetch_for_writing(entries + home(of: key))
        }

        /// The entry holding `key`, or the empty entry where it would go.
        @inline(__always)
        func find(_ key: Key) -> (index: Int, found: Bool) {
            var index = home(of: key)
            while true {
                let stored = entries[index].key
                if stored == key { return (index, true) }
                if stored == .empty { return (index, false) }
                index = (index &+ 1) & mask
            }
        }

        /// The id of the entry at `index` and its slot in the current article (see
        /// ``ShortTermCache/idAndSlot(for:base:slotCount:orInsert:)``), marking it when the
        /// term is new to the article. No branch on which: the mark is written either way.
        @inline(__always)
        func idAndSlot(at index: Int, base: UInt32, slotCount: UInt32) -> (id: UInt32, slot: UInt32) {
            let entry = entries + index
            let marked = entry.pointee.mark &- base
            let slot = marked < slotCount ? marked : slotCount
            entry.pointee.mark = base &+ slot
            return (entry.pointee.id, slot)
        }
    }
}

/// A key of ``ShortTermCache``: a packed token, or the low word of one of at most 8 bytes.
protocol ShortTermKey: Equatable {
    /// The key of an empty entry (no token packs to it).
    static var empty: Self { get }
    /// A hash whose high bits are well mixed.
    var hash: UInt64 { get }
}

extension UInt64: ShortTermKey {
    static var empty: UInt64 { 0 }
    var hash: UInt64 { self &* 0x9E37_79B9_7F4A_7C15 }
}

extension PackedToken: ShortTermKey {
    static var empty: PackedToken { PackedToken(low: 0, high: 0) }
}
