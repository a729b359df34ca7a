import Foundation
import Testing
@testable import GazetteCore

/// Determinism and file format of the synthetic archive generator.
@Suite struct SyntheticArchiveTests {
    @Test func sameSeedGivesSameBytes() {
        let first = SyntheticArchive(articleCount: 300, seed: 42).encodedData()
        let second = SyntheticArchive(articleCount: 300, seed: 42).encodedData()
        #expect(first.count > 300 * 500)
        #expect(first == second)
    }

    @Test func differentSeedsGiveDifferentArchives() {
        let first = SyntheticArchive(articleCount: 300, seed: 1)
        let second = SyntheticArchive(articleCount: 300, seed: 2)
        #expect(first.encodedData() != second.encodedData())
        #expect(first.article(at: 0).title != second.article(at: 0).title)
    }

    @Test func anArticleDoesNotDependOnTheArticlesAfterIt() {
        let small = SyntheticArchive(articleCount: 50, seed: 9)
        let large = SyntheticArchive(articleCount: 80, seed: 9)
        // Titles and chains are laid out per archive, but titles come from one stream in order.
        #expect(small.plan.titles == Array(large.plan.titles.prefix(50)))
        #expect(small.article(at: 10).body == large.article(at: 10).body)
    }

    @Test func streamedBytesEqualTheArchiveWriters() {
        let synthetic = SyntheticArchive(articleCount: 150, seed: 5)
        #expect(synthetic.encodedData() == ArchiveWriter.data(for: synthetic.makeArchive()))
        let empty = SyntheticArchive(articleCount: 0, seed: 5)
        #expect(empty.encodedData() == ArchiveWriter.data(for: empty.makeArchive()))
    }

    @Test func writtenFileLoadsWithTheRequestedCount() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("gazette-synthetic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("archive.json")
        let synthetic = SyntheticArchive(articleCount: 1_200, seed: 3)
        var reports: [Int] = []
        try synthetic.write(to: url) { written, total in
            #expect(total == 1_200)
            reports.append(written)
        }
        #expect(reports == [1_000, 1_200])
        let bytes = try Data(contentsOf: url)
        #expect(bytes == synthetic.encodedData())
        let archive = try ArchiveLoader.load(contentsOf: url)
        #expect(archive.articles.count == 1_200)
        #expect(Set(archive.articles.map(\.id)).count == 1_200)
        #expect(archive.articles == synthetic.makeArchive().articles)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == ["archive.json"])
    }

    @Test func emptyArchiveLoads() throws {
        let archive = try ArchiveLoader.load(data: SyntheticArchive(articleCount: 0, seed: 1).encodedData(), fileName: "empty")
        #expect(archive.articles.isEmpty)
        #expect(archive.metadata.title.contains("0 articles"))
    }

    @Test func writingIntoAMissingFolderFailsWithThePath() {
        let url = URL(fileURLWithPath: "/nonexistent-gazette-folder/archive.json")
        #expect {
            try SyntheticArchive(articleCount: 3, seed: 1).write(to: url)
        } throws: { error in
            "\(error)".contains("/nonexistent-gazette-folder/archive.json")
        }
    }

    @Test func splitMixMatchesTheReferenceSequence() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func boundedDrawsStayInRangeAndCoverIt() {
        var random = SplitMix64(seed: 11)
        var seen = Set<Int>()
        for _ in 0..<2_000 {
            let value = random.below(7)
            #expect((0..<7).contains(value))
            seen.insert(value)
            let unit = random.unit()
            #expect(unit >= 0 && unit < 1)
            #expect((3...5).contains(random.between(3...5)))
        }
        #expect(seen.count == 7)
        #expect(random.below(1) == 0 && random.below(0) == 0)
    }

    @Test func civilDatesMatchTheCalendar() {
        #expect(SyntheticArchive.civilText(day: 0) == "1970-01-01")
        #expect(SyntheticArchive.civilText(day: 10_957) == "2000-01-01")
        for day in stride(from: 10_900, to: 20_200, by: 37) {
            let text = SyntheticArchive.civilText(day: day)
            let date = ArticleDate(text)
            #expect(date != nil)
            if let date {
                #expect(ArticleDate.daysFromCivil(year: date.year, month: date.month, day: date.day) == day)
            }
        }
    }

    @Test func truncationKeepsFortyToSixtyPercent() {
        var random = SplitMix64(seed: 4)
        let title = String(repeating: "abcdefghij", count: 10)
        for _ in 0..<200 {
            let cut = SyntheticArchive.truncated(title, using: &random)
            let kept = cut.hasSuffix("...") ? cut.dropLast(3) : cut.hasSuffix("…") ? cut.dropLast() : Substring(cut)
            #expect(title.hasPrefix(kept))
            #expect((40...60).contains(kept.count))
        }
    }
}
