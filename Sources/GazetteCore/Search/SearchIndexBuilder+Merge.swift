import Foundation

extension SearchIndexBuilder {
    /// Joins shards built over consecutive runs of articles, in order, into one index layout.
    ///
    /// Term ids: shard 0's, then each later shard's new terms in its order. The exact size of
    /// every term's postings is known before copying, so the flat arrays are allocated once
    /// and filled by the shards in parallel (see ``PostingMerge``), each shard's streams and
    /// position blocks released chunk by chunk as they are copied: the merge never holds
    /// every shard's postings and the whole merged copy at once. The shards' position blocks
    /// are already in article order: they go one shard after the other.
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
        postings.documentCounts = layout.documentCounts
        postings.positionBlockStarts = layout.positionBlockStarts
        let documentTotal = layout.documentStarts.last ?? 0
        let positionTotal = layout.positionBlockStarts.last ?? 0
        postings.documentBytes = [UInt8](unsafeUninitializedCapacity: documentTotal) { documents, documentCount in
            postings.positionBytes = [UInt8](unsafeUninitializedCapacity: positionTotal) { positions, positionCount in
                PostingMerge(shards: &shards, layout: layout, documents: documents, positions: positions).run()
                documentCount = documentTotal
                positionCount = positionTotal
            }
        }
        return (terms, postings)
    }
}

/// Where each term's merged document records go: sizes summed over the shards, less the bytes
/// saved by rebasing each shard's first article gap; where each shard's part of each term
/// goes; and where each shard's position blocks go (one shard after the other), so that
/// shards can be copied independently (see ``PostingMerge``).
struct MergeLayout {
    var documentStarts: [Int]
    var documentCounts: [UInt32]
    /// Where each article's position block starts in the merged array, and the end.
    var positionBlockStarts: [Int] = [0]
    /// Per shard: where its first block goes.
    var positionBases: [Int] = []
    /// Per shard.
    var parts: [Part] = []

    /// One shard's part of every term, by the shard's local term id.
    struct Part {
        /// Where its bytes start and end in the merged arrays.
        var documentFrom: [Int]
        var documentTo: [Int]
        /// The article id + 1 the term's postings in earlier shards end at: its first gap is
        /// rebased on it.
        var bases: [UInt32]
    }

    init(shards: [SearchIndexBuilder], globalIDs: [[UInt32]], termCount: Int) {
        var documentSizes = [Int](repeating: 0, count: termCount)
        documentCounts = [UInt32](repeating: 0, count: termCount)
        var bases = [UInt32](repeating: 0, count: termCount)
        // Per shard and local term: its document bytes once rebased, and its base.
        var shardDocumentSizes: [[Int]] = []
        var shardBases: [[UInt32]] = []
        for (shard, ids) in zip(shards, globalIDs) {
            var sizes = [Int](repeating: 0, count: ids.count)
            var shardBase = [UInt32](repeating: 0, count: ids.count)
            for local in ids.indices {
                let global = Int(ids[local])
                // The first gap is whole in the first run (a first block holds 64 bytes, a
                // state line whole appends).
                let saved = shard.documentStreams.withFirstRun(of: local) { run in
                    var offset = 0
                    let gap = VarInt.read(run, at: &offset)
                    return offset - VarInt.length(gap - bases[global])
                } ?? 0
                sizes[local] = shard.documentStreams.size(of: local) - saved
                shardBase[local] = bases[global]
                documentSizes[global] += sizes[local]
                documentCounts[global] += shard.documentCount(of: local)
                bases[global] = shard.nextDocument(of: local)
            }
            shardDocumentSizes.append(sizes)
            shardBases.append(shardBase)
        }
        documentStarts = MergeLayout.starts(documentSizes)
        positionBlockStarts.reserveCapacity(shards.reduce(1) { $0 + $1.positions.blockEnds.count })
        for shard in shards {
            let base = positionBlockStarts[positionBlockStarts.count - 1]
            positionBases.append(base)
            positionBlockStarts.append(contentsOf: shard.positions.blockEnds.lazy.map { base + $0 })
        }
        var documentCursors = Array(documentStarts.dropLast())
        for (index, ids) in globalIDs.enumerated() {
            var part = Part(documentFrom: [], documentTo: [], bases: shardBases[index])
            part.documentFrom.reserveCapacity(ids.count)
            part.documentTo.reserveCapacity(ids.count)
            for local in ids.indices {
                let global = Int(ids[local])
                part.documentFrom.append(documentCursors[global])
                documentCursors[global] += shardDocumentSizes[index][local]
                part.documentTo.append(documentCursors[global])
            }
            parts.append(part)
        }
    }

    private static func starts(_ sizes: [Int]) -> [Int] {
        var starts = [0]
        starts.reserveCapacity(sizes.count + 1)
        for size in sizes { starts.append(starts[starts.count - 1] + size) }
        return starts
    }
}
