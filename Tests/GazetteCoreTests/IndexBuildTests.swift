import Foundation
import Testing
@testable import GazetteCore

/// The index build's machinery: the short-term cache, the fold cache, posting pools and the
/// streaming merge of shards.
@Suite struct IndexBuildTests {
    @Test func shortTermCacheAgreesWithTheTermTable() {
        var generator = SplitMix64(seed: 11)
        var table = TermTable(capacity: 4)
        var cache = ShortTermCache(capacity: 4)
        let alphabet = Array("abcxyz09é北".utf8)
        var expected: [[UInt8]: UInt32] = [:]
        for _ in 0..<20_000 {
            // Lengths 1...20 cross the 8- and 16-byte packing limits.
            let length = 1 + Int(generator.next() % 20)
            let token = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let id = token.withUnsafeBufferPointer { bytes in
                guard let key = ShortTermCache.key(bytes) else { return table.insert(bytes) }
                return cache.id(for: key) { table.insert(bytes) }
            }
            if let known = expected[token] { #expect(known == id) } else { expected[token] = id }
            #expect(table.term(id) == String(decoding: token, as: UTF8.self))
        }
        #expect(table.count == expected.count)
        // Packing: "ab" and "ab\0…" never meet (tokens have no zero byte); 17 bytes do not pack.
        #expect([UInt8]("ab".utf8).withUnsafeBufferPointer { ShortTermCache.key($0) }
            != [UInt8]("ba".utf8).withUnsafeBufferPointer { ShortTermCache.key($0) })
        #expect([UInt8](repeating: 97, count: 17).withUnsafeBufferPointer { ShortTermCache.key($0) } == nil)
        #expect([UInt8]().withUnsafeBufferPointer { ShortTermCache.key($0) } == nil)
    }

    @Test func foldCacheGivesTheSameTokensWhateverCameBefore() {
        // U+00E9 and U+04E9 share a slot of the recent-folding cache (value mod 1,024);
        // U+FDFA folds to more than 8 bytes; U+FB01 (ﬁ) to two letters.
        let words = ["É", "ө", "Ӫ", "é\u{301}", "\u{FDFA}", "ﬁne", "ÉӨé", "北京", "Ǆ", "ΑΘΉΝΑ", "ＡＢＣ", "x\u{308}"]
        var generator = SplitMix64(seed: 5)
        var shared = Tokenizer()
        for _ in 0..<400 {
            let text = (0..<6).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " ")
            let fresh = text.split(separator: " ").flatMap { IndexBuildTests.tokens(String($0)) }
            #expect(shared.tokens(in: text) == fresh)
        }
        #expect(Self.tokens("É ө") == ["e", "ө"])
        #expect(Self.tokens("ﬁne") == ["fine"])
        let ligature = Self.tokens("\u{FDFA}")
        #expect(ligature.count == 1)
        #expect((ligature.first?.utf8.count ?? 0) > 8)
        #expect(ligature == Array(Self.tokens("\u{FDFA} \u{FDFA}").dropLast()))
    }

    @Test func asciiFastPathEqualsTheGeneralPath() {
        // The same words with a non-ASCII separator take the general path; with spaces, the
        // ASCII one. Both must give the same tokens.
        var generator = SplitMix64(seed: 3)
        let pieces = ["Hello", "WORLD", "mIxEd42", "don't", "e-mail", "x", "0", "ZZZ", "café", "北", "Ωmega", "a\u{301}b"]
        for _ in 0..<300 {
            let words = (0..<8).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
            let spaced = Self.tokens(words.joined(separator: " "))
            let dashed = Self.tokens(words.joined(separator: "\u{2014}"))
            #expect(spaced == dashed)
        }
    }

    @Test func postingPoolKeepsStreamsApartAndCopiesOnWrite() {
        var pool = PostingPool()
        var expected: [[UInt8]] = []
        for _ in 0..<50 { expected.append([]); _ = pool.addStream() }
        var generator = SplitMix64(seed: 9)
        // Enough bytes to cross block (4 KiB) and chunk (1 MiB) boundaries.
        for round in 0..<6_000 {
            let stream = Int(generator.next() % 50)
            let bytes = (0..<(1 + round % 700)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            bytes.withUnsafeBufferPointer { pool.append($0, to: stream) }
            expected[stream] += bytes
        }
        let copy = pool
        [UInt8](repeating: 7, count: 100).withUnsafeBufferPointer { pool.append($0, to: 0) }
        for stream in 0..<50 {
            #expect(Self.contents(of: copy, stream) == expected[stream])
            #expect(Int(copy.sizes[stream]) == expected[stream].count)
        }
        #expect(Self.contents(of: pool, 0) == expected[0] + [UInt8](repeating: 7, count: 100))
        #expect(copy.totalBytes == expected.reduce(0) { $0 + $1.count })
    }

    @Test func postingPoolDrainsEveryStreamInOrderAcrossChunks() {
        var pool = PostingPool()
        var expected: [[UInt8]] = []
        for _ in 0..<400 { expected.append([]); _ = pool.addStream() }
        var generator = SplitMix64(seed: 21)
        // About 3 MiB: several chunks, blocks of every size, streams of one byte and of many blocks.
        for round in 0..<12_000 {
            let stream = round < 400 ? round : Int(generator.next() % 40)
            let bytes = (0..<(1 + Int(generator.next() % 500))).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            bytes.withUnsafeBufferPointer { pool.append($0, to: stream) }
            expected[stream] += bytes
        }
        let copy = pool  // draining one copy leaves the other whole
        var drained = [[UInt8]](repeating: [], count: 400)
        var firsts = [Int](repeating: 0, count: 400)
        pool.drain { stream, run, isFirst in
            if isFirst {
                firsts[stream] += 1
                #expect(drained[stream].isEmpty, "a stream's first run comes first")
            }
            drained[stream] += run
        }
        #expect(drained == expected)
        #expect(firsts == [Int](repeating: 1, count: 400))
        #expect(pool.totalBytes == 0 && pool.count == 0)
        for stream in [0, 7, 39, 399] { #expect(Self.contents(of: copy, stream) == expected[stream]) }
    }

    @Test func mergedShardsEqualOneBuildByteForByte() {
        // Terms missing from a middle shard and article gaps whose varint shrinks on rebasing.
        let articles = (0..<9_000).map { number in
            Article(
                id: ArticleID("m\(number)"), title: number % 1_000 == 0 ? "milestone \(number)" : "plain \(number % 10)",
                body: [number < 3_000 || number >= 6_000 ? "edges only" : "middle only", "Éclair \(number % 300 == 0 ? "rare" : "common")"])
        }
        var single = [SearchIndexBuilder(firstDocument: 0, capacity: articles.count)]
        for article in articles { single[0].add(article) }
        single[0].finish()
        let reference = SearchIndexBuilder.merge(&single)
        var shards = [0..<3_000, 3_000..<6_000, 6_000..<9_000].map { range in
            var builder = SearchIndexBuilder(firstDocument: range.lowerBound, capacity: range.count)
            for article in articles[range] { builder.add(article) }
            builder.finish()
            return builder
        }
        let merged = SearchIndexBuilder.merge(&shards)
        #expect(merged.terms.bytes == reference.terms.bytes)
        #expect(merged.terms.starts == reference.terms.starts)
        #expect(merged.postings.documentBytes == reference.postings.documentBytes)
        #expect(merged.postings.positionBytes == reference.postings.positionBytes)
        #expect(merged.postings.documentStarts == reference.postings.documentStarts)
        #expect(merged.postings.positionStarts == reference.postings.positionStarts)
        #expect(merged.postings.documentCounts == reference.postings.documentCounts)
        #expect(merged.terms.id(of: "middle").map { merged.postings.documentCounts[Int($0)] } == 3_000)
        #expect(shards.allSatisfy { $0.documentStreams.totalBytes == 0 })
    }

    static func tokens(_ text: String) -> [String] {
        var tokenizer = Tokenizer()
        return tokenizer.tokens(in: text)
    }

    static func contents(of pool: PostingPool, _ stream: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        pool.forEachRun(of: stream) { bytes.append(contentsOf: $0) }
        return bytes
    }
}
