import Testing
@testable import GazetteCore

@Suite struct ByteKeyTableTests {
    /// Random keys (many repeated, some empty, some sharing long prefixes) against a
    /// `Dictionary` of byte arrays, through several doublings of the table.
    @Test func agreesWithADictionary() {
        var generator = SplitMix64(seed: 7)
        var table = ByteKeyTable()
        var reference: [[UInt8]: [Int]] = [:]
        var keys: [[UInt8]] = []
        for article in 0..<20_000 {
            let key: [UInt8]
            if !keys.isEmpty && generator.next() % 4 == 0 {
                key = keys[Int(generator.next() % UInt64(keys.count))]
            } else {
                let length = Int(generator.next() % 24)
                key = Array("shared prefix ".utf8.prefix(Int(generator.next() % 15)))
                    + (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next() % 256) }
                keys.append(key)
            }
            key.withUnsafeBufferPointer { table.insert($0, article: article) }
            reference[key, default: []].append(article)
        }
        #expect(table.count == reference.count)
        for (key, articles) in reference {
            let expected: ByteKeyTable.Match = articles.count == 1 ? .unique(articles[0]) : .several(articles)
            #expect(key.withUnsafeBufferPointer(table.lookup) == expected)
            #expect(key.withUnsafeBufferPointer(table.first) == articles[0])
        }
        for probe in 0..<2_000 {
            let key = Array("absent \(probe)".utf8)
            if reference[key] == nil {
                #expect(key.withUnsafeBufferPointer(table.lookup) == ByteKeyTable.Match.none)
                #expect(key.withUnsafeBufferPointer(table.first) == nil)
            }
        }
    }

    @Test func keepingFirstOnlyIgnoresLaterArticles() {
        var table = ByteKeyTable(capacity: 4)
        let key = Array("id-1".utf8)
        for article in [3, 5, 9] {
            key.withUnsafeBufferPointer { table.insert($0, article: article, keepingFirstOnly: true) }
        }
        #expect(key.withUnsafeBufferPointer(table.lookup) == .unique(3))
    }
}
