import Foundation
import Testing

/// Checks the tmux harness itself with small shell programs, so end-to-end failures of
/// the reader can be trusted to be the reader's.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux not installed"))
struct TmuxSessionTests {
    @Test func capturesOutputAndTypesText() throws {
        let session = try TmuxSession(
            ["sh", "-c", "printf 'hello\\ntmux harness\\n'; read line; echo \"got:$line\""], reportsExitStatus: true)
        defer { session.kill() }
        let screen = try session.waitFor(text: "tmux harness")
        #expect(screen.hasPrefix("hello\ntmux harness\n"))
        try session.sendText("abc 'quoted' $HOME")
        try session.sendKeys("Enter")
        try session.waitFor(text: "got:abc 'quoted' $HOME")
        let status = try session.waitForExit()
        #expect(status == 0)
    }

    @Test func namedKeysArriveAsTheirBytes() throws {
        let script = "stty raw -echo; printf ready; dd bs=1 count=4 2>/dev/null | od -An -tx1; stty sane; sleep 30"
        let session = try TmuxSession(["sh", "-c", script])
        defer { session.kill() }
        try session.waitFor(text: "ready")
        try session.sendKeys("C-c", "Escape", "BSpace", "Enter")
        let screen = try session.waitFor(text: "03 1b 7f 0d")
        #expect(screen.contains("ready"))
    }

    @Test func reportsTheExitStatusAndKeepsTheLastScreen() throws {
        let session = try TmuxSession(["sh", "-c", "echo finished; exit 3"], reportsExitStatus: true)
        defer { session.kill() }
        let status = try session.waitForExit()
        #expect(status == 3)
        #expect(try session.capture().contains("finished\n\n[exit status 3]"))
    }

    @Test func resizesThePane() throws {
        let session = try TmuxSession(["sh", "-c", "while read -r _; do stty size; done"], width: 120, height: 40)
        defer { session.kill() }
        #expect(try session.paneSize() == (120, 40))
        try session.sendKeys("Enter")
        try session.waitFor(text: "40 120")
        try session.resize(width: 80, height: 24)
        #expect(try session.paneSize() == (80, 24))
        try session.sendKeys("Enter")
        try session.waitFor(text: "24 80")
    }

    @Test func captureWithEscapesShowsAttributes() throws {
        let session = try TmuxSession(["sh", "-c", "printf 'plain \\033[1mbold\\033[0m done\\n'; sleep 30"])
        defer { session.kill() }
        try session.waitFor(text: "plain bold done")
        let styled = try session.capture(escapes: true)
        #expect(styled.contains("\u{1B}[1mbold"))
        #expect(!(try session.capture()).contains("\u{1B}"))
    }

    @Test func timeoutReportsTheLastScreen() throws {
        let session = try TmuxSession(["sh", "-c", "echo only this; sleep 5"])
        defer { session.kill() }
        try session.waitFor(text: "only this")
        do {
            try session.waitFor(text: "never shown", timeout: 0.2)
            Issue.record("waitFor should have thrown")
        } catch let failure as TmuxSession.Failure {
            #expect(String(describing: failure).contains("never shown"))
            #expect(String(describing: failure).contains("only this"))
        }
    }

    @Test func sessionsUsePrivateSockets() throws {
        let first = try TmuxSession(["sh", "-c", "sleep 5"])
        let second = try TmuxSession(["sh", "-c", "sleep 5"])
        defer {
            first.kill()
            second.kill()
        }
        #expect(first.socket != second.socket)
        #expect(first.socket.hasPrefix("gazette-test-"))
    }
}
