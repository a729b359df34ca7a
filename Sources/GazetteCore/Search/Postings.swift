/// The postings of every term, in two flat byte arrays.
///
/// For term `t`, `documentBytes[documentStarts[t]..<documentStarts[t + 1]]` holds one record
/// per article containing it, in archive order, of ``VarInt``s: the gap from the previous
/// article id + 1 (so the first record is the article id itself); the body frequency times 2,
/// plus 1 when the title holds the term too, and then the title frequency (most records have
/// none: one number fewer); and where the term's positions start in the article's position
/// block.
///
/// Positions are kept by article, not by term: article `a`'s block is
/// `positionBytes[positionBlockStarts[a]..<positionBlockStarts[a + 1]]` and holds, for each of
/// its terms in turn, the term's title + body token positions as gaps from the previous one
/// (starting at 0). Building writes each article's block once, in order, instead of copying
/// every position into its term's stream; a phrase reads only the blocks of articles holding
/// all its words. Ranking only decodes the document records.
struct CompactPostings: Sendable {
    var documentBytes: [UInt8] = []
    var positionBytes: [UInt8] = []
    var documentStarts: [Int] = [0]
    /// One start per article, and the end of the last block.
    var positionBlockStarts: [Int] = [0]
    /// Number of articles holding each term.
    var documentCounts: [UInt32] = []
    /// Readers stop at a record naming an article at or past this (only a damaged persisted
    /// index has one): article ids index per-article arrays.
    var documentLimit = UInt32.max

    /// Number of terms.
    var termCount: Int { documentCounts.count }

    /// Calls `body` with a reader over one term's postings (which can skip with `blocks`).
    func withReader<Result>(
        _ term: UInt32, blocks: PostingBlocks = PostingBlocks(), _ body: (inout PostingReader) -> Result
    ) -> Result {
        withReaders([term], blocks: blocks) { body(&$0[0]) }
    }

    /// Calls `body` with a reader over each term's postings, in the terms' order (which can
    /// skip with `blocks`).
    func withReaders<Result>(
        _ terms: [UInt32], blocks: PostingBlocks = PostingBlocks(), _ body: (inout [PostingReader]) -> Result
    ) -> Result {
        documentBytes.withUnsafeBufferPointer { documents in
            positionBytes.withUnsafeBufferPointer { positions in
                positionBlockStarts.withUnsafeBufferPointer { blockStarts in
                    blocks.withBuffers { lastDocuments, offsets, bounds in
                        var readers = terms.map { term in
                            let t = Int(term)
                            let range = blocks.range(of: t)
                            return PostingReader(
                                documents: UnsafeBufferPointer(rebasing: documents[documentStarts[t]..<documentStarts[t + 1]]),
                                positions: positions, blockStarts: blockStarts,
                                count: Int(documentCounts[t]), documentLimit: documentLimit,
                                skips: PostingReader.Skips(
                                    lastDocuments: UnsafeBufferPointer(rebasing: lastDocuments[range]),
                                    offsets: UnsafeBufferPointer(rebasing: offsets[range]),
                                    bounds: UnsafeBufferPointer(rebasing: bounds[range])))
                        }
                        return body(&readers)
                    }
                }
            }
        }
    }
}

/// Walks one term's postings in archive order.
///
/// Every read is bounds-checked: document records against the term's stream, positions
/// against their article's block, each of which need only end with a complete number (see
/// ``CompactPostings/isWellFormed(termCount:articleCount:)``). A damaged persisted index can
/// give wrong hits but never read outside its arrays.
struct PostingReader {
    /// The term's blocks of ``PostingBlocks/blockSize`` records (none for a short list).
    struct Skips {
        /// Per block: its last article.
        var lastDocuments = UnsafeBufferPointer<UInt32>(start: nil, count: 0)
        /// Per block: where its first record starts in the term's records.
        var offsets = UnsafeBufferPointer<UInt32>(start: nil, count: 0)
        /// Per block: the most a record of it can score, before the term's weight.
        var bounds = UnsafeBufferPointer<Float>(start: nil, count: 0)

        /// Number of blocks.
        var count: Int { lastDocuments.count }
    }

    let documents: UnsafeBufferPointer<UInt8>
    let positions: UnsafeBufferPointer<UInt8>
    let blockStarts: UnsafeBufferPointer<Int>
    /// Number of records.
    let count: Int
    let documentLimit: UInt32
    /// The term's blocks.
    let skips: Skips
    private var documentOffset = 0
    private var nextDocument: UInt32 = 0
    /// Records read so far (or skipped by ``jump(toBlock:)``): the next one's number.
    private var recordsRead = 0
    /// The record last returned: its article, its number of positions, and where in
    /// `documents` the offset of its positions in the article's block is (ranking never needs
    /// that number: ``next()`` skips it without decoding).
    private var currentDocument = 0
    private var currentPositions = 0
    private var currentOffsetAt = 0

    init(
        documents: UnsafeBufferPointer<UInt8>, positions: UnsafeBufferPointer<UInt8>, blockStarts: UnsafeBufferPointer<Int>,
        count: Int, documentLimit: UInt32, skips: Skips = Skips()
    ) {
        self.documents = documents
        self.positions = positions
        self.blockStarts = blockStarts
        self.count = count
        self.documentLimit = documentLimit
        self.skips = skips
    }

    /// The next record (article, title frequency, body frequency), or nil at the end.
    mutating func next() -> (document: UInt32, title: UInt32, body: UInt32)? {
        guard let record = PostingReader.decode(documents, at: &documentOffset, after: nextDocument, limit: documentLimit)
        else { return nil }
        nextDocument = record.document &+ 1
        recordsRead &+= 1
        currentDocument = Int(record.document)
        currentPositions = Int(record.title) &+ Int(record.body)
        currentOffsetAt = record.offsetAt
        return (record.document, record.title, record.body)
    }

    /// The first record whose article is `target` or later, skipping whole blocks that end
    /// before it; nil at the end. Records already read are not read again: call it with a
    /// target past the last record returned.
    mutating func advance(to target: UInt32) -> (document: UInt32, title: UInt32, body: UInt32)? {
        if skips.count > 0 {
            let current = recordsRead / PostingBlocks.blockSize
            var block = current
            while block < skips.count && skips.lastDocuments[block] < target { block &+= 1 }
            if block == skips.count {
                documentOffset = documents.count
                return nil
            }
            if block > current { jump(toBlock: block) }
        }
        while let record = next() {
            if record.document >= target { return record }
        }
        return nil
    }

    /// Moves to the first record of block `block` (below ``Skips/count``).
    mutating func jump(toBlock block: Int) {
        documentOffset = min(Int(skips.offsets[block]), documents.count)
        nextDocument = block > 0 ? skips.lastDocuments[block &- 1] &+ 1 : 0
        recordsRead = block &* PostingBlocks.blockSize
    }

    /// Calls `body` with every remaining record (article, title frequency, body frequency), in
    /// order: what ranking reads, in one loop that keeps the reader's state in registers (a
    /// common word has a record in nearly every article). Positions are not read after it.
    @inline(__always)
    mutating func forEachRecord(_ body: (_ document: UInt32, _ title: UInt32, _ body: UInt32) -> Void) {
        var offset = documentOffset, next = nextDocument
        var read = recordsRead
        while let record = PostingReader.decode(documents, at: &offset, after: next, limit: documentLimit) {
            body(record.document, record.title, record.body)
            next = record.document &+ 1
            read &+= 1
        }
        documentOffset = offset
        nextDocument = next
        recordsRead = read
        currentPositions = 0
    }

    /// The record at `offset` (moving `offset` past it), whose article gap counts from
    /// `nextDocument`, and where its position offset is; nil at the end of `documents`, or at
    /// a record cut short or naming an article at or past `limit` (the stream then reads as
    /// ended).
    @inline(__always)
    static func decode(
        _ documents: UnsafeBufferPointer<UInt8>, at offset: inout Int, after nextDocument: UInt32, limit: UInt32
    ) -> (document: UInt32, title: UInt32, body: UInt32, offsetAt: Int)? {
        guard offset < documents.count else { return nil }
        let document = nextDocument &+ VarInt.read(documents, at: &offset)
        guard offset < documents.count else { return nil }
        let bodyAndFlag = VarInt.read(documents, at: &offset)
        guard offset < documents.count, document < limit else {
            offset = documents.count
            return nil
        }
        var title: UInt32 = 0
        if bodyAndFlag & 1 == 1 {
            title = VarInt.read(documents, at: &offset)
            guard offset < documents.count else { return nil }
        }
        let offsetAt = offset
        VarInt.skip(documents, at: &offset)
        return (document, title, bodyAndFlag >> 1, offsetAt)
    }

    /// The token positions of the record last returned by ``next()``, in order.
    mutating func readPositions(into result: inout [UInt32]) {
        result.removeAll(keepingCapacity: true)
        appendPositions(to: &result)
    }

    /// Appends the token positions of the record last returned by ``next()``, in order.
    mutating func appendPositions(to result: inout [UInt32]) {
        guard currentDocument + 1 < blockStarts.count, currentOffsetAt < documents.count else { return }
        var offsetAt = currentOffsetAt
        let offsetInBlock = Int(VarInt.read(documents, at: &offsetAt))
        let upper = min(blockStarts[currentDocument + 1], positions.count)
        var offset = blockStarts[currentDocument] &+ offsetInBlock
        guard offset >= 0 else { return }
        var position: UInt32 = 0
        var remaining = currentPositions
        // The block ends with the last byte of a number: no read runs past it.
        while remaining > 0 && offset < upper {
            position &+= VarInt.read(positions, at: &offset)
            result.append(position)
            remaining -= 1
        }
    }
}

/// Per-article frequencies of one query clause, sorted by article.
struct ClauseMatches {
    var documents: [UInt32] = []
    var titleFrequencies: [Double] = []
    var bodyFrequencies: [Double] = []

    var count: Int { documents.count }
}
