import Testing
@testable import GazetteCore

@Suite struct SearchIndexTests {
    static let articles: [Article] = [
        Article(id: ArticleID("0"), title: "Science popularization in Beijing",
                body: ["The academy promotes science education for students.", "Café culture."]),
        Article(id: ArticleID("1"), title: "Planetarium opens new hall",
                body: ["Beijing Planetarium shows the science of stars. Popularization of astronomy."]),
        Article(id: ArticleID("2"), title: "北京科学技术研究院",
                body: ["北京市科学技术研究院举办了科普活动。", "Zürich visitors."]),
        Article(id: ArticleID("3"), title: "Education base",
                body: ["Students and teachers build an education base; education is science."]),
        Article(id: ArticleID("4"), title: "Unrelated", body: [String(repeating: "filler ", count: 200) + "science"]),
    ]
    static let index = SearchIndex(articles: articles)

    static func ids(_ query: String, limit: Int? = nil) -> [Int] {
        index.search(SearchQuery(query), limit: limit).map(\.articleIndex)
    }

    @Test func parsesQueries() {
        #expect(SearchQuery("beijing \"science popularization\" edu*").clauses
            == [.term("beijing"), .phrase(["science", "popularization"]), .prefix("edu")])
        #expect(SearchQuery("\"unbalanced quote here").clauses == [.phrase(["unbalanced", "quote", "here"])])
        #expect(SearchQuery("e-mail").clauses == [.phrase(["e", "mail"])])
        #expect(SearchQuery("北京").clauses == [.phrase(["北", "京"])])
        #expect(SearchQuery("  ... !! ").isEmpty)
        #expect(SearchQuery("").isEmpty)
        #expect(Self.ids("").isEmpty)
    }

    @Test func allWordsMustMatch() {
        #expect(Set(Self.ids("beijing science")) == [0, 1])
        #expect(Self.ids("beijing astronomy") == [1])
        #expect(Self.ids("beijing nonexistent").isEmpty)
    }

    @Test func phrasesNeedAdjacentTokens() {
        #expect(Self.ids("\"science popularization\"") == [0])
        #expect(Self.ids("\"popularization science\"").isEmpty)
        #expect(Self.ids("\"education base\"") == [3])
    }

    @Test func prefixesExpand() {
        #expect(Set(Self.ids("popular*")) == [0, 1])
        #expect(Set(Self.ids("plan*")) == [1])
        #expect(Self.ids("zzz*").isEmpty)
    }

    @Test func cjkSingleCharactersAndPhrases() {
        #expect(Self.ids("科") == [2])
        #expect(Self.ids("北京科学") == [2])
        #expect(Self.ids("科普活动") == [2])
        #expect(Self.ids("京北").isEmpty)
    }

    @Test func foldsCaseAndDiacritics() {
        #expect(Self.ids("CAFE") == [0])
        #expect(Self.ids("zurich") == [2])
        #expect(Self.ids("Zürich") == [2])
    }

    @Test func ranksTitlesAndRareTermsHigher() {
        let science = Self.ids("science")
        #expect(science.first == 0)  // in the title
        #expect(science.last == 4)  // once in a long body
        #expect(Set(science) == [0, 1, 3, 4])
        #expect(Self.ids("education").first == 3)
    }

    @Test func limitKeepsTheBestInOrder() {
        let all = Self.index.search(SearchQuery("science"))
        #expect(Self.index.search(SearchQuery("science"), limit: 2) == Array(all.prefix(2)))
        #expect(Self.index.search(SearchQuery("science"), limit: 0).isEmpty)
        #expect(Self.index.hitCount(SearchQuery("science")) == 4)
        #expect(all.map(\.score) == all.map(\.score).sorted(by: >))
    }

    @Test func matchRangesHighlightTermsPhrasesAndPrefixes() {
        let text = "Science popularization: popular science, SCIENCE!"
        let ranges = SearchQuery("\"science popularization\" popul*").matchRanges(in: text)
        #expect(ranges.map { String(text[$0]) } == ["Science popularization", "popular"])
        let cjk = "北京市科学技术研究院"
        #expect(SearchQuery("科学").matchRanges(in: cjk).map { String(cjk[$0]) } == ["科学"])
        #expect(SearchQuery("cafe").matchRanges(in: "Café au lait").count == 1)
    }

    @Test func backgroundBuildBecomesReady() {
        let background = BackgroundSearchIndex(articles: Self.articles)
        let index = background.waitUntilReady()
        #expect(index.articleCount == 5)
        guard case .ready = background.status else {
            Issue.record("not ready")
            return
        }
        #expect(background.index != nil)
    }

    @Test func progressIsMonotoneAndComplete() {
        let articles = (0..<500).map { Article(id: ArticleID("\($0)"), title: "title \($0)", body: ["word\($0 % 7)"]) }
        final class Recorder: @unchecked Sendable { var values: [Int] = [] }
        let recorder = Recorder()
        let index = SearchIndex(articles: articles) { done, total in
            #expect(total == 500)
            recorder.values.append(done)
        }
        #expect(recorder.values == recorder.values.sorted())
        #expect(recorder.values.last == 500)
        #expect(index.hitCount(SearchQuery("word3")) == 71)
    }

    @Test func answersOnTwentyThousandArticles() {
        let words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
        let articles = (0..<20_000).map { number in
            Article(
                id: ArticleID("a\(number)"), title: "\(words[number % 8]) report \(number)",
                body: ["\(words[(number / 8) % 8]) \(words[(number / 64) % 8]) common text number\(number)"])
        }
        let index = SearchIndex(articles: articles)
        #expect(index.hitCount(SearchQuery("common")) == 20_000)
        #expect(index.search(SearchQuery("number12345")).map(\.articleIndex) == [12_345])
        #expect(index.hitCount(SearchQuery("alpha beta")) > 0)
        #expect(index.search(SearchQuery("report"), limit: 10).count == 10)
    }
}
