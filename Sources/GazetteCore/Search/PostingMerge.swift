import Foundation

/// Copies the shards' posting streams into the merged flat arrays: the document streams on
/// one thread and the position streams on another, at once (they fill different arrays
/// through different cursors). Each shard's streams are read in memory order and released
/// chunk by chunk as they are copied (see ``PostingPool/drain(_:)``), so the copy grows while
/// the shards shrink.
final class PostingMerge: @unchecked Sendable {
    private var documentPools: [PostingPool]
    private var positionPools: [PostingPool]
    /// Per shard: local term id → global id, and per local term the article id + 1 its
    /// postings end at.
    private let globalIDs: [[UInt32]]
    private let nextDocuments: [[UInt32]]
    private let documents: UnsafeMutableBufferPointer<UInt8>
    private let positions: UnsafeMutableBufferPointer<UInt8>
    /// Per global term: where its next bytes go.
    private(set) var documentCursors: [Int]
    private(set) var positionCursors: [Int]

    /// Takes the shards' streams (leaving them empty); `layout` says where each term goes in
    /// `documents` and `positions`.
    init(
        shards: inout [SearchIndexBuilder], globalIDs: [[UInt32]], layout: MergeLayout,
        documents: UnsafeMutableBufferPointer<UInt8>, positions: UnsafeMutableBufferPointer<UInt8>
    ) {
        documentPools = []
        positionPools = []
        for index in shards.indices {
            documentPools.append(shards[index].documentStreams)
            positionPools.append(shards[index].positionStreams)
            shards[index].documentStreams = PostingPool()
            shards[index].positionStreams = PostingPool()
        }
        self.globalIDs = globalIDs
        nextDocuments = shards.map(\.nextDocument)
        self.documents = documents
        self.positions = positions
        documentCursors = Array(layout.documentStarts.dropLast())
        positionCursors = Array(layout.positionStarts.dropLast())
    }

    /// Copies everything, the two kinds of streams in parallel.
    func run() {
        DispatchQueue.concurrentPerform(iterations: 2) { kind in
            if kind == 0 { copyDocuments() } else { copyPositions() }
        }
    }

    /// Copies the document streams shard by shard, rebasing each term's first article gap in
    /// a shard on the previous shards' last article of that term.
    private func copyDocuments() {
        // Local copies: a class property's accesses are checked for exclusivity at run time.
        var cursors = documentCursors
        let documents = self.documents
        // Per global term: the article id + 1 its postings so far end at.
        var bases = [UInt32](repeating: 0, count: cursors.count)
        for shard in documentPools.indices {
            let globalIDs = self.globalIDs[shard]
            var pool = documentPools[shard]
            documentPools[shard] = PostingPool()
            pool.drain { local, run, isFirst in
                let global = Int(globalIDs[local])
                guard isFirst, !run.isEmpty else {
                    PostingMerge.copy(run, to: documents, at: &cursors[global])
                    return
                }
                var offset = 0
                let gap = VarInt.read(run, at: &offset) - bases[global]
                precondition(cursors[global] + VarInt.length(gap) <= documents.count)
                VarInt.write(gap, to: documents, at: &cursors[global])
                PostingMerge.copy(UnsafeBufferPointer(rebasing: run[offset...]), to: documents, at: &cursors[global])
            }
            for local in globalIDs.indices { bases[Int(globalIDs[local])] = nextDocuments[shard][local] }
        }
        documentCursors = cursors
    }

    /// Copies the position streams shard by shard.
    private func copyPositions() {
        var cursors = positionCursors
        let positions = self.positions
        for shard in positionPools.indices {
            let globalIDs = self.globalIDs[shard]
            var pool = positionPools[shard]
            positionPools[shard] = PostingPool()
            pool.drain { local, run, _ in PostingMerge.copy(run, to: positions, at: &cursors[Int(globalIDs[local])]) }
        }
        positionCursors = cursors
    }

    private static func copy(_ run: UnsafeBufferPointer<UInt8>, to target: UnsafeMutableBufferPointer<UInt8>, at cursor: inout Int) {
        guard let source = run.baseAddress, let base = target.baseAddress, !run.isEmpty else { return }
        precondition(cursor + run.count <= target.count)
        (base + cursor).update(from: source, count: run.count)
        cursor += run.count
    }
}
