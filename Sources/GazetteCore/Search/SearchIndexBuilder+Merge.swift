import Foundation

extension SearchIndexBuilder {
    /// Joins shards built over consecutive runs of articles, in order, into one index layout.
    ///
    /// Term ids: shard 0's, then each later shard's new terms in its order. The exact size of
    /// every term's postings is known before copying, so the flat arrays are allocated once
    /// and filled shard by shard, each shard's streams released chunk by chunk as they are
    /// copied: the merge never holds every shard's postings and the whole merged copy at once.
    static func merge(_ shards: inout [SearchIndexBuilder]) -> (terms: TermTable, postings: CompactPostings) {
        guard var terms = shards.first?.terms else { return (TermTable(), CompactPostings()) }
        // Per shard: local term id → global id.
        var globalIDs: [[UInt32]] = []
        for (shardIndex, shard) in shards.enumerated() {
            guard shardIndex > 0 else {
                globalIDs.append(Array(0..<UInt32(shard.terms.count)))
                continue
            }
            globalIDs.append((0..<shard.terms.count).map { local in
                shard.terms.withTerm(UInt32(local)) { terms.insert($0) }
            })
        }
        let layout = MergeLayout(shards: shards, globalIDs: globalIDs, termCount: terms.count)
        var postings = CompactPostings()
        postings.documentStarts = layout.documentStarts
        postings.positionStarts = layout.positionStarts
        postings.documentCounts = layout.documentCounts
        let documentTotal = layout.documentStarts.last ?? 0
        let positionTotal = layout.positionStarts.last ?? 0
        var documentCursors = Array(layout.documentStarts.dropLast())
        var positionCursors = Array(layout.positionStarts.dropLast())
        // Per global term: the article id + 1 its postings so far end at (the base of the
        // next shard's first gap).
        var bases = [UInt32](repeating: 0, count: terms.count)
        postings.documentBytes = [UInt8](unsafeUninitializedCapacity: documentTotal) { documents, documentCount in
            postings.positionBytes = [UInt8](unsafeUninitializedCapacity: positionTotal) { positions, positionCount in
                for shardIndex in shards.indices {
                    shards[shardIndex].movePostings(
                        globalIDs: globalIDs[shardIndex], documents: documents, documentCursors: &documentCursors,
                        positions: positions, positionCursors: &positionCursors, bases: &bases)
                }
                precondition(zip(positionCursors, layout.positionStarts.dropFirst()).allSatisfy(==))
                positionCount = positionTotal
            }
            precondition(zip(documentCursors, layout.documentStarts.dropFirst()).allSatisfy(==))
            documentCount = documentTotal
        }
        return (terms, postings)
    }

    /// Moves this shard's postings to each term's cursor in the merged arrays, rebasing each
    /// term's first article gap on the previous shards' last article of that term. The
    /// shard's streams are read in memory order and released chunk by chunk as they are
    /// copied (see ``PostingPool/drain(_:)``), so the copy grows while the shard shrinks.
    private mutating func movePostings(
        globalIDs: [UInt32], documents: UnsafeMutableBufferPointer<UInt8>, documentCursors: inout [Int],
        positions: UnsafeMutableBufferPointer<UInt8>, positionCursors: inout [Int], bases: inout [UInt32]
    ) {
        func copy(_ run: UnsafeBufferPointer<UInt8>, to target: UnsafeMutableBufferPointer<UInt8>, at cursor: inout Int) {
            guard let source = run.baseAddress, let base = target.baseAddress, !run.isEmpty else { return }
            precondition(cursor + run.count <= target.count)
            (base + cursor).update(from: source, count: run.count)
            cursor += run.count
        }
        var documentPool = documentStreams, positionPool = positionStreams
        documentStreams = PostingPool()
        positionStreams = PostingPool()
        documentPool.drain { local, run, isFirst in
            let global = Int(globalIDs[local])
            guard isFirst, !run.isEmpty else {
                copy(run, to: documents, at: &documentCursors[global])
                return
            }
            var offset = 0
            let gap = VarInt.read(run, at: &offset) - bases[global]
            precondition(documentCursors[global] + VarInt.length(gap) <= documents.count)
            VarInt.write(gap, to: documents, at: &documentCursors[global])
            copy(UnsafeBufferPointer(rebasing: run[offset...]), to: documents, at: &documentCursors[global])
        }
        for local in globalIDs.indices { bases[Int(globalIDs[local])] = nextDocument[local] }
        positionPool.drain { local, run, _ in copy(run, to: positions, at: &positionCursors[Int(globalIDs[local])]) }
    }
}

/// Where each term's merged postings go: sizes summed over the shards, less the bytes saved
/// by rebasing each shard's first article gap.
struct MergeLayout {
    var documentStarts: [Int]
    var positionStarts: [Int]
    var documentCounts: [UInt32]

    init(shards: [SearchIndexBuilder], globalIDs: [[UInt32]], termCount: Int) {
        var documentSizes = [Int](repeating: 0, count: termCount)
        var positionSizes = [Int](repeating: 0, count: termCount)
        documentCounts = [UInt32](repeating: 0, count: termCount)
        var bases = [UInt32](repeating: 0, count: termCount)
        for (shard, ids) in zip(shards, globalIDs) {
            for local in ids.indices {
                let global = Int(ids[local])
                // The first gap is whole in the first run (a first block holds 64 bytes, a state line
                // whole appends).
                let saved = shard.documentStreams.withFirstRun(of: local) { run in
                    var offset = 0
                    let gap = VarInt.read(run, at: &offset)
                    return offset - VarInt.length(gap - bases[global])
                } ?? 0
                documentSizes[global] += shard.documentStreams.size(of: local) - saved
                positionSizes[global] += shard.positionStreams.size(of: local)
                documentCounts[global] += shard.documentCounts[local]
                bases[global] = shard.nextDocument[local]
            }
        }
        documentStarts = MergeLayout.starts(documentSizes)
        positionStarts = MergeLayout.starts(positionSizes)
    }

    private static func starts(_ sizes: [Int]) -> [Int] {
        var starts = [0]
        starts.reserveCapacity(sizes.count + 1)
        for size in sizes { starts.append(starts[starts.count - 1] + size) }
        return starts
    }
}
