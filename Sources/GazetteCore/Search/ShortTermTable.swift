/// The storage of one of ``ShortTermCache``'s tables: a power-of-two number of entries, at
/// most three quarters full, in memory of its own so that the builder can read and mark them
/// through a plain pointer (``ShortTermCache/Probe``). A class for its deinitializer; the
/// cache copies it before changing a shared one.
final class ShortTermTable<Key: ShortTermKey> {
    typealias Entry = ShortTermCache.Entry<Key>

    /// Only the owning builder reads and changes the table, from one thread: a class
    /// property's dynamic exclusivity check would cost a runtime call on every access.
    @exclusivity(unchecked) private var entries: UnsafeMutablePointer<Entry>
    @exclusivity(unchecked) private var size: Int
    @exclusivity(unchecked) private var count = 0

    init(capacity: Int) {
        var size = 16
        while size * 3 < capacity * 4 { size <<= 1 }
        self.size = size
        entries = ShortTermTable.emptyEntries(size)
    }

    deinit {
        entries.deinitialize(count: size)
        entries.deallocate()
    }

    private init(copying entries: UnsafeMutablePointer<Entry>, size: Int, count: Int) {
        self.entries = UnsafeMutablePointer.allocate(capacity: size)
        self.entries.initialize(from: entries, count: size)
        self.size = size
        self.count = count
    }

    /// A table with the same entries.
    func copy() -> ShortTermTable {
        ShortTermTable(copying: entries, size: size, count: count)
    }

    /// The entries as a probe sees them (valid until the table grows).
    var probe: ShortTermCache.Probe<Key> {
        ShortTermCache.Probe(entries: entries, mask: size - 1, shift: UInt64(64 - size.trailingZeroBitCount))
    }

    /// Fills the empty entry at `index` (where a probe's `find` stopped); returns whether the
    /// table grew.
    func insert(_ key: Key, id: UInt32, mark: UInt32, at index: Int) -> Bool {
        precondition(index >= 0 && index < size && entries[index].key == .empty, "not an empty entry")
        entries[index] = Entry(key: key, id: id, mark: mark)
        count += 1
        guard count * 4 > size * 3 else { return false }
        grow()
        return true
    }

    func clearMarks() {
        for index in 0..<size { entries[index].mark = 0 }
    }

    private func grow() {
        let old = entries, oldSize = size
        size *= 2
        entries = ShortTermTable.emptyEntries(size)
        let probe = self.probe
        for index in 0..<oldSize where old[index].key != .empty {
            entries[probe.find(old[index].key).index] = old[index]
        }
        old.deinitialize(count: oldSize)
        old.deallocate()
    }

    private static func emptyEntries(_ size: Int) -> UnsafeMutablePointer<Entry> {
        let entries = UnsafeMutablePointer<Entry>.allocate(capacity: size)
        entries.initialize(repeating: Entry(key: .empty, id: 0, mark: 0), count: size)
        return entries
    }
}
