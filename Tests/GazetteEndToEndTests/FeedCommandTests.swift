import Foundation
import GazetteCore
import Testing

@Suite struct FeedCommandTests {
    @Test func exportsAJSONFeedThatEveryCommandOpens() throws {
        let archive = try TemporaryArchive(TemporaryArchive.chain(count: 3))
        defer { archive.remove() }
        let feed = archive.directory.appendingPathComponent("feed.json")
        let export = try GazetteBinary.run(["export", archive.url.path, "--format", "jsonfeed", "-o", feed.path])
        #expect(export.status == 0)
        let list = try GazetteBinary.run(["list", feed.path])
        #expect(list.stdout == (try GazetteBinary.run(["list", archive.url.path])).stdout)
        let validate = try GazetteBinary.run(["validate", feed.path])
        #expect(validate.stdout.contains("chains: 1 (longest: 3 articles)"))
        #expect(validate.stdout.contains("broken 1"))
    }

    @Test func importsRSS() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-rss-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let rss = directory.appendingPathComponent("feed.xml")
        try Data("""
            <rss version="2.0"><channel><title>Tiny</title>
            <item><title>Two</title><guid>2</guid><pubDate>Wed, 11 Jun 2003 09:30:00 GMT</pubDate><description>&lt;p&gt;B&amp;amp;B&lt;/p&gt;</description></item>
            <item><title>One</title><guid>1</guid><pubDate>Tue, 10 Jun 2003 09:30:00 GMT</pubDate><description>A</description></item>
            </channel></rss>
            """.utf8).write(to: rss)
        let out = directory.appendingPathComponent("out.json")
        let result = try GazetteBinary.run(["import", "--format", "rss", rss.path, "-o", out.path])
        #expect(result.status == 0)
        let list = try GazetteBinary.run(["list", out.path])
        #expect(list.stdout.hasSuffix("  One\n2003-06-11  f-" + String(list.stdout.split(separator: "\n")[1].split(separator: " ")[1].dropFirst(2)) + "  Two\n"))
        let broken = directory.appendingPathComponent("broken.xml")
        try Data("<rss><channel>".utf8).write(to: broken)
        let failed = try GazetteBinary.run(["import", "--format", "rss", broken.path])
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("broken.xml:1:"))
    }
}
