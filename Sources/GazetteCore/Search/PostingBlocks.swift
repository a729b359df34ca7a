import Foundation

/// The long posting lists cut into blocks of ``blockSize`` records, so that a query can skip
/// whole blocks: where each block starts, its last article, and the most one of its records
/// can score before the term's weight (its *impact*, as Lucene calls it).
///
/// A one-word search ranks its best hits by reading only the blocks whose bound can still
/// beat the worst of the best found so far (block-max top-k), and an intersection or a phrase
/// jumps over the blocks that end before the article it looks for. Only terms with more than
/// ``blockSize`` records have blocks: a shorter list is read whole faster than it is skipped.
///
/// The bound is of BM25's term part, tf·(k1 + 1) / (tf + norm), over the block's records,
/// rounded up to a `Float`: it grows with tf / norm, so the loop keeps the largest
/// tf × (1 / norm) and turns it into the bound once per block, with a margin far above the
/// rounding of the scores it bounds.
struct PostingBlocks: Sendable {
    /// Records per block.
    static let blockSize = 128

    /// Per term: its first block; one more entry at the end, the number of blocks. Empty when
    /// there are no blocks at all (an index made before any ranking).
    var firstBlocks: [UInt32] = []
    /// Per block: its last article.
    var lastDocuments: [UInt32] = []
    /// Per block: where its first record starts, in bytes from the term's first record.
    var offsets: [UInt32] = []
    /// Per block: an upper bound of tf·(k1 + 1) / (tf + norm) over its records.
    var bounds: [Float] = []
    /// Per article: 1 / norm (see ``BM25Ranking/norm(of:)``), so that a record's tf / norm,
    /// which orders its scores, is a product (derived, not persisted).
    var inverseNorms: [Double] = []

    /// Number of blocks.
    var count: Int { lastDocuments.count }

    /// The blocks of `term` (none when the index has no blocks, or the term's list is short).
    func range(of term: Int) -> Range<Int> {
        guard term + 1 < firstBlocks.count else { return 0..<0 }
        return Int(firstBlocks[term])..<Int(firstBlocks[term + 1])
    }

    /// Calls `body` with the per-block arrays.
    func withBuffers<Result>(
        _ body: (UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<Float>) -> Result
    ) -> Result {
        lastDocuments.withUnsafeBufferPointer { lastDocuments in
            offsets.withUnsafeBufferPointer { offsets in
                bounds.withUnsafeBufferPointer { bounds in body(lastDocuments, offsets, bounds) }
            }
        }
    }

    /// No blocks.
    init() {}

    /// The number of blocks a term with `records` records has.
    static func blockCount(records: Int) -> Int {
        records > blockSize ? (records + blockSize - 1) / blockSize : 0
    }

    /// The blocks of every long list of `postings`, with bounds for `ranking`'s lengths. The
    /// terms are shared out between all cores by their bytes.
    init(postings: CompactPostings, ranking: BM25Ranking) {
        let termCount = postings.termCount
        var firstBlocks = [UInt32](repeating: 0, count: termCount + 1)
        var total = 0
        for term in 0..<termCount {
            firstBlocks[term] = UInt32(total)
            total += PostingBlocks.blockCount(records: Int(postings.documentCounts[term]))
        }
        firstBlocks[termCount] = UInt32(total)
        let inverseNorms = PostingBlocks.inverseNorms(ranking)
        var lastDocuments = [UInt32](repeating: 0, count: total)
        var offsets = [UInt32](repeating: 0, count: total)
        var bounds = [Float](repeating: 0, count: total)
        let workCount = termCount < 4_096 ? 1 : 64
        // Shares of about equal bytes, on term boundaries.
        let byteTotal = postings.documentStarts.last ?? 0
        var shareStarts = [0]
        var term = 0
        for share in 1..<workCount {
            let wanted = byteTotal / workCount * share
            while term < termCount && postings.documentStarts[term] < wanted { term += 1 }
            shareStarts.append(term)
        }
        shareStarts.append(termCount)
        let shares = shareStarts, blockStarts = firstBlocks
        postings.documentBytes.withUnsafeBufferPointer { documents in
            inverseNorms.withUnsafeBufferPointer { inverseNorms in
                lastDocuments.withUnsafeMutableBufferPointer { lastDocuments in
                    offsets.withUnsafeMutableBufferPointer { offsets in
                        bounds.withUnsafeMutableBufferPointer { bounds in
                            // Read-only inputs; each share writes only its own terms' blocks.
                            nonisolated(unsafe) let input = (documents, inverseNorms)
                            nonisolated(unsafe) let out = (lastDocuments, offsets, bounds)
                            DispatchQueue.concurrentPerform(iterations: workCount) { share in
                                let (documents, inverseNorms) = input
                                for term in shares[share]..<shares[share + 1] {
                                    let first = Int(blockStarts[term]), end = Int(blockStarts[term + 1])
                                    guard end > first else { continue }
                                    let stream = UnsafeBufferPointer(rebasing: documents[
                                        postings.documentStarts[term]..<postings.documentStarts[term + 1]])
                                    PostingBlocks.measure(
                                        stream, limit: postings.documentLimit, inverseNorms: inverseNorms,
                                        lastDocuments: UnsafeMutableBufferPointer(rebasing: out.0[first..<end]),
                                        offsets: UnsafeMutableBufferPointer(rebasing: out.1[first..<end]),
                                        bounds: UnsafeMutableBufferPointer(rebasing: out.2[first..<end]))
                                }
                            }
                        }
                    }
                }
            }
        }
        self.firstBlocks = firstBlocks
        self.lastDocuments = lastDocuments
        self.offsets = offsets
        self.bounds = bounds
        self.inverseNorms = inverseNorms
    }

    /// 1 / norm of every article of `ranking`.
    static func inverseNorms(_ ranking: BM25Ranking) -> [Double] {
        ranking.weightedLengths.indices.map { 1 / ranking.norm(of: $0) }
    }

    /// The smallest tf / norm a record needs to score `threshold` with the term's `weight`
    /// (its idf), a little lowered (1e-9) against the rounding of either; infinity when no
    /// record can (the term part is below k1 + 1).
    static func ratioFloor(threshold: Double, weight: Double) -> Double {
        let part = threshold / weight
        guard part < BM25Ranking.k1 + 1 else { return .infinity }
        return part / (BM25Ranking.k1 + 1 - part) * (1 - 1e-9)
    }

    /// Reads one term's records and fills in its blocks.
    private static func measure(
        _ stream: UnsafeBufferPointer<UInt8>, limit: UInt32, inverseNorms: UnsafeBufferPointer<Double>,
        lastDocuments: UnsafeMutableBufferPointer<UInt32>, offsets: UnsafeMutableBufferPointer<UInt32>,
        bounds: UnsafeMutableBufferPointer<Float>
    ) {
        var offset = 0
        var next: UInt32 = 0
        var block = 0
        var inBlock = 0
        var largest = 0.0
        var last: UInt32 = 0
        while block < lastDocuments.count {
            let start = offset
            guard let record = PostingReader.decode(stream, at: &offset, after: next, limit: limit) else { break }
            if inBlock == 0 { offsets[block] = UInt32(truncatingIfNeeded: start) }
            next = record.document &+ 1
            last = record.document
            let tf = BM25Ranking.weightedFrequency(title: Double(record.title), body: Double(record.body))
            largest = max(largest, tf * inverseNorms[Int(record.document)])
            inBlock &+= 1
            if inBlock == blockSize {
                lastDocuments[block] = last
                bounds[block] = bound(largest)
                block &+= 1
                inBlock = 0
                largest = 0
            }
        }
        // The last block (short), or blocks a damaged stream never reached: they end at
        // the last article read and bound nothing more than was read.
        while block < lastDocuments.count {
            if inBlock == 0 { offsets[block] = UInt32(truncatingIfNeeded: offset) }
            lastDocuments[block] = last
            bounds[block] = bound(largest)
            block &+= 1
            inBlock = 0
        }
    }

    /// The block bound for its largest tf / norm: (k1 + 1) · r / (r + 1), made a little
    /// larger than any rounding of the scores (1e-6, against the 1e-15 of a `Double`'s), then
    /// rounded up to a `Float`.
    static func bound(_ ratio: Double) -> Float {
        let exact = (BM25Ranking.k1 + 1) * ratio / (ratio + 1) * (1 + 1e-6)
        let rounded = Float(exact)
        return Double(rounded) >= exact ? rounded : rounded.nextUp
    }
}
