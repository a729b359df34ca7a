import Foundation
import Testing

/// The reader under job control, resize storms, extreme and unusable terminals, and hostile
/// archives, in tmux: the screen stays right, and the terminal is sane after every exit.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed; the end-to-end reader tests are skipped"))
struct TerminalRobustnessTests {
    /// Records an issue unless the pane is back to a normal shell terminal: echo and
    /// canonical input on, cursor visible, main screen.
    static func expectSane(_ tmux: TmuxSession, _ moment: String) throws {
        let settings = try tmux.terminalSettings().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" })
        #expect(settings.contains("echo") && settings.contains("icanon"), "\(moment): stty -a says \(settings)")
        #expect(try tmux.display("#{alternate_on}") == "0", "\(moment): still in the alternate screen")
        #expect(try tmux.display("#{cursor_flag}") == "1", "\(moment): the cursor is hidden")
    }

    /// The reader's process: the only child of the pane's shell.
    static func readerPID(_ tmux: TmuxSession) throws -> Int32 {
        let shell = try tmux.panePID()
        return try #require(ReaderEndToEndTests.children(of: shell)?.first, "the reader runs under the pane's shell")
    }

    /// Job control needs a shell that has it: the reader runs from an interactive bash
    /// without readline (which would put the terminal in its own raw mode at the prompt) in
    /// the pane (under a non-interactive `sh` its process group is orphaned, and the kernel
    /// discards stop signals there, so Ctrl-Z simply redraws).
    @Test(
        .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/task"), "needs /proc to find the reader"),
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash"), "needs bash for job control"),
        arguments: ["Ctrl-Z", "SIGTSTP"])
    func suspendAndContinue(how: String) throws {
        let archive = try TemporaryArchive(TemporaryArchive.chain(count: 3))
        defer { archive.remove() }
        let binary = try GazetteBinary.executableURL().path
        let tmux = try TmuxSession(["/bin/bash", "--norc", "--noprofile", "--noediting", "-i"], width: 80, height: 24, environment: ["PS1": "$ "])
        defer { tmux.kill() }
        try tmux.sendText("\(TmuxSession.shellQuoted(binary)) \(TmuxSession.shellQuoted(archive.url.path))\n")
        _ = try tmux.waitFor(text: "Chain Times  1/3")
        let reader = try Self.readerPID(tmux)
        if how == "Ctrl-Z" { try tmux.sendKeys("C-z") } else { #expect(kill(reader, SIGTSTP) == 0) }
        _ = try tmux.waitFor(text: "Stopped")
        try Self.expectSane(tmux, "stopped")
        try tmux.sendText("fg\n")
        _ = try tmux.waitFor(text: "Chain Times  1/3")
        #expect(try tmux.display("#{alternate_on}") == "1", "full screen again")
        // Keys typed before the reader has its raw mode back would meet the shell's line
        // discipline: wait for it, as a person would see the redrawn screen first; and for
        // the pane's application cursor keys (keypad mode), so that the test's Down comes as
        // the reader asked for it.
        let deadline = Date().addingTimeInterval(10)
        while try tmux.terminalSettings().contains(" icanon") || tmux.display("#{keypad_cursor_flag}") != "1", Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        try tmux.sendKeys("Down")
        _ = try tmux.waitFor(text: "Chain Times  2/3")
        try tmux.sendKeys("q")
        // `fg` reports the job's exit status; quoting splits the marker so the typed line
        // does not match it.
        try tmux.sendText("echo \"[after\"\" fg $?]\"\n")
        _ = try tmux.waitFor(text: "[after fg 0]")
        try Self.expectSane(tmux, "after quitting")
    }

    @Test func resizeStormEndsWithTheRightScreen() throws {
        try ReaderEndToEndTests.withReader(articles: 30, width: 120, height: 40) { tmux in
            _ = try tmux.waitFor(text: "Chain Times  1/30")
            for step in 0..<100 {
                try tmux.resize(width: 20 + (step * 37) % 200, height: 6 + (step * 13) % 60)
            }
            try tmux.resize(width: 90, height: 30)
            let screen = try tmux.waitUntil("a 90×30 screen") { screen in
                let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
                return rows.count >= 30 && rows[29].hasPrefix(" Chain Times  1/30") && rows[0].contains("│")
            }
            #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 90 })
            try tmux.sendKeys("Down")
            _ = try tmux.waitFor(text: "Chain Times  2/30")
            try tmux.sendKeys("q")
            #expect(try tmux.waitForExit() == 0)
            try Self.expectSane(tmux, "after the storm")
        }
    }

    @Test(arguments: [(1, 1), (300, 100)])
    func startsInExtremeSizes(width: Int, height: Int) throws {
        try ReaderEndToEndTests.withReader(articles: 3, width: width, height: height) { tmux in
            let size = try tmux.paneSize()
            if size.width >= 80 {
                let screen = try tmux.waitFor(text: "Chain Times  1/3")
                #expect(screen.split(separator: "\n", omittingEmptySubsequences: false)[size.height - 1].hasPrefix(" Chain Times"))
            } else {
                Thread.sleep(forTimeInterval: 0.5)  // nothing readable fits; it must just stay alive
                try tmux.resize(width: 80, height: 24)
                _ = try tmux.waitFor(text: "Chain Times  1/3")
            }
            try tmux.sendKeys("q")
            #expect(try tmux.waitForExit() == 0)
            try Self.expectSane(tmux, "after \(width)×\(height)")
        }
    }

    @Test(arguments: [
        (["env", "TERM=dumb"], "TERM=dumb cannot show a full-screen reader"),
        (["env", "-u", "TERM"], "TERM is not set"),
        (["env", "TERM=no-such-terminal-type"], "no-such-terminal-type"),
    ])
    func unusableTerminalsExitTwoWithoutTouchingIt(prefix: [String], message: String) throws {
        let binary = try GazetteBinary.executableURL().path
        let archive = GazetteBinary.packageRoot.appendingPathComponent("data/bjast.json").path
        let tmux = try TmuxSession(prefix + [binary, archive], width: 100, height: 20, reportsExitStatus: true)
        defer { tmux.kill() }
        #expect(try tmux.waitForExit() == 2)
        #expect(try tmux.capture(history: true).contains(message))
        try Self.expectSane(tmux, prefix.joined(separator: " "))
    }

    /// A fatal signal inside the reader (here a bus error: the mapped archive was truncated
    /// in place, and the open article's body is gone) still leaves the terminal sane, with
    /// the reason printed on the restored screen and the signal in the exit status.
    @Test func crashRestoresTheTerminalBeforeItsMessage() throws {
        let archive = try TemporaryArchive(TemporaryArchive.chain(count: 400))
        defer { archive.remove() }
        let binary = try GazetteBinary.executableURL().path
        // No core file in the working folder.
        let command = ["sh", "-c", "ulimit -c 0; exec \"$0\" \"$@\"", binary, archive.url.path]
        let tmux = try TmuxSession(command, width: 100, height: 30, environment: ["XDG_STATE_HOME": archive.stateHome.path],
                                   reportsExitStatus: true)
        defer { tmux.kill() }
        _ = try tmux.waitFor(text: "1/400")
        let handle = try FileHandle(forWritingTo: archive.url)
        try handle.truncate(atOffset: 4_096)
        try handle.close()
        try tmux.sendKeys("End", "Enter")
        #expect(try tmux.waitForExit() == 128 + Int(SIGBUS))
        let screen = try tmux.capture(history: true)
        #expect(screen.contains("gazette: fatal: bus error (was the archive file truncated while it was open?)"))
        try Self.expectSane(tmux, "after a bus error")
    }

    @Test func hostileArchiveCannotSteerTheTerminal() throws {
        let archive = try TemporaryArchive(HostileString.archive)
        defer { archive.remove() }
        let binary = try GazetteBinary.executableURL().path
        let tmux = try TmuxSession([binary, archive.url.path], width: 120, height: 40, reportsExitStatus: true)
        defer { tmux.kill() }
        _ = try tmux.waitFor(text: "1/\(HostileString.all.count)")
        let title = try tmux.display("#{pane_title}")
        for step in 0..<HostileString.all.count {
            if step > 0 { try tmux.sendKeys("Tab", "Down") }
            try tmux.sendKeys("Enter")
            _ = try tmux.waitFor(text: "\(step + 1)/\(HostileString.all.count)")
            // tmux draws colours with SGR (ESC [ … m); any other sequence came from the archive.
            let screen = try tmux.capture(escapes: true)
            let foreign = screen.components(separatedBy: "\u{1B}").dropFirst().filter { sequence in
                !(sequence.hasPrefix("[") && sequence.dropFirst().prefix { $0.isNumber || $0 == ";" || $0 == ":" }
                    .count + 1 < sequence.count
                    && sequence.dropFirst().drop { $0.isNumber || $0 == ";" || $0 == ":" }.first == "m")
            }
            #expect(foreign.isEmpty, "article \(step): sequences other than SGR: \(foreign.prefix(3))")
            #expect(try tmux.display("#{pane_title}") == title, "article \(step) changed the window title")
            #expect(try tmux.display("#{alternate_on}") == "1", "article \(step) left the alternate screen")
        }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        try Self.expectSane(tmux, "after the hostile archive")
        #expect(try !tmux.display("#{pane_title}").contains("pwned"))
    }
}
