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
                guard let key = PackedToken(bytes) else { return table.insert(bytes) }
                // Every lookup is an article of its own: slot 0, whatever the term.
                let (id, slot) = cache.idAndSlot(for: key, base: 1, slotCount: 0) { table.insert(bytes) }
                #expect(slot == 0)
                return id
            }
            if let known = expected[token] { #expect(known == id) } else { expected[token] = id }
            #expect(table.term(id) == String(decoding: token, as: UTF8.self))
        }
        #expect(table.count == expected.count)
        // Packing: "ab" and "ab\0…" never meet (tokens have no zero byte); 17 bytes do not pack.
        #expect([UInt8]("ab".utf8).withUnsafeBufferPointer { PackedToken($0) }
            != [UInt8]("ba".utf8).withUnsafeBufferPointer { PackedToken($0) })
        #expect([UInt8](repeating: 97, count: 17).withUnsafeBufferPointer { PackedToken($0) } == nil)
        #expect([UInt8]().withUnsafeBufferPointer { PackedToken($0) } == nil)
    }

    @Test func shortTermCacheNumbersEachArticlesTermsInOrderOfAppearance() {
        var table = TermTable()
        var cache = ShortTermCache(capacity: 2)
        func slots(_ words: [String], base: UInt32) -> [UInt32] {
            var slotCount: UInt32 = 0
            return words.map { word in
                var bytes = Array(word.utf8)
                return bytes.withUnsafeMutableBufferPointer { buffer in
                    let bytes = UnsafeBufferPointer(buffer)
                    guard let key = PackedToken(bytes) else { return UInt32.max }
                    let slot = cache.idAndSlot(for: key, base: base, slotCount: slotCount) { table.insert(bytes) }.slot
                    if slot == slotCount { slotCount += 1 }
                    return slot
                }
            }
        }
        // Short (one word) and long (two words) keys alike; the cache grows in between.
        let first = ["alpha", "beta", "alpha", "sixteen-bytes-ok", "gamma", "beta", "sixteen-bytes-ok"]
        #expect(slots(first, base: 1) == [0, 1, 0, 2, 3, 1, 2])
        // The next article starts at base 1 + 4: every earlier mark reads as another article's.
        #expect(slots(["gamma", "delta", "alpha", "gamma"], base: 5) == [0, 1, 2, 0])
        cache.clearMarks()
        #expect(slots(["delta", "alpha", "delta"], base: 1) == [0, 1, 0])
        let many = (0..<5_000).map { "w\($0)" }
        #expect(slots(many + many, base: 4) == (0..<5_000).map(UInt32.init) + (0..<5_000).map(UInt32.init))
    }

    @Test func shortTermCacheCopiesAreIndependent() {
        var table = TermTable()
        var original = ShortTermCache(capacity: 2)
        func id(_ word: String, in cache: inout ShortTermCache) -> UInt32 {
            Array(word.utf8).withUnsafeBufferPointer { bytes in
                guard let key = PackedToken(bytes) else { return UInt32.max }
                return cache.idAndSlot(for: key, base: 1, slotCount: 0) { table.insert(bytes) }.id
            }
        }
        let alpha = id("alpha", in: &original)
        let long = id("a-sixteen-byte-w", in: &original)
        var copy = original
        // New terms in the copy (enough to grow both of its tables) stay out of the original.
        let added = (0..<100).map { id("copy\($0)-long-term", in: &copy) } + (0..<100).map { id("c\($0)", in: &copy) }
        #expect(Set(added).count == 200)
        #expect(id("alpha", in: &copy) == alpha)
        #expect(id("a-sixteen-byte-w", in: &copy) == long)
        let countBefore = table.count
        // The original still misses them: each lookup asks the table again (which knows them).
        var asked = 0
        for word in (0..<100).map({ "c\($0)" }) {
            _ = Array(word.utf8).withUnsafeBufferPointer { bytes in
                original.idAndSlot(for: PackedToken(bytes)!, base: 1, slotCount: 0) {
                    asked += 1
                    return table.insert(bytes)
                }
            }
        }
        #expect(asked == 100)
        #expect(table.count == countBefore)
        #expect(id("alpha", in: &original) == alpha)
    }

    @Test func scratchBuffersGrowKeepingTheirFirstElementsAndCopyApart() {
        let buffer = ScratchBuffer<UInt64>(capacity: 4)
        for index in 0..<4 { buffer.base[index] = UInt64(index) + 10 }
        buffer.reserve(3, keeping: 4)
        #expect(buffer.capacity == 4)
        buffer.reserve(9, keeping: 3)
        #expect(buffer.capacity >= 9)
        #expect((0..<3).map { buffer.base[$0] } == [10, 11, 12])
        // Past the kept elements, grown room reads as zero.
        #expect((3..<buffer.capacity).allSatisfy { buffer.base[$0] == 0 })
        let copy = buffer.copy(keeping: 2)
        copy.base[0] = 99
        #expect(buffer.base[0] == 10)
        #expect(copy.base[1] == 11 && copy.capacity == buffer.capacity)
    }

    @Test func lookaheadRingLooksTokensUpInOrderACapacityLater() {
        withUnsafeTemporaryAllocation(of: PackedToken.self, capacity: LookaheadRing.capacity) { memory in
            guard let base = memory.baseAddress else { return }
            var ring = LookaheadRing(base)
            var looked: [UInt64] = []
            var lookedWhenAdding: [Int] = []
            for value in 1...40 {
                ring.add(PackedToken(low: UInt64(value), high: 0)) { looked.append($0.low) }
                lookedWhenAdding.append(looked.count)
                if value == 25 {
                    // A token that skips the ring: everything before it first.
                    ring.drain { looked.append($0.low) }
                    #expect(looked == (1...25).map(UInt64.init))
                }
            }
            ring.drain { looked.append($0.low) }
            #expect(looked == (1...40).map(UInt64.init))
            // Nothing is looked up until the ring is full, then one per token added.
            #expect(Array(lookedWhenAdding[0..<16]) == [Int](repeating: 0, count: 16))
            #expect(Array(lookedWhenAdding[16..<25]) == Array(1...9))
            #expect(lookedWhenAdding[25] == 25)
        }
    }

    @Test func packedTokensOfASCIIWordsAreLowercasedAndUnpack() {
        // Every length, from a buffer that ends at the word (byte by byte) or goes on (loads).
        let letters = Array("AbCdEfGhIjKlMnOpQ0129zZ".utf8)
        for count in 1...16 {
            let word = Array(letters[0..<count])
            let lowered = word.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
            let expected = lowered.withUnsafeBufferPointer { PackedToken($0) }
            for padding in [0, 16] {
                let buffer = word + [UInt8](repeating: 0x2E, count: padding)
                let packed = buffer.withUnsafeBufferPointer {
                    let (low, high) = PackedToken.words(at: $0.baseAddress!, count: count, readable: $0.count)
                    return PackedToken(asciiLow: low, high: high)
                }
                #expect(packed == expected)
                #expect(packed.count == count)
                #expect(packed.withBytes(Array.init) == lowered)
            }
        }
        // The eight-at-a-time lowercasing against the plain rule, for every ASCII byte.
        for byte in UInt64(0)..<0x80 {
            let word = byte << 24 | 0x41 << 8 | 0x7A
            let expected = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            #expect(PackedToken.lowercased(word) == expected << 24 | 0x61 << 8 | 0x7A)
        }
    }

    @Test func packedScanGivesTheGeneralScansTokens() {
        // Separators, cases, accents and combining marks, ideographs in and out of the fast
        // block (U+4DC0 is a hexagram, U+F900 a compatibility ideograph), kana, Hangul, emoji,
        // words of every length around 8 and 16 bytes, at the very end of the buffer too.
        let pieces = [
            " ", "  ", ",", "'", "-", "\n", "\u{2014}", "\u{3000}", "Hello", "WORLD", "mIxEd42", "x", "0",
            "abcdefg", "abcdefgh", "abcdefghi", "ABCDEFGHIJKLMNO", "abcdefghijklmnop", "abcdefghijklmnopq",
            "thisisaverylongwordindeed", "café", "CAFÉ", "e\u{301}", "\u{301}x", "Straße", "ＦＵＬＬ", "ﬁne",
            "北", "京", "一", "\u{9FFF}", "\u{4DC0}", "\u{4DBF}", "\u{F900}", "\u{20000}", "ひらがな", "カタカナ",
            "한국어", "😀", "👩‍👩‍👧", "Ωmega", "ab北cd", "北x\u{308}", "Москва", "ไทย",
        ]
        // Texts run over several 64-byte blocks too, with words and stretches across their
        // edges, and words that end right at an edge or at the end.
        let edges = [
            String(repeating: "a", count: 63), String(repeating: "b", count: 64), String(repeating: "c", count: 65),
            String(repeating: "x", count: 62) + " Yz", String(repeating: "é", count: 40), String(repeating: "北", count: 30),
            String(repeating: " ", count: 60) + "word", String(repeating: "w ", count: 40) + "end",
            String(repeating: ".", count: 127) + "q", String(repeating: "ab", count: 100),
        ]
        var generator = SplitMix64(seed: 17)
        var general = Tokenizer(), packed = Tokenizer()
        for round in 0..<3_000 {
            let length = round % 4 == 0 ? 20 + Int(generator.next() % 40) : 1 + Int(generator.next() % 12)
            var text = (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            if round == 0 { text = (0x4E00...0x9FFF).compactMap { Unicode.Scalar($0).map(String.init) }.joined() }
            if round > 0 && round <= edges.count { text = edges[round - 1] }
            if round % 7 == 0 { text = edges[Int(generator.next() % UInt64(edges.count))] + text }
            let expected = general.tokens(in: text)
            var tokens: [String] = []
            var utf8 = Array(text.utf8)
            utf8.withUnsafeMutableBufferPointer { buffer in
                packed.forEachToken(inUTF8: UnsafeBufferPointer(buffer), packed: { token in
                    tokens.append(token.withBytes { String(decoding: $0, as: UTF8.self) })
                }, unpacked: { bytes in
                    tokens.append(String(decoding: bytes, as: UTF8.self))
                })
            }
            #expect(tokens == expected, "\(text.debugDescription)")
        }
    }

    @Test func wordBitsMarkTheBytesThatCanBeInAWord() {
        func expected(_ bytes: [UInt8], from start: Int) -> UInt64 {
            var bits: UInt64 = 0
            for offset in 0..<64 where start + offset < bytes.count {
                let byte = bytes[start + offset]
                if byte >= 0x80 || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                    bits |= 1 << UInt64(offset)
                }
            }
            return bits
        }
        func bits(_ bytes: [UInt8], from start: Int) -> UInt64 {
            bytes.withUnsafeBufferPointer { Tokenizer.wordBits($0.baseAddress!, from: start, count: $0.count) }
        }
        // Every byte value at every place of a block of letters; then random bytes, from
        // blocks that lie whole in the buffer and from ones it ends in (the rest reads as 0).
        for place in 0..<64 {
            for value in 0...255 {
                var bytes = [UInt8](repeating: 0x6B, count: 64)
                bytes[place] = UInt8(value)
                #expect(bits(bytes, from: 0) == expected(bytes, from: 0), "\(value) at \(place)")
            }
        }
        var generator = SplitMix64(seed: 29)
        for _ in 0..<2_000 {
            let bytes = (0..<(1 + Int(generator.next() % 200))).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let start = Int(generator.next() % UInt64(bytes.count))
            #expect(bits(bytes, from: start) == expected(bytes, from: start), "\(bytes) from \(start)")
        }
    }

    @Test func eightBytesAtOnceFindTheSameWordEndAsOneByOne() {
        func expected(_ bytes: [UInt8]) -> Int {
            bytes.firstIndex { !(0x30...0x39).contains($0) && !(0x41...0x5A).contains($0) && !(0x61...0x7A).contains($0) } ?? 8
        }
        func prefix(_ bytes: [UInt8]) -> Int {
            bytes.withUnsafeBytes { Tokenizer.alphanumericPrefix($0.loadUnaligned(as: UInt64.self)) }
        }
        // Every byte value at every place after letters and digits, then random words.
        for place in 0..<8 {
            for value in 0...255 {
                var bytes = Array("aZ09mQ7x".utf8)
                bytes[place] = UInt8(value)
                #expect(prefix(bytes) == expected(bytes), "\(bytes)")
            }
        }
        var generator = SplitMix64(seed: 11)
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            #expect(prefix(bytes) == expected(bytes), "\(bytes)")
        }
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
            #expect(copy.size(of: stream) == expected[stream].count)
        }
        #expect(Self.contents(of: pool, 0) == expected[0] + [UInt8](repeating: 7, count: 100))
        #expect(copy.totalBytes == expected.reduce(0) { $0 + $1.count })
    }

    @Test func postingPoolKeepsSmallAppendsInOrderAcrossItsInlineBytes() {
        // Appends of a few bytes, as the builder makes: streams that never leave their state
        // line, streams that just fill it, and streams that move to blocks many times, with
        // appends that end exactly at the line's capacity and one byte past it.
        var pool = PostingPool()
        var expected: [[UInt8]] = []
        for _ in 0..<300 { expected.append([]); _ = pool.addStream() }
        // The owner's word of each line, beside its bytes, is never touched by them.
        #expect((0..<300).allSatisfy { pool.ownerWord(of: $0) == 0 })
        func ownerWord(_ stream: Int) -> UInt64 { UInt64(stream) &* 0x0101_0101_0101_0101 | 0x8000_0000_0000_0001 }
        pool.ownStates()
        for stream in 0..<300 { pool.setOwnerWordOfOwnStates(ownerWord(stream), of: stream) }
        var generator = SplitMix64(seed: 33)
        let capacity = PostingPool.inlineCapacity
        func add(_ bytes: [UInt8], to stream: Int) {
            bytes.withUnsafeBufferPointer { pool.append($0, to: stream) }
            expected[stream] += bytes
        }
        for stream in 100..<110 { add([UInt8](repeating: UInt8(stream), count: capacity), to: stream) }
        for stream in 110..<120 { add([UInt8](repeating: UInt8(stream), count: capacity + 1), to: stream) }
        for stream in 120..<130 {
            add([1, 2, 3], to: stream)
            add([UInt8](repeating: 9, count: capacity - 3), to: stream)
            add([4], to: stream)
        }
        // Words of 1 to 8 bytes, as the builder appends records: one store while the line has
        // room for eight, else byte by byte (the stores past a word's bytes must not show).
        func addWord(_ bytes: [UInt8], to stream: Int) {
            var word: UInt64 = 0
            for (offset, byte) in bytes.enumerated() { word |= UInt64(byte) << (8 * UInt64(offset)) }
            // A byte past the word's end, which must not show.
            if bytes.count < 8 { word |= 0xEE << (8 * UInt64(bytes.count)) }
            pool.ownStates()
            pool.appendToOwnStates(word: word, count: bytes.count, to: stream)
            expected[stream] += bytes
        }
        for round in 0..<40_000 {
            let stream = round % 3 == 0 ? Int(generator.next() % 100) : 130 + Int(generator.next() % 20)
            let bytes = (0..<(1 + Int(generator.next() % 12))).map { _ in UInt8(truncatingIfNeeded: generator.next() | 1) }
            if round % 2 == 0 && bytes.count <= 8 { addWord(bytes, to: stream) } else { add(bytes, to: stream) }
        }
        for stream in 150..<160 {
            // Words that end exactly at the line's capacity, and one that crosses it.
            for _ in 0..<(capacity / 5) { addWord([1, 2, 3, 4, 5], to: stream) }
            addWord([6, 7, 8, 9, 10, 11, 12, 13], to: stream)
        }
        add([], to: 0)
        for stream in 0..<300 {
            #expect(Self.contents(of: pool, stream) == expected[stream])
            #expect(pool.size(of: stream) == expected[stream].count)
        }
        #expect((0..<300).allSatisfy { pool.ownerWord(of: $0) == ownerWord($0) })
        let copy = pool
        add([5, 6, 7], to: 299)
        pool.ownStates()
        pool.setOwnerWordOfOwnStates(1, of: 299)
        #expect(Self.contents(of: copy, 299) == [])
        #expect(copy.ownerWord(of: 299) == ownerWord(299))
        let (drained, firstRuns) = Self.drain(&pool)
        #expect(drained == expected)
        #expect(firstRuns == expected.map { $0.isEmpty ? 0 : 1 })
        #expect(copy.withFirstRun(of: 105) { Array($0) } == [UInt8](repeating: 105, count: capacity))
        #expect(copy.withFirstRun(of: 200) { Array($0) } == nil)
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
        let (drained, firsts) = Self.drain(&pool)
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
        #expect(merged.postings.positionBlockStarts == reference.postings.positionBlockStarts)
        #expect(merged.postings.documentCounts == reference.postings.documentCounts)
        #expect(merged.terms.id(of: "middle").map { merged.postings.documentCounts[Int($0)] } == 3_000)
        #expect(shards.allSatisfy { $0.documentStreams.totalBytes == 0 && $0.positions.totalBytes == 0 })
    }

    @Test func postingsMatchANaiveInversionOfTheArticles() {
        // The index's records and positions against the tokenizer's tokens, article by
        // article (titles first, a position gap before the body and after each paragraph).
        let archive = SyntheticArchive(articleCount: 400, seed: 23).makeArchive()
        let index = SearchIndex(articles: archive.articles)
        var tokenizer = Tokenizer()
        var expected: [String: [(document: UInt32, title: UInt32, positions: [UInt32])]] = [:]
        for (document, article) in archive.articles.enumerated() {
            var positions: [String: [UInt32]] = [:]
            var position: UInt32 = 0
            for token in tokenizer.tokens(in: article.title) {
                positions[token, default: []].append(position)
                position += 1
            }
            let titleLength = position
            position += 1
            for paragraph in article.body {
                for token in tokenizer.tokens(in: paragraph) {
                    positions[token, default: []].append(position)
                    position += 1
                }
                position += 1
            }
            for (token, list) in positions {
                expected[token, default: []].append((UInt32(document), UInt32(list.filter { $0 < titleLength }.count), list))
            }
        }
        #expect(index.terms.count == expected.count)
        var positions: [UInt32] = []
        for (token, records) in expected {
            guard let term = index.terms.id(of: token) else {
                Issue.record("\(token) is not in the index")
                continue
            }
            index.postings.withReader(term) { reader in
                for record in records {
                    guard let found = reader.next() else {
                        Issue.record("\(token): record of article \(record.document) missing")
                        return
                    }
                    reader.readPositions(into: &positions)
                    #expect(found.document == record.document && found.title == record.title)
                    #expect(Int(found.title + found.body) == record.positions.count && positions == record.positions)
                }
                #expect(reader.next() == nil)
            }
        }
    }

    static func tokens(_ text: String) -> [String] {
        var tokenizer = Tokenizer()
        return tokenizer.tokens(in: text)
    }

    /// Every stream's drained bytes, and how many runs of each came marked first (checking
    /// that the first comes before the others).
    static func drain(_ pool: inout PostingPool) -> (bytes: [[UInt8]], firstRuns: [Int]) {
        var drained = [[UInt8]](repeating: [], count: pool.count)
        var firstRuns = [Int](repeating: 0, count: pool.count)
        pool.drain { stream, run, isFirst in
            if isFirst {
                firstRuns[stream] += 1
                #expect(drained[stream].isEmpty, "a stream's first run comes first")
            }
            drained[stream] += run
        }
        return (drained, firstRuns)
    }

    static func contents(of pool: PostingPool, _ stream: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        pool.forEachRun(of: stream) { bytes.append(contentsOf: $0) }
        return bytes
    }
}
