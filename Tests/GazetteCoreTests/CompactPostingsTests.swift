import Testing
@testable import GazetteCore

@Suite struct CompactPostingsTests {
    @Test func varIntsRoundTrip() {
        let values: [UInt32] = [0, 1, 127, 128, 255, 16_383, 16_384, 2_097_151, 2_097_152, UInt32.max]
        var bytes = [UInt8](repeating: 0, count: values.count * 5)
        var written = 0
        bytes.withUnsafeMutableBufferPointer { buffer in
            for value in values {
                let start = written
                VarInt.write(value, to: buffer, at: &written)
                #expect(written - start == VarInt.length(value))
            }
        }
        #expect(written == 1 + 1 + 1 + 2 + 2 + 2 + 3 + 3 + 4 + 5)
        // The length, computed without branches, at both sides of every bit width.
        for bit in 0..<32 {
            let power = UInt32(1) << bit
            for value in [power, power - 1, power | 1, power | (power - 1)] {
                let expected = value < 1 << 7 ? 1 : value < 1 << 14 ? 2 : value < 1 << 21 ? 3 : value < 1 << 28 ? 4 : 5
                #expect(VarInt.length(value) == expected, "\(value)")
            }
        }
        bytes.removeLast(bytes.count - written)
        var decoded: [UInt32] = []
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count { decoded.append(VarInt.read(buffer, at: &offset)) }
        }
        #expect(decoded == values)
        // Skipping stops where reading does, eight bytes from the end or closer; a number cut
        // short stops at the end.
        bytes.withUnsafeBufferPointer { buffer in
            var read = 0, skipped = 0
            while read < buffer.count {
                _ = VarInt.read(buffer, at: &read)
                VarInt.skip(buffer, at: &skipped)
                #expect(skipped == read)
            }
        }
        let cut: [UInt8] = [0x80, 0x80]
        cut.withUnsafeBufferPointer { buffer in
            var offset = 0
            VarInt.skip(buffer, at: &offset)
            #expect(offset == 2)
        }
    }

    @Test func termTableGivesDenseStableIDs() {
        var table = TermTable(capacity: 4)
        // Terms of 8 bytes and more that share their first eight (sorted past the radix pass),
        // shorter ones that are their prefixes, and non-ASCII bytes (above every ASCII byte).
        let long = (0..<300).map { "interrelated\($0 * 37 % 300)" } + ["interrel", "interre", "interrelé", "interrelatedness"]
        let words = (0..<5_000).map { "w\($0 * 7919 % 5_000)" } + ["", "é", "北"] + long
        var ids: [String: UInt32] = [:]
        for word in words {
            var text = word
            let id = text.withUTF8 { table.insert($0) }
            if let known = ids[word] { #expect(known == id) } else { ids[word] = id }
        }
        #expect(table.count == ids.count)
        #expect(Set(ids.values) == Set(0..<UInt32(ids.count)))
        for (word, id) in ids {
            #expect(table.id(of: word) == id)
            #expect(table.term(id) == word)
        }
        #expect(table.id(of: "missing") == nil)
        let sorted = table.sortedIDs().map(table.term)
        #expect(sorted == ids.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        let rebuilt = TermTable(bytes: table.bytes, starts: table.starts)
        #expect(rebuilt?.id(of: "w42") == ids["w42"])
        #expect(TermTable(bytes: [1, 2], starts: [0, 3]) == nil)
    }

    @Test func postingsRoundTripThroughTheReader() {
        // Three articles: "a b a", "b", "c a" → postings of "a": (0: positions 0 2), (2: position 1).
        let articles = [
            Article(id: ArticleID("0"), title: "a b a"),
            Article(id: ArticleID("1"), title: "b"),
            Article(id: ArticleID("2"), title: "c", body: ["a"]),
        ]
        let index = SearchIndex(articles: articles)
        guard let a = index.terms.id(of: "a") else {
            Issue.record("term a missing")
            return
        }
        var records: [[UInt32]] = []
        index.postings.withReader(a) { reader in
            var positions: [UInt32] = []
            while let record = reader.next() {
                reader.readPositions(into: &positions)
                records.append([record.document, record.title, record.body] + positions)
            }
        }
        // Article 2's body starts after the title (1 token) and a gap: position 2.
        #expect(records == [[0, 2, 0, 0, 2], [2, 0, 1, 2]])
        // Ranking's loop reads the same records, also after a first one read alone.
        for skipped in 0...2 {
            var rest: [[UInt32]] = []
            index.postings.withReader(a) { reader in
                for _ in 0..<skipped { _ = reader.next() }
                reader.forEachRecord { rest.append([$0, $1, $2]) }
                #expect(reader.next() == nil)
            }
            #expect(rest == records.dropFirst(skipped).map { Array($0.prefix(3)) })
        }
    }

    @Test func shardedBuildEqualsSingleShard() {
        let words = ["alpha", "beta", "gamma", "delta", "café", "北京", "e-mail"]
        let articles = (0..<9_000).map { number in
            Article(
                id: ArticleID("a\(number)"), title: "\(words[number % 7]) \(number)",
                body: ["\(words[(number / 7) % 7]) \(words[(number / 49) % 7]) shared", "tail\(number % 13) beta"])
        }
        let sharded = SearchIndex(articles: articles)
        var single = [SearchIndexBuilder(firstDocument: 0, capacity: articles.count)]
        for article in articles { single[0].add(article) }
        single[0].finish()
        let merged = SearchIndexBuilder.merge(&single)
        let reference = SearchIndex(
            articleCount: articles.count, terms: merged.terms, postings: merged.postings,
            titleLengths: single[0].titleLengths, bodyLengths: single[0].bodyLengths)
        #expect(Self.dump(sharded) == Self.dump(reference))
        #expect(sharded.terms.count == reference.terms.count)
        for query in ["alpha", "\"beta shared\"", "tail1*", "北京", "cafe beta", "e-mail"] {
            #expect(sharded.search(SearchQuery(query)) == reference.search(SearchQuery(query)))
            #expect(sharded.hitCount(SearchQuery(query)) > 0)
        }
    }

    @Test func radixRankingEqualsComparisonRanking() {
        let articles = (0..<3_000).map { number in
            Article(
                id: ArticleID("r\(number)"), title: number % 5 == 0 ? "common title" : "title \(number)",
                body: [String(repeating: "common ", count: 1 + number % 4) + "filler \(number % 17)"])
        }
        let index = SearchIndex(articles: articles)
        let query = SearchQuery("common")
        let all = index.search(query)
        #expect(all.count == 3_000)
        // The limited path ranks by comparisons; the full one by a stable radix sort.
        #expect(all == index.search(query, limit: 2_999) + [all[2_999]])
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.score > $1.score || ($0.score == $1.score && $0.articleIndex < $1.articleIndex) })
        #expect(RadixSort.stableOrder(of: [3, 1, 2, 1, 0]) == [4, 1, 3, 2, 0])
    }

    /// Every term's decoded postings (article, frequencies, positions).
    static func dump(_ index: SearchIndex) -> [String: [[UInt32]]] {
        var result: [String: [[UInt32]]] = [:]
        for id in 0..<UInt32(index.terms.count) {
            var records: [[UInt32]] = []
            index.postings.withReader(id) { reader in
                var positions: [UInt32] = []
                while let record = reader.next() {
                    reader.readPositions(into: &positions)
                    records.append([record.document, record.title, record.body] + positions)
                }
            }
            result[index.terms.term(id)] = records
        }
        return result
    }
}
