import Foundation
import Testing

/// Drives the real `gazette` binary in tmux, as a person would.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed; the end-to-end reader tests are skipped"))
struct ReaderEndToEndTests {
    /// Starts the reader on a chain of `articles` articles in a `width` × `height` pane,
    /// runs `body`, and cleans up the session and the archive.
    static func withReader(
        articles: Int, width: Int = 120, height: Int = 40, _ body: (TmuxSession) throws -> Void
    ) throws {
        let archive = try TemporaryArchive(TemporaryArchive.chain(count: articles))
        defer { archive.remove() }
        let tmux = try start(archive, width: width, height: height)
        defer { tmux.kill() }
        try body(tmux)
    }

    /// Starts the reader on `archive`, its user state kept in the archive's temporary folder
    /// (`XDG_STATE_HOME`), never in the real home.
    static func start(_ archive: TemporaryArchive, width: Int = 120, height: Int = 40) throws -> TmuxSession {
        let binary = try GazetteBinary.executableURL().path
        return try TmuxSession([binary, archive.url.path], width: width, height: height,
                               environment: ["XDG_STATE_HOME": archive.stateHome.path], reportsExitStatus: true)
    }

    @Test func readsFollowsLinksSearchesResizesAndQuits() throws {
        try Self.withReader(articles: 6) { tmux in
            var screen = try tmux.waitFor(text: "Chain Times  1/6  list")
            #expect(screen.contains("Story number 0 about the harbour"))
            #expect(screen.contains("│Story number 0 about the harbour"))
            #expect(screen.contains("→ next: Story number 1 about the harbour"))

            try tmux.sendKeys("Down")
            screen = try tmux.waitFor(text: "Chain Times  2/6  list")

            try tmux.sendKeys("Right")
            screen = try tmux.waitUntil("article 1 open") { $0.contains("│Story number 1 about the harbour") }
            try tmux.sendKeys("Right")
            screen = try tmux.waitUntil("article 2 open") { $0.contains("│Story number 2 about the harbour") && $0.contains("3/6") }
            #expect(screen.contains("Hostile ␛]0;pwned␇ title and ␛[2J clear"))
            try tmux.sendKeys("Left")
            screen = try tmux.waitUntil("article 1 again") { $0.contains("│Story number 1 about the harbour") && $0.contains("2/6") }
            try tmux.sendKeys("BSpace")
            screen = try tmux.waitUntil("back to article 2") { $0.contains("│Story number 2 about the harbour") }
            try tmux.sendKeys("End", "Enter", "Right")
            screen = try tmux.waitFor(text: "broken link: \"A story that was never archived\" is not in this archive")
            #expect(screen.contains("→ next: A story that was never archived (not in this archive)"))

            try tmux.sendKeys("Tab", "/")
            try tmux.sendText("ferries")
            screen = try tmux.waitFor(text: "/ferries")
            try tmux.sendKeys("Enter")
            screen = try tmux.waitFor(text: "search \"ferries\": 2 hits")
            #expect(screen.contains("2022-01-01 Story number 0 about the…"), "hits are listed, titles cut to the pane")
            #expect(screen.contains("2022-01-04 Story number 3 about the…"))
            #expect(!screen.contains("Story number 1 about the"), "non-matching articles leave the list")
            try tmux.sendKeys("Enter")
            screen = try tmux.waitUntil("hit opened") { $0.contains("│Story number 0 about the harbour") }
            let colored = try tmux.capture(escapes: true)
            #expect(colored.contains("m" + "ferries"), "the match is drawn with its own attributes")

            try tmux.resize(width: 30, height: 10)
            screen = try tmux.waitUntil("one pane at 30x10") { screen in
                !screen.contains("│") && screen.split(separator: "\n").allSatisfy { $0.count <= 30 }
            }
            try tmux.resize(width: 120, height: 40)
            screen = try tmux.waitUntil("two panes again") { $0.contains("│") }

            try tmux.sendKeys("q")
            #expect(try tmux.waitForExit() == 0)
            #expect(try !tmux.capture().contains("Chain Times"), "the reader's screen is gone after quitting")
        }
    }

    @Test func arrowsArriveInEitherCursorKeyMode() throws {
        // The terminal's normal mode sends `ESC [ B` for Down (application mode, which the
        // reader asks for, `ESC O B`): as typed just before a terminal switches modes.
        try Self.withReader(articles: 3) { tmux in
            _ = try tmux.waitFor(text: "Chain Times  1/3")
            try tmux.sendText("\u{1B}[B")
            _ = try tmux.waitFor(text: "Chain Times  2/3")
            try tmux.sendText("\u{1B}OB")
            _ = try tmux.waitFor(text: "Chain Times  3/3")
            try tmux.sendText("\u{1B}[A")
            _ = try tmux.waitFor(text: "Chain Times  2/3")
            try tmux.sendKeys("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    @Test func controlCQuitsAndRestoresTheTerminal() throws {
        try Self.withReader(articles: 3, width: 80, height: 24) { tmux in
            _ = try tmux.waitFor(text: "Chain Times  1/3")
            try tmux.sendKeys("?")
            _ = try tmux.waitFor(text: "any other key closes")
            try tmux.sendKeys("C-c")
            #expect(try tmux.waitForExit() == 0)
            #expect(try !tmux.capture().contains("any other key closes"))
        }
    }

    @Test func colonCommandsFindInTheArticleAndQuit() throws {
        try Self.withReader(articles: 3) { tmux in
            _ = try tmux.waitFor(text: "Chain Times  1/3")
            try tmux.sendKeys("Enter", ":")
            _ = try tmux.waitFor(text: "find TEXT, filter TERMS, help, quit")
            try tmux.sendText("find LIGHTHOUSE")
            _ = try tmux.waitFor(text: "1 line matches")
            try tmux.sendKeys("Enter")
            _ = try tmux.waitFor(text: "match 1/1 in this article")
            let colored = try tmux.capture(escapes: true)
            #expect(colored.contains("m" + "lighthouse"), "the found text is drawn with its own attributes")
            try tmux.sendKeys(":")
            try tmux.sendText("nonsense")
            try tmux.sendKeys("Enter")
            _ = try tmux.waitFor(text: "unknown command ':nonsense'")
            try tmux.sendKeys(":")
            try tmux.sendText("q")
            try tmux.sendKeys("Enter")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    /// The processes whose parent is `pid` (Linux `/proc`), or `nil` where it is missing.
    static func children(of pid: Int32) -> [Int32]? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8) else {
            return nil
        }
        return text.split(separator: " ").compactMap { Int32($0) }
    }

    @Test(
        .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/task"), "needs /proc to find the reader"),
        arguments: [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130)])
    func terminationSignalsRestoreTheTerminal(signal: Int32, expectedStatus: Int) throws {
        try Self.withReader(articles: 3, width: 80, height: 24) { tmux in
            _ = try tmux.waitFor(text: "Chain Times  1/3")
            let shell = try tmux.panePID()
            let reader = try #require(Self.children(of: shell)?.first, "the reader runs under the pane's shell")
            #expect(kill(reader, signal) == 0)
            #expect(try tmux.waitForExit() == expectedStatus)
            let screen = try tmux.capture()
            #expect(!screen.contains("Chain Times"), "the alternate screen was left")
        }
    }

    @Test func survivesTinyTerminals() throws {
        try Self.withReader(articles: 3, width: 20, height: 6) { tmux in
            _ = try tmux.waitFor(text: "Story number")
            try tmux.resize(width: 1, height: 1)
            try tmux.sendKeys("Down", "Enter", "Right")
            try tmux.resize(width: 20, height: 6)
            _ = try tmux.waitFor(text: "Story number")
            try tmux.sendKeys("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }
}

@Suite struct ReaderWithoutTerminalTests {
    @Test func refusesToDrawIntoAPipe() throws {
        let result = try GazetteBinary.run(["data/bjast.json"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "gazette: standard input is not a terminal; use 'gazette list', 'show' or 'search' in scripts\n")
    }
}
