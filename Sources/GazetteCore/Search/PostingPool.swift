/// Growable byte streams, one per term and kind (documents, positions), kept as chains of
/// blocks in 1 MiB chunks: a term's stream costs a few integers instead of its own array
/// (an archive has hundreds of thousands of terms, most used once), and growing never
/// copies what is already written. Blocks grow by half up to 4 KiB: a gentler step than
/// doubling leaves less of each term's last block empty (a quarter of the pool's pages at
/// 100k articles instead of 40%). The chunks are mapped pages (``PageChunks``), returned to
/// the system on release.
struct PostingPool {
    static let chunkSize = 1 << 20
    static let firstBlock = 16
    static let largestBlock = 1 << 12
    /// Each block: 4 bytes next-block address (0: none), 4 bytes data size, 4 bytes the
    /// stream it belongs to (so ``drain(_:)`` can walk blocks in address order), then the data.
    private static let header = 12

    private var chunks = PageChunks(chunkSize: PostingPool.chunkSize)
    /// Next free byte in the last chunk.
    private var used = PostingPool.chunkSize
    /// Per full chunk: where its last block ends (the rest did not fit a block).
    private var chunkEnds: [Int] = []
    /// Per stream: its blocks and size, side by side so that appending to a stream touches
    /// one cache line of them.
    private struct Stream {
        /// First block and current block (addresses; 0: none yet).
        var head: UInt32 = 0
        var tail: UInt32 = 0
        /// Write address and end of the current block.
        var fill: UInt32 = 0
        var end: UInt32 = 0
        /// Bytes written to the stream.
        var size: UInt32 = 0
    }

    private var streams: [Stream] = []

    /// Bytes written to all streams.
    private(set) var totalBytes = 0

    /// Number of streams.
    var count: Int { streams.count }

    /// Bytes written to a stream.
    func size(of stream: Int) -> Int { Int(streams[stream].size) }

    /// Adds an empty stream; returns its number.
    mutating func addStream() -> Int {
        streams.append(Stream())
        return streams.count - 1
    }

    /// Appends bytes to a stream.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, to stream: Int) {
        if !isKnownUniquelyReferenced(&chunks) { chunks = chunks.copy() }
        totalBytes += bytes.count
        var state = streams[stream]
        state.size += UInt32(bytes.count)
        var offset = 0
        while offset < bytes.count {
            if state.fill == state.end { grow(&state, stream) }
            let address = Int(state.fill)
            let take = min(Int(state.end) - address, bytes.count - offset)
            let chunk = address >> 20, start = address & (PostingPool.chunkSize - 1)
            if let source = bytes.baseAddress { (chunks[chunk] + start).update(from: source + offset, count: take) }
            offset += take
            state.fill += UInt32(take)
        }
        streams[stream] = state
    }

    /// Calls `body` with each written run of a stream's bytes, in order.
    func forEachRun(of stream: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        forEachRun(of: stream, stoppingEarly: false, body)
    }

    private func forEachRun(of stream: Int, stoppingEarly: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let state = streams[stream]
        var block = Int(state.head)
        guard block != 0 else { return }
        while true {
            let chunk = block >> 20, start = block & (PostingPool.chunkSize - 1)
            let bytes = UnsafeBufferPointer(start: chunks[chunk], count: PostingPool.chunkSize)
            let next = PostingPool.read(bytes, start), size = Int(PostingPool.read(bytes, start + 4))
            let dataStart = start + PostingPool.header
            let length = next == 0 ? Int(state.fill) - (block + PostingPool.header) : size
            body(UnsafeBufferPointer(rebasing: bytes[dataStart..<dataStart + length]))
            if next == 0 || stoppingEarly { return }
            block = Int(next)
        }
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
        for chunk in 0..<chunks.count {
            let bytes = UnsafeBufferPointer(start: chunks[chunk], count: PostingPool.chunkSize)
            var offset = chunk == 0 ? PostingPool.header : 0
            let end = chunk < chunkEnds.count ? chunkEnds[chunk] : used
            while offset < end {
                let block = chunk << 20 | offset
                let size = Int(PostingPool.read(bytes, offset + 4)), stream = Int(PostingPool.read(bytes, offset + 8))
                let dataStart = offset + PostingPool.header
                let state = streams[stream]
                let length = block == Int(state.tail) ? Int(state.fill) - (block + PostingPool.header) : size
                body(stream, UnsafeBufferPointer(rebasing: bytes[dataStart..<dataStart + length]), block == Int(state.head))
                offset = dataStart + size
            }
            chunks.release(chunk)
        }
        removeAll()
    }

    /// Gives `state` (stream `stream`'s) a new, larger block.
    private mutating func grow(_ state: inout Stream, _ stream: Int) {
        let previous = Int(state.tail)
        let previousSize = previous == 0 ? 0 : Int(state.end) - previous - PostingPool.header
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
        if previous == 0 { state.head = UInt32(block) } else { write(UInt32(block), at: previous) }
        state.tail = UInt32(block)
        state.fill = UInt32(block + PostingPool.header)
        state.end = UInt32(block + PostingPool.header + size)
    }

    private mutating func write(_ value: UInt32, at address: Int) {
        let chunk = address >> 20, start = address & (PostingPool.chunkSize - 1)
        for index in 0..<4 { chunks[chunk][start + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[start + $1]) << (8 * UInt32($1)) }
    }
}
