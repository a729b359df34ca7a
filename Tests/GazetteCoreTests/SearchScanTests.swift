import Foundation
import Testing
@testable import GazetteCore

/// The index-free scan (``SearchScan``) against the index: the same hits, scores and totals.
@Suite struct SearchScanTests {
    /// Expects the scan and `index` to answer `query` alike, with and without a limit.
    static func expectSame(_ query: String, _ index: SearchIndex, _ articles: [Article],
                           sourceLocation: SourceLocation = #_sourceLocation) {
        let parsed = SearchQuery(query)
        let expected = index.searchCounting(parsed)
        let scanned = SearchScan(parsed).searchCounting(in: articles)
        #expect(scanned.total == expected.total, "total of \(query)", sourceLocation: sourceLocation)
        #expect(scanned.hits == expected.hits, "hits of \(query)", sourceLocation: sourceLocation)
        // A limit keeps the best hits, ties in archive order, whichever way they were found.
        #expect(Array(scanned.hits.prefix(3)) == index.searchCounting(parsed, limit: 3).hits,
                "best 3 of \(query)", sourceLocation: sourceLocation)
    }

    @Test func handMadeEdgesMatchTheIndex() {
        let long = "supercalifragilisticexpialidocious"  // 34 bytes: does not pack
        let articles: [Article] = [
            Article(id: ArticleID("0"), title: "Science popularization in Beijing",
                    body: ["The academy promotes science education.", "Café culture, CAFÉ CULTURE."]),
            Article(id: ArticleID("1"), title: "science", body: ["popularization starts a paragraph", "Beijing"]),
            Article(id: ArticleID("2"), title: "北京科学技术研究院", body: ["北京市科学技术研究院举办了科普活动。", "科学 科学"]),
            Article(id: ArticleID("3"), title: "Long words", body: ["\(long) and \(long)ish, \(long.uppercased())"]),
            Article(id: ArticleID("4"), title: "Repeats", body: ["la la la la land", "e-mail e mail", "😀 emoji 😀 sci-fi"]),
            Article(id: ArticleID("5"), title: "Empty body", body: []),
            Article(id: ArticleID("6"), title: "", body: ["", "science"]),
            Article(id: ArticleID("7"), title: "Sixteen-byte words", body: ["abcdefghijklmnop abcdefghijklmnopq abcdefgh"]),
        ]
        let index = SearchIndex(articles: articles)
        let queries = [
            "science", "SCIENCE popular*", "\"science popularization\"",
            // Title/body and paragraph boundaries break a phrase.
            "\"science popularization starts\"", "\"popularization beijing\"", "\"paragraph beijing\"",
            "cafe", "\"cafe culture\"", "caf*", "北京", "科学", "\"科学 科学\"", "科*",
            long, "\(long)ish", "supercal*", "\(long)*", "supercalifragilisticexp*",
            "\"la la\"", "\"la la la\"", "la land", "e-mail", "\"e mail\"", "sci-fi", "emoji",
            "abcdefghijklmnop", "abcdefghijklmnop*", "abcdefgh*", "abcdefghijklmnopq", "a*",
            "science science", "science \"science education\" edu*", "nothing", "science nothing", "s*",
            // Past the linear limit: words and same-length prefixes looked up in tables.
            "science popularization in beijing the academy promotes education",
            "sci* pop* bei* aca* pro* edu* caf* cul* lon*", "sc* po* be* ac* pr* ed* ca* cu* la* e*",
            "science \"science popularization\" \"la la\" in the academy promotes caf* cul* edu* pro* aca* \(long)*",
            "\"la la la la\" la land e mail emoji \"e mail\" sci fi",
        ]
        for query in queries { Self.expectSame(query, index, articles) }
        #expect(SearchScan(SearchQuery("\"la la\"")).searchCounting(in: articles).hits.map(\.articleIndex) == [4])
        #expect(SearchScan(SearchQuery("\"popularization beijing\"")).searchCounting(in: articles).total == 0)
        #expect(SearchScan(SearchQuery("")).searchCounting(in: articles).total == 0)
        #expect(SearchScan(SearchQuery("science")).searchCounting(in: []).total == 0)
        #expect(SearchScan(SearchQuery("science")).searchCounting(in: articles, limit: 2).hits
            == index.searchCounting(SearchQuery("science"), limit: 2).hits)
    }

    /// Queries made from the archive's own text: words of every frequency, their prefixes,
    /// runs of consecutive tokens as phrases, CJK characters, and mixes of them.
    static func queries(from articles: [Article], count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(seed: seed)
        var tokenizer = Tokenizer()
        func pick<T>(_ items: [T]) -> T? {
            items.isEmpty ? nil : items[Int(generator.next() % UInt64(items.count))]
        }
        var queries: [String] = []
        while queries.count < count {
            guard let article = pick(articles), let paragraph = pick([article.title] + article.body) else { continue }
            let tokens = tokenizer.tokens(in: paragraph)
            guard !tokens.isEmpty, let word = pick(tokens) else { continue }
            let start = Int(generator.next() % UInt64(tokens.count))
            let run = tokens[start..<min(tokens.count, start + 2 + Int(generator.next() % 3))]
            switch generator.next() % 8 {
            case 6: queries.append(tokens.prefix(12).joined(separator: " "))  // many words: one article's run
            case 7: queries.append(tokens.prefix(8).map { String($0.prefix(3)) + "*" }.joined(separator: " "))
            case 0: queries.append(word)
            case 1: queries.append(String(word.prefix(1 + Int(generator.next() % 4))) + "*")
            case 2: queries.append("\"\(run.joined(separator: " "))\"")
            case 3: queries.append("\(word) \(pick(tokens) ?? word)")
            case 4: queries.append("\(word) \"\(run.joined(separator: " "))\" \(String(word.prefix(2)))*")
            default: queries.append(run.joined())  // CJK runs become phrases, ASCII words one long word
            }
        }
        return queries
    }

    @Test func syntheticArchiveMatchesOneShardIndex() {
        let articles = SyntheticArchive(articleCount: 1_200, seed: 5).makeArchive().articles
        let index = SearchIndex(articles: articles)
        for query in Self.queries(from: articles, count: 40, seed: 9) { Self.expectSame(query, index, articles) }
        // A pasted article: dozens of distinct words, phrases and all, found where it came from.
        let pasted = ([articles[3].title] + articles[3].body).joined(separator: " ")
        #expect(SearchQuery(pasted).clauses.count > 50)
        Self.expectSame(pasted, index, articles)
        #expect(SearchScan(SearchQuery(pasted)).searchCounting(in: articles).hits.first?.articleIndex == 3)
    }

    @Test func lazilyDecodedArchiveMatchesShardedIndex() {
        // Past the sizes where the index builds in shards and the scan splits into runs; the
        // bodies stay raw in the file's bytes, as in `gazette search`.
        let data = SyntheticArchive(articleCount: 6_000, seed: 8, shortBodies: true).encodedData()
        guard let archive = ArchiveFastDecoder.decode(ArchiveBytes(data, isMapped: false)) else {
            Issue.record("the fast decoder gave up on a synthetic archive")
            return
        }
        let index = SearchIndex(articles: archive.articles)
        for query in Self.queries(from: archive.articles, count: 20, seed: 3) { Self.expectSame(query, index, archive.articles) }
    }
}
