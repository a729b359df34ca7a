/// A growable array of 64-byte records, each aligned to a cache line, for ``PostingPool``'s
/// per-stream states: a record is read and written through a raw pointer, so touching one
/// costs exactly one cache line and no copy of a Swift struct.
///
/// Fresh records are zero. A copy (for the pool's copy-on-write) duplicates every record.
final class StreamStates {
    /// Bytes per record (a cache line).
    static let stride = 64

    /// Records in use. Only the owning pool, on one thread, reads and grows it: a class
    /// property's dynamic exclusivity check would cost a runtime call on every append.
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var base: UnsafeMutableRawPointer

    /// Creates an empty array with room for `capacity` records.
    init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
        base = StreamStates.allocate(self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// Record `index` (below ``count``).
    @inline(__always)
    subscript(index: Int) -> UnsafeMutableRawPointer {
        base + index &* StreamStates.stride
    }

    /// Adds a zeroed record; returns its index.
    func append() -> Int {
        if count == capacity {
            let larger = capacity * 2
            let grown = StreamStates.allocate(larger)
            grown.copyMemory(from: base, byteCount: count * StreamStates.stride)
            base.deallocate()
            base = grown
            capacity = larger
        }
        count += 1
        return count - 1
    }

    /// A copy with the same records.
    func copy() -> StreamStates {
        let copy = StreamStates(capacity: capacity)
        copy.base.copyMemory(from: base, byteCount: count * StreamStates.stride)
        copy.count = count
        return copy
    }

    /// `records` zeroed records, aligned to a cache line.
    private static func allocate(_ records: Int) -> UnsafeMutableRawPointer {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: records * stride, alignment: stride)
        memory.initializeMemory(as: UInt8.self, repeating: 0, count: records * stride)
        return memory
    }
}
