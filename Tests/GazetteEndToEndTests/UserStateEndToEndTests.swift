import Foundation
import GazetteCore
import Testing

/// Read marks, bookmarks and the last position survive quitting the real binary.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed; the end-to-end reader tests are skipped"))
struct UserStateEndToEndTests {
    @Test func reopeningRestoresTheOpenArticleAndBookmarks() throws {
        let archive = try TemporaryArchive(TemporaryArchive.chain(count: 6))
        defer { archive.remove() }
        let archiveBytes = try Data(contentsOf: archive.url)
        let archiveDate = try FileManager.default.attributesOfItem(atPath: archive.url.path)[.modificationDate] as? Date
        var tmux = try ReaderEndToEndTests.start(archive)
        _ = try tmux.waitFor(text: "Chain Times  1/6  list  5 unread")
        try tmux.sendKeys("Down", "Down", "Enter")
        _ = try tmux.waitUntil("article 2 open") { $0.contains("│Story number 2 about the harbour") && $0.contains("4 unread") }
        try tmux.sendKeys("m")
        _ = try tmux.waitFor(text: "bookmarked")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        tmux.kill()

        let files = try FileManager.default.contentsOfDirectory(atPath: archive.stateHome.appendingPathComponent("gazette").path)
        #expect(files.count == 1 && files.allSatisfy { $0.hasPrefix("archive-") && $0.hasSuffix(".json") }, "one state file, no temporary files")

        tmux = try ReaderEndToEndTests.start(archive)
        defer { tmux.kill() }
        let screen = try tmux.waitFor(text: "Chain Times  3/6  list  4 unread")
        #expect(screen.contains("│Story number 2 about the harbour"), "the article open at quit is open again")
        #expect(screen.contains(" *  2022-01-03 Story number 2"), "read and bookmarked")
        #expect(screen.contains("•   2022-01-02 Story number 1"), "still unread")
        try tmux.sendKeys("b")
        _ = try tmux.waitUntil("history restored") { $0.contains("│Story number 0 about the harbour") }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try Data(contentsOf: archive.url) == archiveBytes, "the archive is never written")
        #expect(try FileManager.default.attributesOfItem(atPath: archive.url.path)[.modificationDate] as? Date == archiveDate)
    }

    /// `kill -9` at a different moment of a burst of saves each round: the state file is
    /// always a whole one (the old or the new), and the next save clears the killed
    /// writer's temporary file.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/task"), "needs /proc to find the reader"))
    func killedWhileSavingLeavesAWholeStateFile() throws {
        let archive = try TemporaryArchive(TemporaryArchive.chain(count: 6))
        defer { archive.remove() }
        let store = UserStateStore(environment: archive.environment)
        let folder = archive.stateHome.appendingPathComponent("gazette")
        for round in 0..<6 {
            let tmux = try ReaderEndToEndTests.start(archive)
            defer { tmux.kill() }
            _ = try tmux.waitFor(text: "Chain Times  ")
            let reader = try TerminalRobustnessTests.readerPID(tmux)
            // Each m toggles a bookmark and saves the whole state file.
            try tmux.sendKeys("m", "Down", "m", "Down", "m", "Up", "m", "Up", "m", "Down", "m", "Down", "m")
            usleep(useconds_t(round * 4_000))
            #expect(kill(reader, SIGKILL) == 0)
            #expect(try tmux.waitForExit() == 128 + Int(SIGKILL))
            if FileManager.default.fileExists(atPath: store.fileURL(forArchive: archive.url).path) {
                let loaded = store.load(forArchive: archive.url)
                #expect(loaded.warning == nil, "round \(round): \(loaded.warning ?? "")")
            }
        }
        try store.save(UserState(), forArchive: archive.url)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names == [store.fileURL(forArchive: archive.url).lastPathComponent], "no temporary files are left")
    }

    @Test func unwritableStateStillReadsAndSaysSo() throws {
        let archive = try TemporaryArchive(TemporaryArchive.chain(count: 3))
        defer { archive.remove() }
        try Data("a file where the state folder should be".utf8).write(to: archive.stateHome)
        let tmux = try ReaderEndToEndTests.start(archive)
        defer { tmux.kill() }
        _ = try tmux.waitFor(text: "state not saved: Not a directory")
        try tmux.sendKeys("Down", "Enter")
        _ = try tmux.waitUntil("article 1 open") { $0.contains("│Story number 1 about the harbour") }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func listShowsBookmarksAndReadMarksFromTheState() throws {
        let archive = try TemporaryArchive(TemporaryArchive.chain(count: 4))
        defer { archive.remove() }
        var state = UserState()
        state.read = [ArticleID("n1"), ArticleID("n3"), ArticleID("removed-since")]
        state.bookmarked = [ArticleID("n3"), ArticleID("n0"), ArticleID("removed-since")]
        try UserStateStore(environment: archive.environment).save(state, forArchive: archive.url)

        let text = try GazetteBinary.run(["list", archive.url.path, "--bookmarked"], environment: archive.environment)
        #expect(text.status == 0)
        #expect(text.stdout == """
            2022-01-01  n0  Story number 0 about the harbour
            2022-01-04  n3  Story number 3 about the harbour

            """)
        let json = try GazetteBinary.run(["list", archive.url.path, "--json"], environment: archive.environment)
        let articles = try #require(try JSONParser.parse(Data(json.stdout.utf8)).objectValue?["articles"]?.arrayValue)
        #expect(articles.compactMap { $0.objectValue?["read"] } == [.bool(false), .bool(true), .bool(false), .bool(true)])
        #expect(articles.compactMap { $0.objectValue?["bookmarked"] } == [.bool(true), .bool(false), .bool(false), .bool(true)])

        // A corrupt state file: a warning, the file moved aside, the listing still works.
        let file = UserStateStore(environment: archive.environment).fileURL(forArchive: archive.url)
        try Data("{ broken".utf8).write(to: file)
        let recovered = try GazetteBinary.run(["list", archive.url.path, "--bookmarked"], environment: archive.environment)
        #expect(recovered.status == 0)
        #expect(recovered.stdout.isEmpty)
        #expect(recovered.stderr.hasPrefix("gazette: warning: state file \(file.path) is corrupt (line 1, column 3"))
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }
}
