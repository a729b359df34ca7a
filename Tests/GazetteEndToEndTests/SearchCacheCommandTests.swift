import Foundation
import GazetteCore
import Testing

/// `gazette search` with the index cache: a miss reads the archive through and saves nothing,
/// `gazette index` saves the index, a hit answers the same.
@Suite struct SearchCacheCommandTests {
    struct Setup {
        let archive: TemporaryArchive
        var cacheHome: URL { archive.directory.appendingPathComponent("cache", isDirectory: true) }
        var cacheFolder: URL { cacheHome.appendingPathComponent("gazette", isDirectory: true) }

        init() throws {
            archive = try TemporaryArchive(SyntheticArchive(articleCount: 120, seed: 5).makeArchive())
        }

        func environment(_ extra: [String: String] = [:]) -> [String: String] {
            var environment = archive.environment
            environment["XDG_CACHE_HOME"] = cacheHome.path
            environment.merge(extra) { $1 }
            return environment
        }

        func search(_ arguments: [String], _ extra: [String: String] = [:]) throws -> GazetteBinary.Output {
            try GazetteBinary.run(["search"] + arguments + [archive.url.path], environment: environment(extra))
        }

        func index(_ extra: [String: String] = [:]) throws -> GazetteBinary.Output {
            try GazetteBinary.run(["index", archive.url.path], environment: environment(extra))
        }

        var indexFiles: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: cacheFolder.path)) ?? []).filter { $0.hasSuffix(".index") }
        }
    }

    @Test func missScansThenIndexCommandSavesAndHitsAnswerTheSame() throws {
        let setup = try Setup()
        defer { setup.archive.remove() }
        let cold = try setup.search(["the", "--json"])
        #expect(cold.status == 0)
        #expect(cold.stderr.isEmpty)
        #expect(setup.indexFiles.isEmpty)
        let indexed = try setup.index()
        #expect(indexed.status == 0)
        #expect(indexed.stderr.isEmpty)
        #expect(indexed.stdout.hasPrefix("indexed 120 articles of "))
        #expect(setup.indexFiles.count == 1)
        let again = try setup.index()
        #expect(again.status == 0)
        #expect(again.stdout.contains("(120 articles) is up to date: "))
        let warm = try setup.search(["the", "--json"])
        #expect(warm.status == 0)
        #expect(warm.stderr.isEmpty)
        #expect(warm.stdout == cold.stdout)
        // Answered from the cache alone (only the hits decoded) and by reading the archive
        // through: the same text, the same exit.
        for query in ["the", "zzzz-not-there", "th*", "\"of the\"", "the of* \"of the\""] {
            for limit in [["--limit", "3"], []] {
                let cached = try setup.search([query] + limit)
                let scanned = try setup.search([query, "--no-cache"] + limit)
                #expect(cached.stdout == scanned.stdout && cached.status == scanned.status, "query \(query)")
            }
        }
    }

    @Test func damagedCacheWarnsOnceAndIsRemoved() throws {
        let setup = try Setup()
        defer { setup.archive.remove() }
        #expect(try setup.index().status == 0)
        let cold = try setup.search(["the"])
        let name = try #require(setup.indexFiles.first)
        let indexURL = setup.cacheFolder.appendingPathComponent(name)
        var bytes = try Data(contentsOf: indexURL)
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: indexURL)
        let damaged = try setup.search(["the"])
        #expect(damaged.status == 0)
        #expect(damaged.stdout == cold.stdout)
        #expect(damaged.stderr.split(separator: "\n").count == 1)
        #expect(damaged.stderr.contains("is damaged (") && damaged.stderr.hasSuffix("; removed it\n"))
        #expect(setup.indexFiles.isEmpty)
        let after = try setup.search(["the"])
        #expect(after.stderr.isEmpty)
        #expect(after.stdout == cold.stdout)
    }

    @Test func noCacheFlagAndVariableLeaveNoFile() throws {
        let setup = try Setup()
        defer { setup.archive.remove() }
        #expect(try setup.search(["the", "--no-cache"]).status == 0)
        #expect(try setup.search(["the"], ["GAZETTE_NO_CACHE": "1"]).status == 0)
        let refused = try setup.index(["GAZETTE_NO_CACHE": "1"])
        #expect(refused.status == 2)
        #expect(refused.stderr == "gazette: the index cache is turned off (GAZETTE_NO_CACHE is set)\n")
        #expect(setup.indexFiles.isEmpty)
    }

    @Test func unwritableCacheStillSearchesAndIndexingFailsInOneLine() throws {
        let setup = try Setup()
        defer { setup.archive.remove() }
        let blocker = setup.archive.directory.appendingPathComponent("blocker")
        try Data("x".utf8).write(to: blocker)
        let result = try setup.search(["the"], ["XDG_CACHE_HOME": blocker.path])
        #expect(result.status == 0)
        #expect(!result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
        let indexed = try setup.index(["XDG_CACHE_HOME": blocker.path])
        #expect(indexed.status == 2)
        #expect(indexed.stderr.split(separator: "\n").count == 1)
        #expect(indexed.stderr.hasPrefix("gazette: cannot save the search index cache"))
    }

    @Test func changedArchiveIsNeverAnsweredFromTheOldIndex() throws {
        let setup = try Setup()
        defer { setup.archive.remove() }
        #expect(try setup.index().status == 0)
        let replacement = Archive(metadata: ArchiveMetadata(title: "New"), articles: [
            Article(id: ArticleID("only"), title: "Completely different walrus", body: ["Nothing else here."]),
        ])
        try ArchiveWriter.write(replacement, to: setup.archive.url)
        let result = try setup.search(["walrus"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Completely different walrus"))
        #expect(try setup.search(["the"]).status == 1)
        let reindexed = try setup.index()
        #expect(reindexed.stdout.hasPrefix("indexed 1 article of "))
        #expect(setup.indexFiles.count == 1)
        #expect(try setup.search(["walrus"]).stdout == result.stdout)
        #expect(try setup.search(["the"]).status == 1)
    }
}
