import Foundation
import Testing
@testable import GazetteCore

/// ``PostingBlocks`` and the searches that skip with them: the blocks describe the lists
/// exactly, their bounds hold every record, and every query gives the same hits and scores,
/// bit for bit, with blocks and without.
@Suite struct PostingBlocksTests {
    static let articles = SyntheticArchive(articleCount: 3_000, seed: 17).makeArchive().articles
    static let withBlocks = SearchIndex(articles: articles)
    static let withoutBlocks = SearchIndex(articles: articles, makingBlocks: false)

    /// Words of the sample's titles, most frequent first: plenty with blocks, some without.
    static let words: [String] = {
        var tokenizer = Tokenizer()
        var counts: [String: Int] = [:]
        for article in articles.prefix(300) {
            for token in tokenizer.tokens(in: article.title) where token.unicodeScalars.allSatisfy(\.properties.isAlphabetic) {
                counts[token, default: 0] += 1
            }
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }()

    /// The ranking the index gives with no blocks and no laziness: every hit scored, sorted.
    static func reference(_ query: SearchQuery) -> [SearchHit] {
        let index = withoutBlocks
        return index.ranking.rankedHits(query.clauses) { index.matches(for: $0) }.best()
    }

    @Test func blocksDescribeTheListsAndBoundEveryRecord() throws {
        let index = Self.withBlocks
        let blocks = try #require(index.blocks)
        #expect(blocks.firstBlocks.count == index.postings.termCount + 1)
        var termsWithBlocks = 0
        for term in 0..<index.postings.termCount {
            let range = blocks.range(of: term)
            let count = Int(index.postings.documentCounts[term])
            #expect(range.count == PostingBlocks.blockCount(records: count))
            guard !range.isEmpty else { continue }
            termsWithBlocks += 1
            index.postings.withReader(UInt32(term)) { reader in
                var offset = 0, next: UInt32 = 0, record = 0
                var largest = 0.0
                while true {
                    let start = offset
                    guard let found = PostingReader.decode(reader.documents, at: &offset, after: next, limit: .max) else { break }
                    let block = range.lowerBound + record / PostingBlocks.blockSize
                    let inBlock = record % PostingBlocks.blockSize
                    if inBlock == 0 {
                        largest = 0
                        #expect(Int(blocks.offsets[block]) == start, "term \(term) block \(block) starts elsewhere")
                    }
                    let tf = BM25Ranking.weightedFrequency(title: Double(found.title), body: Double(found.body))
                    let part = index.ranking.score(frequency: tf, document: Int(found.document), weight: 1)
                    largest = max(largest, part)
                    #expect(part <= Double(blocks.bounds[block]), "term \(term) record \(record) above its block's bound")
                    let isLast = inBlock == PostingBlocks.blockSize - 1 || record == count - 1
                    if isLast {
                        #expect(blocks.lastDocuments[block] == found.document)
                        // A bound, not a guess: within a hair of the block's best record.
                        #expect(Double(blocks.bounds[block]) <= largest * (1 + 1e-5))
                    }
                    next = found.document &+ 1
                    record += 1
                }
                #expect(record == count)
            }
        }
        #expect(termsWithBlocks > 20)
    }

    @Test func blockOffsetsStartTheirRecords() throws {
        let index = Self.withBlocks
        let blocks = try #require(index.blocks)
        for term in 0..<index.postings.termCount where !blocks.range(of: term).isEmpty {
            let range = blocks.range(of: term)
            index.postings.withReader(UInt32(term), blocks: blocks) { reader in
                // Reading from each block's start gives what reading from the first record does.
                var sequential: [(UInt32, UInt32, UInt32)] = []
                var whole = reader
                while let record = whole.next() { sequential.append((record.document, record.title, record.body)) }
                for block in 0..<range.count {
                    var jumper = reader
                    jumper.jump(toBlock: block)
                    let first = jumper.next()
                    let expected = sequential[block * PostingBlocks.blockSize]
                    #expect(first?.document == expected.0 && first?.title == expected.1 && first?.body == expected.2)
                }
            }
        }
    }

    @Test func advancingSkipsToTheFirstRecordAtOrAfterTheTarget() throws {
        let index = Self.withBlocks
        let blocks = try #require(index.blocks)
        var generator = SplitMix64(seed: 3)
        for word in Self.words.prefix(12) {
            let term = try #require(index.terms.id(of: word))
            let documents = index.postings.withReader(term) { reader in
                var all: [UInt32] = []
                while let record = reader.next() { all.append(record.document) }
                return all
            }
            for _ in 0..<20 {
                // Increasing targets, some far apart, some within one block.
                var targets: [UInt32] = []
                var target = UInt32.random(in: 0..<50, using: &generator)
                while target < UInt32(Self.articles.count + 10) {
                    targets.append(target)
                    target += UInt32.random(in: 1...(Bool.random(using: &generator) ? 5 : 400), using: &generator)
                }
                index.postings.withReader(term, blocks: blocks) { reader in
                    var last: UInt32?
                    for target in targets {
                        if let last, last >= target { continue }
                        let expected = documents.first { $0 >= target }
                        let found = reader.advance(to: target)
                        #expect(found?.document == expected, "\(word) → \(target)")
                        last = found?.document
                        if found == nil { break }
                    }
                }
            }
        }
    }

    @Test func everyQueryKindRanksAlikeWithAndWithoutBlocks() {
        let words = Self.words
        #expect(words.count > 30)
        var queries: [String] = []
        queries += words.prefix(25)                                        // one term, many with blocks
        queries += (0..<10).map { "\(words[$0]) \(words[$0 + 5])" }          // two terms
        queries += (0..<6).map { "\(words[$0]) \(words[$0 + 1]) \(words[20 + $0])" }
        queries += (0..<6).map { "\"\(words[$0]) \(words[$0 + 1])\"" }      // phrases
        queries += (0..<6).map { String(words[$0].prefix(2)) + "*" }        // prefixes
        queries += ["\(words[0]) \(words[0])x", "\"\(words[2]) \(words[3])\" \(words[4])", "nosuchwordanywhere"]
        for text in queries {
            let query = SearchQuery(text)
            let expected = Self.reference(query)
            for index in [Self.withBlocks, Self.withoutBlocks] {
                let ranked = index.rankedHits(query)
                #expect(ranked.count == expected.count, "\(text): total")
                let firstPage = (0..<min(RankedHits.firstPageSize, ranked.count)).map { ranked.hit(atRank: $0) }
                #expect(firstPage == Array(expected.prefix(RankedHits.firstPageSize)), "\(text): first page")
                #expect(ranked.best() == expected, "\(text): all hits")
                for hit in expected.prefix(5) + expected.suffix(5) {
                    #expect(index.rankedHits(query).rank(ofArticle: hit.articleIndex) == expected.firstIndex(of: hit))
                }
            }
        }
    }

    @Test func queriesDoNotWaitWhileBlocksAreMade() {
        // A query reads the slot while another thread makes the blocks (a tenth of a second
        // at 100k): it must get "no blocks yet" and go on, not wait for them.
        let slot = PostingBlocksSlot()
        let answered = DispatchSemaphore(value: 0)
        let seen = SeenBlocks()
        let made = slot.blocks {
            Thread.detachNewThread {
                seen.record(slot.blocks)
                answered.signal()
            }
            // Liveness, not speed: the reader gets its answer while this maker still runs.
            #expect(answered.wait(timeout: .now() + 30) == .success)
            return Self.withBlocks.blocks ?? PostingBlocks()
        }
        // The reader saw the slot, and it was empty.
        #expect(seen.value.map { $0 == nil } == true)
        #expect(slot.blocks?.count == made.count)
        #expect(slot.blocks { PostingBlocks() }.count == made.count)  // made once
    }

    /// What the reading thread saw.
    final class SeenBlocks: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: PostingBlocks??

        func record(_ blocks: PostingBlocks?) {
            lock.lock()
            seen = .some(blocks)
            lock.unlock()
        }

        var value: PostingBlocks?? {
            lock.lock()
            defer { lock.unlock() }
            return seen
        }
    }

    @Test func tiesAcrossBlocksKeepArchiveOrder() throws {
        // Identical articles score alike: the best are the first in the archive, whichever
        // blocks are read first.
        let same = (0..<1_000).map { Article(id: ArticleID("a\($0)"), title: "Alpha", body: ["alpha beta alpha"]) }
        let index = SearchIndex(articles: same)
        #expect(try #require(index.blocks).range(of: Int(try #require(index.terms.id(of: "alpha")))).count == 8)
        let ranked = index.rankedHits(SearchQuery("alpha"))
        #expect(ranked.count == 1_000)
        #expect((0..<RankedHits.firstPageSize).map { ranked.articleIndex(atRank: $0) } == Array(0..<RankedHits.firstPageSize))
        #expect(ranked.rank(ofArticle: 999) == 999)
        #expect(ranked.articleIndices == Array(0..<1_000))
    }
}
