import Foundation
import Testing

/// Page import → export → import again, and importing the same pages twice.
@Suite struct ImportRoundTripTests {
    /// Five seed-shaped pages forming a chain, with a cut-short title and curly quotes.
    static func writePages(into directory: URL) throws -> [String] {
        let titles = [
            "Academy opens the “Star” hall to school classes",
            "Planetarium shows the winter sky to families",
            "Museum night draws record crowds to the natural history halls",
            "Deer park counts its herd after the snowy winter",
            "Science week ends with a lecture on comets",
        ]
        var paths: [String] = []
        for (index, title) in titles.enumerated() {
            var text = "• \(title)\n  • ------------------------------------------\n\n"
            text += "  • Paragraph one of page \(index) mentions comets\n    and wraps onto a second line.\n\n"
            text += "    Paragraph two of page \(index).\n\n"
            if index + 1 < titles.count {
                let next = titles[index + 1]
                text += "  • [next]:\(index == 1 ? String(next.prefix(30)) + "..." : next)\n"
            }
            if index > 0 {
                let previous = titles[index - 1].replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
                text += "  • [previous]:\(previous)\n"
            }
            let url = directory.appendingPathComponent(String(format: "2021-01-%02d-page.txt", index + 1))
            try Data(text.utf8).write(to: url)
            paths.append(url.path)
        }
        return paths
    }

    /// `list --json`'s articles without the archive block (whose file name differs).
    static func articles(_ file: URL) throws -> [[String: Any]] {
        let result = try GazetteBinary.run(["list", file.path, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(object["articles"] as? [[String: Any]])
    }

    @Test func exportedFeedImportsBackToTheSameArticles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-roundtrip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let pages = try Self.writePages(into: directory)
        let archive = directory.appendingPathComponent("archive.json")
        #expect(try GazetteBinary.run(["import"] + pages + ["-o", archive.path]).status == 0)
        let validate = try GazetteBinary.run(["validate", archive.path])
        #expect(validate.stdout.contains("chains: 1 (longest: 5 articles)"))
        #expect(validate.stdout.contains("broken 0"))

        let feed = directory.appendingPathComponent("feed.json")
        #expect(try GazetteBinary.run(["export", archive.path, "--format", "jsonfeed", "-o", feed.path]).status == 0)
        let again = directory.appendingPathComponent("again.json")
        #expect(try GazetteBinary.run(["import", pages[0], "--into", feed.path, "-o", again.path]).status == 0)

        let original = try Self.articles(archive)
        let roundTripped = try Self.articles(again)
        #expect(original.count == 5)
        #expect(NSArray(array: original).isEqual(to: roundTripped), "import → export → import keeps every article and link")
    }

    @Test func importingTheSamePagesTwiceChangesNothing() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-idempotent-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let pages = try Self.writePages(into: directory)
        let archive = directory.appendingPathComponent("archive.json")
        #expect(try GazetteBinary.run(["import"] + pages + ["-o", archive.path]).status == 0)
        let first = try Data(contentsOf: archive)
        let merged = try GazetteBinary.run(["import"] + pages.reversed() + ["--into", archive.path, "-o", archive.path])
        #expect(merged.status == 0)
        #expect(try Data(contentsOf: archive) == first, "the same pages imported again are the same archive, byte for byte")
    }
}
