import Foundation

/// The distinct terms of a search index: each term's folded UTF-8 bytes stored once in one
/// byte arena, found by an open-addressing hash table keyed by those bytes.
///
/// Indexing looks every token up here straight from the tokenizer's byte buffer, so no
/// `String` is allocated per token; ids are dense, in order of first insertion.
struct TermTable: Sendable {
    /// All terms' bytes, back to back.
    private(set) var bytes: [UInt8] = []
    /// Term `id` is `bytes[starts[id]..<starts[id + 1]]`.
    private(set) var starts: [UInt32] = [0]
    /// 0 for an empty slot, else term id + 1.
    private(set) var slots: [UInt32]
    private var mask: Int

    /// Creates an empty table sized for about `capacity` terms.
    init(capacity: Int = 1_024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    /// Rebuilds a table from its arena (a persisted index).
    init?(bytes: [UInt8], starts: [UInt32]) {
        guard let last = starts.last, starts.first == 0, Int(last) == bytes.count,
              zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }) else { return nil }
        self.init(capacity: starts.count)
        self.bytes = bytes
        self.starts = starts
        for id in 0..<count {
            let hash = withTerm(UInt32(id)) { TermTable.hash($0) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(id + 1)
        }
    }

    /// Wraps a persisted table (arena, starts and hash slots) without rehashing, or nil when
    /// the parts are inconsistent: every lookup then stays in bounds and ends. (A wrong but
    /// well-formed slot table can only make lookups miss.)
    init?(bytes: [UInt8], starts: [UInt32], slots: [UInt32]) {
        guard let last = starts.last, starts.first == 0, Int(last) == bytes.count,
              slots.count >= 16, slots.count & (slots.count - 1) == 0, (starts.count - 1) * 2 <= slots.count
        else { return nil }
        let valid = starts.withUnsafeBufferPointer { starts in
            for index in 1..<starts.count where starts[index - 1] > starts[index] { return false }
            return true
        }
        let termCount = UInt32(starts.count - 1)
        var empty = false
        for slot in slots {
            if slot == 0 { empty = true } else if slot > termCount { return nil }
        }
        guard valid, empty else { return nil }
        self.bytes = bytes
        self.starts = starts
        self.slots = slots
        mask = slots.count - 1
    }

    /// Number of distinct terms.
    var count: Int { starts.count - 1 }

    /// The id of `key`, inserting it when new.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let (found, slot) = probe(key)
        if let found { return found }
        let id = UInt32(count)
        bytes.append(contentsOf: key)
        starts.append(UInt32(bytes.count))
        slots[slot] = id + 1
        if count * 2 > slots.count { grow() }
        return id
    }

    /// The key's id when present, and the slot where the search ended.
    @inline(__always)
    private func probe(_ key: UnsafeBufferPointer<UInt8>) -> (UInt32?, Int) {
        slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                bytes.withUnsafeBufferPointer { arena in
                    var slot = Int(truncatingIfNeeded: TermTable.hash(key)) & mask
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { return (nil, slot) }
                        let lower = Int(starts[Int(entry - 1)]), upper = Int(starts[Int(entry)])
                        if upper - lower == key.count,
                           key.count == 0 || memcmp(arena.baseAddress! + lower, key.baseAddress!, key.count) == 0 {
                            return (entry - 1, slot)
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The id of a term, when present.
    func id(of term: String) -> UInt32? {
        var term = term
        return term.withUTF8 { find($0) }
    }

    /// The id of a term given as bytes, when present.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> UInt32? {
        probe(key).0
    }

    /// The term's text.
    func term(_ id: UInt32) -> String {
        withTerm(id) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the term's bytes.
    func withTerm<Result>(_ id: UInt32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let lower = Int(starts[Int(id)]), upper = Int(starts[Int(id) + 1])
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[lower..<upper])) }
    }

    /// Term ids ordered by their UTF-8 bytes (for prefix search by binary search).
    ///
    /// A radix sort of each term's first eight bytes (read big-endian, zero-padded: terms
    /// hold no zero byte, so a shorter term sorts before its extensions) orders nearly all
    /// of them; only runs sharing those eight bytes are compared in full.
    func sortedIDs() -> [UInt32] {
        bytes.withUnsafeBufferPointer { arena in
            let starts = self.starts
            func term(_ id: UInt32) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: arena[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])])
            }
            let heads = (0..<UInt32(count)).map { id in
                let bytes = term(id)
                var head: UInt64 = 0
                for offset in 0..<8 { head = head << 8 | UInt64(offset < bytes.count ? bytes[offset] : 0) }
                return head
            }
            var sorted = RadixSort.stableOrder(of: heads).map { UInt32(truncatingIfNeeded: $0) }
            var start = 0
            while start < sorted.count {
                var end = start + 1
                while end < sorted.count && heads[Int(sorted[end])] == heads[Int(sorted[start])] { end += 1 }
                if end - start > 1 {
                    sorted[start..<end].sort { term($0).lexicographicallyPrecedes(term($1)) }
                }
                start = end
            }
            return sorted
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [UInt32](repeating: 0, count: size)
        mask = size - 1
        for id in 0..<count {
            var slot = Int(truncatingIfNeeded: withTerm(UInt32(id)) { TermTable.hash($0) }) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(id + 1)
        }
    }

    /// A multiply-rotate hash over 8 bytes at a time, with a final mix so the low bits spread.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = key.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        var offset = 0
        while offset + 8 <= key.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = ((hash ^ word) &* 0xbf58_476d_1ce4_e5b9).rotatedLeft(by: 31)
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < key.count {
            tail |= UInt64(base[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* 0x94d0_49bb_1331_11eb
        hash ^= hash >> 29
        hash &*= 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }
}

private extension UInt64 {
    func rotatedLeft(by count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 - count))
    }
}
