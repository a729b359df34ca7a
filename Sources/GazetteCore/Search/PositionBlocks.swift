/// One shard's token positions while it builds: one block per article, in article order.
///
/// A block holds the article's positions grouped by term (see ``CompactPostings``); the
/// blocks go one after the other into 1 MiB mapped chunks (``PageChunks``), a block spanning
/// two chunks when it must, so writing is sequential and never moves what is written. The
/// merge copies the chunks into the index's one array, releasing each as it goes
/// (``drain(into:)``).
struct PositionBlocks {
    static let chunkSize = 1 << 20
    private var chunks = PageChunks(chunkSize: PositionBlocks.chunkSize)
    /// Bytes written to the last chunk.
    private var used = PositionBlocks.chunkSize
    /// Per article: where its block ends, counted from the shard's first position byte.
    private(set) var blockEnds: [Int] = []
    /// Bytes of every block.
    private(set) var totalBytes = 0

    /// Appends the next article's block.
    mutating func append(_ block: UnsafeBufferPointer<UInt8>) {
        if !isKnownUniquelyReferenced(&chunks) { chunks = chunks.copy() }
        var offset = 0
        while offset < block.count {
            if used == PositionBlocks.chunkSize {
                chunks.append()
                used = 0
            }
            let count = min(block.count - offset, PositionBlocks.chunkSize - used)
            if let source = block.baseAddress {
                (chunks[chunks.count - 1] + used).update(from: source + offset, count: count)
            }
            used += count
            offset += count
        }
        totalBytes += block.count
        blockEnds.append(totalBytes)
    }

    /// Copies every block, in order, to `target` (room for ``totalBytes``), releasing each
    /// chunk once copied. The bytes are gone afterwards; ``blockEnds`` and ``totalBytes`` still
    /// describe them (the merge has laid them out), so appending again is not supported.
    mutating func drain(into target: UnsafeMutablePointer<UInt8>) {
        if !isKnownUniquelyReferenced(&chunks) { chunks = chunks.copy() }
        var copied = 0
        for index in 0..<chunks.count {
            let count = min(PositionBlocks.chunkSize, totalBytes - copied)
            (target + copied).update(from: chunks[index], count: count)
            copied += count
            chunks.release(index)
        }
        chunks = PageChunks(chunkSize: PositionBlocks.chunkSize)
        used = PositionBlocks.chunkSize
    }
}
