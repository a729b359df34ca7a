import Foundation
import GazetteCore
import Testing

/// `gazette search` with the index cache: a miss builds and saves, a hit answers the same.
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

        var indexFiles: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: cacheFolder.path)) ?? []).filter { $0.hasSuffix(".index") }
        }
    }

    @Test func missThenHitGiveTheSameResults() throws {
        let setup = try Setup()
        defer { setup.archive.remove() }
        let cold = try setup.search(["the", "--json"])
        #expect(cold.status == 0)
        #expect(cold.stderr.isEmpty)
        #expect(setup.indexFiles.count == 1)
        let warm = try setup.search(["the", "--json"])
        #expect(warm.status == 0)
        #expect(warm.stderr.isEmpty)
        #expect(warm.stdout == cold.stdout)
        let phrase = try setup.search(["\"of the\"", "--limit", "3"])
        #expect(phrase.stdout == (try setup.search(["\"of the\"", "--limit", "3", "--no-cache"])).stdout)
        // Answered from the cache alone (only the hits decoded): the same text, the same exit.
        for query in ["the", "zzzz-not-there", "th*"] {
            let cached = try setup.search([query])
            let fresh = try setup.search([query, "--no-cache"])
            #expect(cached.stdout == fresh.stdout && cached.status == fresh.status, "query \(query)")
        }
    }

    @Test func damagedCacheWarnsOnceAndIsRebuilt() throws {
        let setup = try Setup()
        defer { setup.archive.remove() }
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
        #expect(damaged.stderr.contains("damaged"))
        let repaired = try setup.search(["the"])
        #expect(repaired.stderr.isEmpty)
        #expect(repaired.stdout == cold.stdout)
    }

    @Test func noCacheFlagAndVariableLeaveNoFile() throws {
        let setup = try Setup()
        defer { setup.archive.remove() }
        #expect(try setup.search(["the", "--no-cache"]).status == 0)
        #expect(try setup.search(["the"], ["GAZETTE_NO_CACHE": "1"]).status == 0)
        #expect(setup.indexFiles.isEmpty)
    }

    @Test func unwritableCacheStillSearchesWithOneWarning() throws {
        let setup = try Setup()
        defer { setup.archive.remove() }
        let blocker = setup.archive.directory.appendingPathComponent("blocker")
        try Data("x".utf8).write(to: blocker)
        let result = try setup.search(["the"], ["XDG_CACHE_HOME": blocker.path])
        #expect(result.status == 0)
        #expect(!result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.hasPrefix("gazette: warning: cannot save the search index cache"))
    }

    @Test func changedArchiveIsNeverAnsweredFromTheOldIndex() throws {
        let setup = try Setup()
        defer { setup.archive.remove() }
        #expect(try setup.search(["the"]).status == 0)
        let replacement = Archive(metadata: ArchiveMetadata(title: "New"), articles: [
            Article(id: ArticleID("only"), title: "Completely different walrus", body: ["Nothing else here."]),
        ])
        try ArchiveWriter.write(replacement, to: setup.archive.url)
        let result = try setup.search(["walrus"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Completely different walrus"))
        #expect(try setup.search(["the"]).status == 1)
    }
}
