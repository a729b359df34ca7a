/// Article indices by a byte-string key (a title's, URL's or id's UTF-8), for ``LinkIndex``.
///
/// One open-addressing table of distinct keys whose bytes lie side by side in one array: a
/// lookup hashes the probe once and compares bytes, with no `String` hashing or Unicode
/// comparison and no per-key allocation. The hash is the standard library's seeded `Hasher`,
/// so a hostile archive cannot choose titles that all collide. The rare keys several
/// articles share keep one array of all their articles, which every lookup returns without
/// copying (a link to a title that 100,000 articles share costs no 100,000-element array).
struct ByteKeyTable {
    /// What a lookup found.
    enum Match: Equatable {
        case none
        case unique(Int)
        case several([Int])
    }

    /// Distinct keys' bytes, one after the other; key `k` ends at `keyEnds[k]`.
    private var keyBytes: [UInt8] = []
    private var keyEnds: [Int] = []
    /// Per distinct key: the first article inserted with it.
    private var firstArticles: [Int] = []
    /// Per distinct key that several articles share: all of them, in insertion order.
    private var shared: [Int: [Int]] = [:]
    /// Per slot: the key's hash in the high 32 bits, its number + 1 in the low ones (0: an
    /// empty slot), so that a probe reads one slot and the bytes of real candidates only.
    /// The count is a power of two, at most half full.
    private var slots: [UInt64]

    /// An empty table with room for `capacity` distinct keys before it grows.
    init(capacity: Int = 0) {
        var slotCount = 16
        while slotCount < 2 * capacity { slotCount *= 2 }
        slots = [UInt64](repeating: 0, count: slotCount)
        keyEnds.reserveCapacity(capacity)
        firstArticles.reserveCapacity(capacity)
    }

    /// Number of distinct keys.
    var count: Int { keyEnds.count }

    /// Records that `article` has `key`; with `keepingFirstOnly`, only when no article has it yet.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, article: Int, keepingFirstOnly: Bool = false) {
        let hash = Self.hash(key)
        let (slot, found) = find(key, hash: hash)
        if let found {
            if !keepingFirstOnly { shared[found, default: [firstArticles[found]]].append(article) }
            return
        }
        keyBytes.append(contentsOf: key)
        keyEnds.append(keyBytes.count)
        firstArticles.append(article)
        slots[slot] = UInt64(UInt32(truncatingIfNeeded: hash >> 32)) << 32 | UInt64(keyEnds.count)
        if 2 * keyEnds.count > slots.count { grow() }
    }

    /// The articles with `key`.
    func lookup(_ key: UnsafeBufferPointer<UInt8>) -> Match {
        guard let found = find(key, hash: Self.hash(key)).found else { return .none }
        if let articles = shared[found] { return .several(articles) }
        return .unique(firstArticles[found])
    }

    /// The first article inserted with `key`.
    func first(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        find(key, hash: Self.hash(key)).found.map { firstArticles[$0] }
    }

    /// The slot holding `key` and its key number, or the empty slot where it would go.
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: Int) -> (slot: Int, found: Int?) {
        let mask = slots.count - 1
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        var slot = hash & mask
        var step = 1
        while true {
            let entry = slots[slot]
            if entry == 0 { return (slot, nil) }
            let candidate = Int(UInt32(truncatingIfNeeded: entry)) - 1
            if UInt32(truncatingIfNeeded: entry >> 32) == tag && equals(candidate, key) { return (slot, candidate) }
            slot = (slot + step) & mask
            step += 1
        }
    }

    private func equals(_ candidate: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = range(of: candidate)
        guard range.count == key.count else { return false }
        return keyBytes.withUnsafeBufferPointer { bytes in
            UTF8Order.compare(UnsafeBufferPointer(rebasing: bytes[range]), key) == 0
        }
    }

    /// Doubles the slots and puts every key back.
    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for entry in old where entry != 0 {
            let key = Int(UInt32(truncatingIfNeeded: entry)) - 1
            var slot = keyBytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[range(of: key)])) } & mask
            var step = 1
            while slots[slot] != 0 {
                slot = (slot + step) & mask
                step += 1
            }
            slots[slot] = entry
        }
    }

    /// Where key `key`'s bytes lie in `keyBytes`.
    private func range(of key: Int) -> Range<Int> {
        (key == 0 ? 0 : keyEnds[key - 1])..<keyEnds[key]
    }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(key))
        return hasher.finalize()
    }
}
