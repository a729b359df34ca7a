/// The postings of every term in two flat byte arrays.
///
/// For term `t`, `documentBytes[documentStarts[t]..<documentStarts[t + 1]]` holds one record
/// per article containing it, in archive order: the gap from the previous article id + 1
/// (so the first record is the article id itself), the title frequency and the body frequency,
/// each a ``VarInt``. `positionBytes[positionStarts[t]..<positionStarts[t + 1]]` holds, per
/// record, its title + body token positions as gaps from the previous one (starting at 0).
/// Ranking only decodes the document stream; phrases also walk the position stream.
struct CompactPostings: Sendable {
    var documentBytes: [UInt8] = []
    var positionBytes: [UInt8] = []
    var documentStarts: [Int] = [0]
    var positionStarts: [Int] = [0]
    /// Number of articles holding each term.
    var documentCounts: [UInt32] = []
    /// Readers stop at a record naming an article at or past this (only a damaged persisted
    /// index has one): article ids index per-article arrays.
    var documentLimit = UInt32.max

    /// Number of terms.
    var termCount: Int { documentCounts.count }

    /// Appends the postings of the next term, given as byte streams of that layout.
    mutating func appendTerm(documents: [UInt8], positions: [UInt8], count: UInt32) {
        documentBytes.append(contentsOf: documents)
        positionBytes.append(contentsOf: positions)
        documentStarts.append(documentBytes.count)
        positionStarts.append(positionBytes.count)
        documentCounts.append(count)
    }

    /// Calls `body` with a reader over one term's postings.
    func withReader<Result>(_ term: UInt32, _ body: (inout PostingReader) -> Result) -> Result {
        let t = Int(term)
        return documentBytes.withUnsafeBufferPointer { documents in
            positionBytes.withUnsafeBufferPointer { positions in
                var reader = PostingReader(
                    documents: UnsafeBufferPointer(rebasing: documents[documentStarts[t]..<documentStarts[t + 1]]),
                    positions: UnsafeBufferPointer(rebasing: positions[positionStarts[t]..<positionStarts[t + 1]]),
                    count: Int(documentCounts[t]), documentLimit: documentLimit)
                return body(&reader)
            }
        }
    }
}

/// Walks one term's postings in archive order.
///
/// Every read is bounds-checked against the term's streams, which need only end with a
/// complete number (see ``CompactPostings/isWellFormed(termCount:)``): a damaged persisted
/// index can give wrong hits but never read outside its arrays.
struct PostingReader {
    let documents: UnsafeBufferPointer<UInt8>
    let positions: UnsafeBufferPointer<UInt8>
    /// Number of records.
    let count: Int
    let documentLimit: UInt32
    private var documentOffset = 0
    private var positionOffset = 0
    private var nextDocument: UInt32 = 0
    /// Positions of earlier records not read: skipped only when positions are wanted, so
    /// ranking a term never touches its positions.
    private var positionsToSkip = 0
    /// Positions of the current record.
    private var currentPositions = 0

    init(documents: UnsafeBufferPointer<UInt8>, positions: UnsafeBufferPointer<UInt8>, count: Int, documentLimit: UInt32) {
        self.documents = documents
        self.positions = positions
        self.count = count
        self.documentLimit = documentLimit
    }

    /// The next record (article, title frequency, body frequency), or nil at the end.
    mutating func next() -> (document: UInt32, title: UInt32, body: UInt32)? {
        guard documentOffset < documents.count else { return nil }
        let document = nextDocument &+ VarInt.read(documents, at: &documentOffset)
        guard documentOffset < documents.count else { return nil }
        let title = VarInt.read(documents, at: &documentOffset)
        guard documentOffset < documents.count, document < documentLimit else {
            documentOffset = documents.count
            return nil
        }
        let body = VarInt.read(documents, at: &documentOffset)
        nextDocument = document &+ 1
        positionsToSkip += currentPositions
        currentPositions = Int(title &+ body)
        return (document, title, body)
    }

    /// The token positions of the record last returned by ``next()``, in order.
    mutating func readPositions(into result: inout [UInt32]) {
        result.removeAll(keepingCapacity: true)
        // Each number ends at a byte below 0x80.
        while positionsToSkip > 0 && positionOffset < positions.count {
            if positions[positionOffset] < 0x80 { positionsToSkip -= 1 }
            positionOffset += 1
        }
        var position: UInt32 = 0
        while currentPositions > 0 && positionOffset < positions.count {
            position &+= VarInt.read(positions, at: &positionOffset)
            result.append(position)
            currentPositions -= 1
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
