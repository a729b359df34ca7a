import CPrefetch

/// Growable byte streams, one per term and kind (documents, positions), kept as chains of
/// blocks in 1 MiB chunks: a term's stream costs a few integers instead of its own array
/// (an archive has hundreds of thousands of terms, most used once), and growing never
/// copies what is already written. Blocks grow by half up to 4 KiB: a gentler step than
/// doubling leaves less of each term's last block empty. The chunks are mapped pages
/// (``PageChunks``), returned to the system on release.
///
/// Each stream's state is one cache line (``StreamStates``) that also holds the stream's
/// newest bytes, up to ``inlineCapacity``, and a word for the pool's owner (see
/// ``ownerWord(of:)``): the builder appends one record of a few bytes at
/// a time, so most appends write only that line (which the builder prefetches, see
/// ``prefetch(_:)``) and the stream's last block, somewhere in the pool, is touched once per
/// few appends, when the line's bytes move there. A term used by a few articles never gets a
/// block at all.
struct PostingPool {
    static let chunkSize = 1 << 20
    /// A stream's first block: it receives at least a full line of bytes.
    static let firstBlock = 64
    static let largestBlock = 1 << 12
    /// Bytes a stream's state line holds before they move to its blocks.
    static let inlineCapacity = StreamStates.stride - Stream.inlineOffset
    /// Each block: 4 bytes next-block address (0: none), 4 bytes data size, 4 bytes the
    /// stream it belongs to (so ``drain(_:)`` can walk blocks in address order), then the data.
    private static let header = 12

    private var chunks = PageChunks(chunkSize: PostingPool.chunkSize)
    /// Next free byte in the last chunk.
    private var used = PostingPool.chunkSize
    /// Per full chunk: where its last block ends (the rest did not fit a block).
    private var chunkEnds: [Int] = []
    private var states = StreamStates()

    /// One stream's state line: its blocks, its size and its newest bytes.
    private struct Stream {
        /// The line's numbers, by byte offset.
        enum Field: Int {
            /// First block and current block (addresses; 0: none yet).
            case head = 0, tail = 4
            /// Write address and end of the current block.
            case fill = 8, end = 12
            /// Bytes written to the stream.
            case size = 16
        }

        /// Where the owner's word is (see ``PostingPool/ownerWord(of:)``).
        static let ownerOffset = 20
        /// Where the byte count of `pendingBytes` is, and where they start.
        static let pendingOffset = 28
        static let inlineOffset = 29
        let line: UnsafeMutableRawPointer

        subscript(field: Field) -> UInt32 {
            get { line.load(fromByteOffset: field.rawValue, as: UInt32.self) }
            nonmutating set { line.storeBytes(of: newValue, toByteOffset: field.rawValue, as: UInt32.self) }
        }

        /// Bytes held in the line, after those in the blocks.
        var pending: Int {
            get { Int(line.load(fromByteOffset: Stream.pendingOffset, as: UInt8.self)) }
            nonmutating set {
                line.storeBytes(of: UInt8(truncatingIfNeeded: newValue), toByteOffset: Stream.pendingOffset, as: UInt8.self)
            }
        }

        var pendingBytes: UnsafeMutablePointer<UInt8> {
            (line + Stream.inlineOffset).assumingMemoryBound(to: UInt8.self)
        }
    }

    /// Bytes written to all streams.
    private(set) var totalBytes = 0

    /// Number of streams.
    var count: Int { states.count }

    /// Bytes written to a stream.
    func size(of stream: Int) -> Int { Int(state(stream)[.size]) }

    @inline(__always)
    private func state(_ stream: Int) -> Stream {
        precondition(stream >= 0 && stream < states.count, "no such stream")
        return Stream(line: states[stream])
    }

    /// Starts bringing a stream's state line into the cache (a hint: an append to the stream
    /// soon after finds it there).
    @inline(__always)
    func prefetch(_ stream: Int) {
        guard stream >= 0 && stream < states.count else { return }
        gazette_prefetch_for_writing(states[stream])
    }

    /// Adds an empty stream; returns its number.
    mutating func addStream() -> Int {
        if !isKnownUniquelyReferenced(&states) { states = states.copy() }
        return states.append()
    }

    /// Makes the stream states this pool's own, copying them when another pool shares them:
    /// until the pool is next copied, ``appendToOwnStates(word:count:to:)`` may skip the check.
    @inline(__always)
    mutating func ownStates() {
        if !isKnownUniquelyReferenced(&states) { states = states.copy() }
    }

    /// Appends the first `count` bytes (at most 8) of `word`, lowest byte first, to a stream.
    /// While the line has room for a whole word, this is one store and no copy loop (a loop
    /// reading bytes just written one by one would wait for each to reach memory). It skips
    /// the copy-on-write check (a call into the runtime, per record): only after
    /// ``ownStates()``, with no copy of the pool made since (the builder owns its pool once
    /// per article and then appends every record of it).
    @inline(__always)
    mutating func appendToOwnStates(word: UInt64, count: Int, to stream: Int) {
        precondition(count >= 0 && count <= 8, "a word holds 8 bytes")
        assert(isKnownUniquelyReferenced(&states), "ownStates() first")
        let state = self.state(stream)
        let pending = state.pending
        guard pending + 8 <= PostingPool.inlineCapacity else {
            moveToBlocks(state, stream, adding: word, count: count)
            return
        }
        // The bytes past `count` land in the line's unused room and are overwritten later.
        UnsafeMutableRawPointer(state.pendingBytes + pending).storeBytes(of: word.littleEndian, as: UInt64.self)
        state.pending = pending + count
        state[.size] += UInt32(truncatingIfNeeded: count)
        totalBytes += count
    }

    /// Eight bytes of the stream's state line kept for the pool's owner (zero for a new
    /// stream): the builder's per-term numbers, which then cost no cache line of their own.
    @inline(__always)
    func ownerWord(of stream: Int) -> UInt64 {
        state(stream).line.loadUnaligned(fromByteOffset: Stream.ownerOffset, as: UInt64.self)
    }

    /// Sets a stream's ``ownerWord(of:)``, with no copy-on-write check: only after
    /// ``ownStates()``, as ``appendToOwnStates(word:count:to:)``.
    @inline(__always)
    mutating func setOwnerWordOfOwnStates(_ word: UInt64, of stream: Int) {
        assert(isKnownUniquelyReferenced(&states), "ownStates() first")
        state(stream).line.storeBytes(of: word, toByteOffset: Stream.ownerOffset, as: UInt64.self)
    }

    /// Writes a stream's line bytes and then the first `count` bytes of `word` to its blocks,
    /// in one write (out of line: once per few records of a term).
    @inline(never)
    private mutating func moveToBlocks(_ state: Stream, _ stream: Int, adding word: UInt64, count: Int) {
        if !isKnownUniquelyReferenced(&chunks) { chunks = chunks.copy() }
        let pending = state.pending
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: PostingPool.inlineCapacity + 8) { gathered in
            guard let target = gathered.baseAddress else { return }
            target.update(from: state.pendingBytes, count: pending)
            UnsafeMutableRawPointer(target + pending).storeBytes(of: word.littleEndian, as: UInt64.self)
            write(UnsafeBufferPointer(start: target, count: pending + count), to: state, stream)
        }
        state.pending = 0
        state[.size] += UInt32(truncatingIfNeeded: count)
        totalBytes += count
    }

    /// Appends bytes to a stream.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, to stream: Int) {
        guard let source = bytes.baseAddress else { return }
        if !isKnownUniquelyReferenced(&states) { states = states.copy() }
        totalBytes += bytes.count
        let state = self.state(stream)
        state[.size] += UInt32(bytes.count)
        let pending = state.pending
        if pending + bytes.count <= PostingPool.inlineCapacity {
            // Mostly a few bytes: a plain loop beats a call to memmove.
            let target = state.pendingBytes + pending
            for index in 0..<bytes.count { target[index] = source[index] }
            state.pending = pending + bytes.count
            return
        }
        if !isKnownUniquelyReferenced(&chunks) { chunks = chunks.copy() }
        write(UnsafeBufferPointer(start: state.pendingBytes, count: pending), to: state, stream)
        write(bytes, to: state, stream)
        state.pending = 0
    }

    /// Writes bytes at the end of a stream's blocks.
    private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>, to state: Stream, _ stream: Int) {
        guard let source = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            if state[.fill] == state[.end] { grow(state, stream) }
            let address = Int(state[.fill])
            let take = min(Int(state[.end]) - address, bytes.count - offset)
            let chunk = address >> 20, start = address & (PostingPool.chunkSize - 1)
            PostingPool.copy(source + offset, to: chunks[chunk] + start, count: take)
            offset += take
            state[.fill] += UInt32(take)
        }
    }

    /// Copies bytes that do not overlap: a few at a time are most writes (a line's bytes
    /// moving to a block), which eight-byte words copy faster than a call to `memmove`.
    @inline(__always)
    private static func copy(_ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int) {
        guard count <= 64 else {
            target.update(from: source, count: count)
            return
        }
        var offset = 0
        while offset + 8 <= count {
            UnsafeMutableRawPointer(target + offset).storeBytes(
                of: UnsafeRawPointer(source + offset).loadUnaligned(as: UInt64.self), as: UInt64.self)
            offset &+= 8
        }
        while offset < count {
            target[offset] = source[offset]
            offset &+= 1
        }
    }

    /// Calls `body` with each written run of a stream's bytes, in order.
    func forEachRun(of stream: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        forEachRun(of: stream, stoppingEarly: false, body)
    }

    private func forEachRun(of stream: Int, stoppingEarly: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let state = self.state(stream)
        var block = Int(state[.head])
        while block != 0 {
            let chunk = block >> 20, start = block & (PostingPool.chunkSize - 1)
            let bytes = UnsafeBufferPointer(start: chunks[chunk], count: PostingPool.chunkSize)
            let next = PostingPool.read(bytes, start), size = Int(PostingPool.read(bytes, start + 4))
            let dataStart = start + PostingPool.header
            let length = next == 0 ? Int(state[.fill]) - (block + PostingPool.header) : size
            body(UnsafeBufferPointer(rebasing: bytes[dataStart..<dataStart + length]))
            if stoppingEarly { return }
            block = Int(next)
        }
        if state.pending > 0 { body(UnsafeBufferPointer(start: state.pendingBytes, count: state.pending)) }
    }

    /// Calls `body` with the first written run of a stream's bytes; nil when it is empty.
    func withFirstRun<Result>(of stream: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        var result: Result?
        forEachRun(of: stream, stoppingEarly: true) { if result == nil, !$0.isEmpty { result = body($0) } }
        return result
    }

    /// Releases everything.
    mutating func removeAll() {
        self = PostingPool()
    }

    /// Calls `body` with every written run of every stream, in the order the blocks lie in
    /// memory (so each stream's runs come in order), with the stream and whether the run is
    /// the stream's first; each chunk is given back to the system as soon as it has been
    /// read, and the pool is empty afterwards. Copying a pool out this way never holds the
    /// whole pool and the whole copy at once.
    mutating func drain(_ body: (_ stream: Int, _ run: UnsafeBufferPointer<UInt8>, _ isFirst: Bool) -> Void) {
        if !isKnownUniquelyReferenced(&chunks) { chunks = chunks.copy() }
        if !isKnownUniquelyReferenced(&states) { states = states.copy() }
        for chunk in 0..<chunks.count {
            let bytes = UnsafeBufferPointer(start: chunks[chunk], count: PostingPool.chunkSize)
            var offset = chunk == 0 ? PostingPool.header : 0
            let end = chunk < chunkEnds.count ? chunkEnds[chunk] : used
            while offset < end {
                let block = chunk << 20 | offset
                let size = Int(PostingPool.read(bytes, offset + 4)), stream = Int(PostingPool.read(bytes, offset + 8))
                let dataStart = offset + PostingPool.header
                let state = self.state(stream)
                let length = block == Int(state[.tail]) ? Int(state[.fill]) - (block + PostingPool.header) : size
                body(stream, UnsafeBufferPointer(rebasing: bytes[dataStart..<dataStart + length]), block == Int(state[.head]))
                offset = dataStart + size
            }
            chunks.release(chunk)
        }
        // Each stream's newest bytes follow its blocks.
        for stream in 0..<states.count {
            let state = self.state(stream)
            guard state.pending > 0 else { continue }
            body(stream, UnsafeBufferPointer(start: state.pendingBytes, count: state.pending), state[.head] == 0)
        }
        removeAll()
    }

    /// Gives stream `stream` (whose state is `state`) a new, larger block.
    private mutating func grow(_ state: Stream, _ stream: Int) {
        let previous = Int(state[.tail])
        let previousSize = previous == 0 ? 0 : Int(state[.end]) - previous - PostingPool.header
        let size = previous == 0 ? PostingPool.firstBlock : min(PostingPool.largestBlock, (previousSize + previousSize / 2 + 7) & ~7)
        if used + PostingPool.header + size > PostingPool.chunkSize {
            if chunks.count > 0 { chunkEnds.append(used) }
            chunks.append()
            // Address 0 means "none": the first chunk starts after one header's room.
            used = chunks.count == 1 ? PostingPool.header : 0
        }
        let block = (chunks.count - 1) << 20 | used
        used += PostingPool.header + size
        write(UInt32(0), at: block)
        write(UInt32(size), at: block + 4)
        write(UInt32(stream), at: block + 8)
        if previous == 0 { state[.head] = UInt32(block) } else { write(UInt32(block), at: previous) }
        state[.tail] = UInt32(block)
        state[.fill] = UInt32(block + PostingPool.header)
        state[.end] = UInt32(block + PostingPool.header + size)
    }

    private mutating func write(_ value: UInt32, at address: Int) {
        let chunk = address >> 20, start = address & (PostingPool.chunkSize - 1)
        for index in 0..<4 { chunks[chunk][start + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[start + $1]) << (8 * UInt32($1)) }
    }
}
