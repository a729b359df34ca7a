import Testing
@testable import GazetteCore

@Suite struct PositionBlocksTests {
    @Test func blocksDrainInOrderAcrossChunkBoundaries() {
        // Blocks of every size from empty to over two chunks, so some end exactly at a chunk's
        // end, some span one boundary and one spans several.
        let chunk = PositionBlocks.chunkSize
        let sizes = [0, 1, 5, chunk - 6, 0, 7, chunk, 3, 2 * chunk + 11, 1, chunk - 1, 0]
        var generator = SplitMix64(seed: 5)
        var blocks = PositionBlocks()
        var expected: [UInt8] = []
        var ends: [Int] = []
        for size in sizes {
            let block = (0..<size).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            block.withUnsafeBufferPointer { blocks.append($0) }
            expected += block
            ends.append(expected.count)
        }
        // A copy keeps its bytes while the original drains (the chunks are shared until then).
        var copy = blocks
        #expect(blocks.blockEnds == ends)
        #expect(blocks.totalBytes == expected.count)
        var drained = [UInt8](repeating: 0, count: expected.count)
        drained.withUnsafeMutableBufferPointer { target in
            if let base = target.baseAddress { blocks.drain(into: base) }
        }
        #expect(drained == expected)
        var copied = [UInt8](repeating: 0, count: expected.count)
        copied.withUnsafeMutableBufferPointer { target in
            if let base = target.baseAddress { copy.drain(into: base) }
        }
        #expect(copied == expected)
    }

    @Test func phrasesReadTheirArticlesBlocksAfterAShardedBuild() {
        // Phrases whose words stand in many articles: each hit's positions come from its own
        // block, in a build of several shards whose blocks span many chunks.
        var articles: [Article] = []
        for number in 0..<6_000 {
            let filler = (0..<150).map { "w\(($0 * 31 + number) % 997)" }.joined(separator: " ")
            let body = number % 3 == 0 ? "\(filler) red fox \(filler) end" : "\(filler) fox red \(filler) end"
            articles.append(Article(id: ArticleID("a\(number)"), title: "story \(number)", body: [body, "red"]))
        }
        let index = SearchIndex(articles: articles)
        let hits = index.search(SearchQuery(#""red fox""#))
        #expect(hits.count == 2_000)
        #expect(Set(hits.map(\.articleIndex)) == Set(stride(from: 0, to: 6_000, by: 3)))
        #expect(index.hitCount(SearchQuery(#""fox red""#)) == 4_000)
        #expect(index.hitCount(SearchQuery("red fox")) == 6_000)
        // Not across the gap between paragraphs: every first paragraph ends with "end", every
        // second one is "red".
        #expect(index.hitCount(SearchQuery(#""end red""#)) == 0)
        #expect(index.hitCount(SearchQuery("end red")) == 6_000)
    }
}
