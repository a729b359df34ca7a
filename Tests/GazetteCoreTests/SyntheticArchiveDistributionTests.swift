import Foundation
import Testing
@testable import GazetteCore

/// Shape of a 2,000-article synthetic archive: scripts, lengths, links, dates.
@Suite struct SyntheticArchiveDistributionTests {
    static let synthetic = SyntheticArchive(articleCount: 2_000, seed: 2_024)
    static let articles = synthetic.makeArchive().articles

    private static func isIdeographic(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || $0 == "，" || $0 == "。" }
    }

    @Test func aboutFivePercentOfArticlesAreCJK() {
        let cjk = Self.articles.filter { $0.title.allSatisfy(Self.isIdeographic) }
        let share = Double(cjk.count) / Double(Self.articles.count)
        #expect(share > 0.03 && share < 0.07, "CJK share \(share)")
        for article in cjk {
            #expect(article.body.allSatisfy { $0.allSatisfy(Self.isIdeographic) })
        }
        let latin = Self.articles.filter { !$0.title.contains(where: Self.isIdeographic) }
        #expect(latin.count + cjk.count == Self.articles.count)
    }

    @Test func titlesAndParagraphsRespectTheirBounds() {
        for article in Self.articles {
            #expect((30...150).contains(article.title.count), "title of \(article.id): \(article.title.count)")
            #expect((1...12).contains(article.body.count), "paragraphs of \(article.id): \(article.body.count)")
            for paragraph in article.body {
                #expect((300...6_000).contains(paragraph.count), "paragraph of \(article.id): \(paragraph.count)")
            }
        }
        #expect(Set(Self.articles.map(\.title)).count == Self.articles.count)
        #expect(Self.articles.contains { $0.body.count >= 8 })
        #expect(Self.articles.contains { $0.body.contains { $0.count > 3_000 } })
    }

    @Test func vocabularyIsZipfianWithAccentedWords() {
        let vocabulary = Self.synthetic.text.vocabulary
        #expect(vocabulary.words.count == SyntheticVocabulary.size)
        #expect(Set(vocabulary.words).count == SyntheticVocabulary.size)
        #expect(vocabulary.words.contains("café") && vocabulary.words.contains("Zürich"))
        var counts: [String: Int] = [:]
        var tokenizer = Tokenizer()
        for article in Self.articles.prefix(300) {
            for paragraph in article.body {
                for token in tokenizer.tokens(in: paragraph) { counts[token, default: 0] += 1 }
            }
        }
        let ranked = counts.values.sorted(by: >)
        // Zipf with exponent 1: the top word is far more frequent than the hundredth.
        #expect(ranked.count > 2_000)
        #expect(ranked[0] > 20 * ranked[99])
        #expect(counts["cafe"] != nil || counts["zurich"] != nil)
    }

    @Test func linksFormChainsWithSomeTruncatedAndSomeBroken() {
        let graph = LinkGraph(articles: Self.articles)
        let report = graph.report
        #expect(report.totalLinks > 3_500)
        let brokenShare = Double(report.broken.count) / Double(report.totalLinks)
        #expect(brokenShare > 0.005 && brokenShare < 0.05, "broken share \(brokenShare)")
        let prefixShare = Double(report.resolvedByRule[.titlePrefix, default: 0]) / Double(report.totalLinks)
        #expect(prefixShare > 0.05 && prefixShare < 0.15, "title-prefix share \(prefixShare)")
        let titles = Set(Self.articles.map(\.title))
        let links = Self.articles.flatMap { [$0.next, $0.previous].compactMap { $0 } }
        #expect(links.contains { $0.title.hasSuffix("...") || $0.title.hasSuffix("…") })
        #expect(links.contains { !titles.contains($0.title) })
        #expect(links.allSatisfy { $0.id == nil && $0.url == nil })
        let plan = Self.synthetic.plan
        var longest = 0
        for start in 0..<plan.count where plan.previous[start] < 0 {
            var length = 1
            var current = Int(plan.next[start])
            while current >= 0 {
                length += 1
                current = Int(plan.next[current])
            }
            longest = max(longest, length)
            #expect(length <= SyntheticArchivePlan.maximumChainLength)
        }
        #expect(longest > 50)
        #expect(graph.chains.count > 1 && graph.chains.count < Self.articles.count / 10)
    }

    @Test func datesUrlsAndSourcesVary() {
        let years = Set(Self.articles.compactMap { $0.date?.year })
        #expect(years.count >= 15)
        #expect(years.allSatisfy { (2000...2024).contains($0) })
        #expect(Self.articles.contains { $0.date?.time != nil })
        #expect(Self.articles.contains { $0.date != nil && $0.date?.time == nil })
        let urls = Self.articles.compactMap(\.url)
        #expect(urls.count > 1_850)
        #expect(Set(urls).count == urls.count)
        #expect(urls.allSatisfy { $0.hasPrefix("https://") })
        #expect(Set(Self.articles.compactMap(\.source)).count >= 20)
    }
}
