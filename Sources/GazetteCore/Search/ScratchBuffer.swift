/// A growable buffer of integers that the index builder writes through a plain pointer: its
/// per-article scratch space (the tokens' positions and slots), reused from article to article.
///
/// A class for its deinitializer; the builder copies it before writing a shared one, so
/// builders stay values. Only its owner reads and grows it, from one thread: a class
/// property's dynamic exclusivity check would cost a runtime call on every access.
final class ScratchBuffer<Element: FixedWidthInteger> {
    @exclusivity(unchecked) private(set) var base: UnsafeMutablePointer<Element>
    @exclusivity(unchecked) private(set) var capacity: Int

    /// An empty buffer with room for `capacity` elements (zeroed).
    init(capacity: Int = 0) {
        self.capacity = max(capacity, 1)
        base = UnsafeMutablePointer.allocate(capacity: self.capacity)
        base.initialize(repeating: 0, count: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// Grows the buffer (doubling) to room for at least `count` elements; the first `kept`
    /// elements keep their values.
    @inline(__always)
    func reserve(_ count: Int, keeping kept: Int) {
        guard count > capacity else { return }
        grow(to: max(count, capacity * 2), keeping: kept)
    }

    /// A buffer with the same first `kept` elements and the same capacity.
    func copy(keeping kept: Int) -> ScratchBuffer {
        let copy = ScratchBuffer(capacity: capacity)
        copy.base.update(from: base, count: min(kept, capacity))
        return copy
    }

    private func grow(to count: Int, keeping kept: Int) {
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: count)
        let moved = min(kept, capacity)
        // The kept elements, then zeros: each element written once.
        grown.initialize(from: base, count: moved)
        (grown + moved).initialize(repeating: 0, count: count - moved)
        base.deallocate()
        base = grown
        capacity = count
    }
}
