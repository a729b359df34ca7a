import Foundation
import Testing
@testable import GazetteCore

@Suite struct SyntheticArchiveTests {
    static func file(count: Int, seed: UInt64) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("synthetic-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try SyntheticArchive(count: count, seed: seed).write(to: url)
        return try Data(contentsOf: url)
    }

    @Test func isDeterministicPerSeed() throws {
        let first = try Self.file(count: 60, seed: 3)
        #expect(first == (try Self.file(count: 60, seed: 3)))
        #expect(first != (try Self.file(count: 60, seed: 4)))
    }

    @Test func loadsAndHasTheAdvertisedShape() throws {
        let count = 2000
        let archive = try ArchiveLoader.load(data: try Self.file(count: count, seed: 11), fileName: "synthetic.json")
        #expect(archive.articles.count == count)
        let cjk = archive.articles.filter { $0.title.unicodeScalars.first.map { $0.value >= 0x3000 } ?? false }.count
        #expect((50...160).contains(cjk), "about 5% CJK, got \(cjk)")
        #expect(archive.articles.allSatisfy { (1...12).contains($0.body.count) })
        #expect(archive.articles.filter { $0.source == "Example News" }.allSatisfy { article in
            article.body.allSatisfy { $0.utf8.count >= 300 && $0.utf8.count <= 6_100 }
        })
        let graph = LinkGraph(articles: archive.articles)
        let report = graph.report
        #expect(report.totalLinks > count)
        #expect(report.resolvedByRule[.titlePrefix, default: 0] > 0, "some link titles are cut short")
        #expect(report.broken.count > 0, "some links point outside the archive")
        #expect(Double(report.broken.count) < Double(report.totalLinks) * 0.06)
        #expect(graph.chains.count < count / 20, "articles are joined in chains")
    }

    @Test func splitMixIsStable() {
        var random = SplitMix64(seed: 42)
        let values = (0..<3).map { _ in random.next() }
        var again = SplitMix64(seed: 42)
        #expect(values == (0..<3).map { _ in again.next() })
        #expect(Set(values).count == 3)
    }
}
