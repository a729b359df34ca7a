import Foundation
import Testing

/// The reader persists its search index and a second start searches from it.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed; the end-to-end reader tests are skipped"))
struct ReaderCacheEndToEndTests {
    static func start(_ archive: TemporaryArchive, cacheHome: URL, extra: [String] = []) throws -> TmuxSession {
        let binary = try GazetteBinary.executableURL().path
        return try TmuxSession([binary, archive.url.path] + extra, environment: [
            "XDG_STATE_HOME": archive.stateHome.path, "XDG_CACHE_HOME": cacheHome.path,
        ], reportsExitStatus: true)
    }

    static func indexFiles(in cacheHome: URL) -> [String] {
        let folder = cacheHome.appendingPathComponent("gazette")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".index") }
    }

    static func search(_ tmux: TmuxSession) throws {
        _ = try tmux.waitFor(text: "Chain Times  1/6  list")
        try tmux.sendKeys("/")
        try tmux.sendText("ferries")
        _ = try tmux.waitFor(text: "/ferries")
        try tmux.sendKeys("Enter")
        _ = try tmux.waitFor(text: "search \"ferries\": 2 hits")
    }

    /// Waits (up to 10 s) for the background write of the index file.
    static func waitForIndexFile(in cacheHome: URL) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while indexFiles(in: cacheHome).isEmpty {
            if Date() > deadline { return false }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return true
    }

    @Test func secondStartSearchesFromTheSavedIndex() throws {
        let archive = try TemporaryArchive(TemporaryArchive.chain(count: 6))
        defer { archive.remove() }
        let cacheHome = archive.directory.appendingPathComponent("cache", isDirectory: true)

        let first = try Self.start(archive, cacheHome: cacheHome)
        defer { first.kill() }
        try Self.search(first)
        #expect(Self.waitForIndexFile(in: cacheHome))
        try first.sendKeys("q")
        #expect(try first.waitForExit() == 0)
        let files = Self.indexFiles(in: cacheHome)
        #expect(files.count == 1)
        let indexPath = cacheHome.appendingPathComponent("gazette").appendingPathComponent(files.first ?? "").path
        let written = try FileManager.default.attributesOfItem(atPath: indexPath)[.systemFileNumber] as? Int

        let second = try Self.start(archive, cacheHome: cacheHome)
        defer { second.kill() }
        try Self.search(second)
        try second.sendKeys("q")
        #expect(try second.waitForExit() == 0)
        #expect(try !second.capture().contains("warning"))
        // Loaded, not rebuilt: the file was not replaced.
        #expect(try FileManager.default.attributesOfItem(atPath: indexPath)[.systemFileNumber] as? Int == written)
    }

    @Test func noCacheFlagWritesNothing() throws {
        let archive = try TemporaryArchive(TemporaryArchive.chain(count: 6))
        defer { archive.remove() }
        let cacheHome = archive.directory.appendingPathComponent("cache", isDirectory: true)
        let tmux = try Self.start(archive, cacheHome: cacheHome, extra: ["--no-cache"])
        defer { tmux.kill() }
        try Self.search(tmux)
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(Self.indexFiles(in: cacheHome).isEmpty)
    }
}
