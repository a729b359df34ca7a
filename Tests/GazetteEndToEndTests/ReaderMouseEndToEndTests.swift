import Foundation
import Testing

/// Mouse input typed into the pane as the terminal would send it (X10 encoding, which the
/// pane's `screen-256color` terminfo announces), so ncurses decodes real mouse reports.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed; the end-to-end reader tests are skipped"))
struct ReaderMouseEndToEndTests {
    /// `ESC [ M` + button + column + row, each offset by 32 (positions 1-based).
    static func report(button: Int, row: Int, column: Int) -> String {
        let codes = [button, column + 1, row + 1].map { Character(Unicode.Scalar(UInt8(32 + $0))) }
        return "\u{1B}[M" + String(codes)
    }

    static func click(row: Int, column: Int) -> String {
        report(button: 0, row: row, column: column) + report(button: 3, row: row, column: column)
    }

    static func run(options: [String], config: String? = nil, _ body: (TmuxSession) throws -> Void) throws {
        let archive = try TemporaryArchive(TemporaryArchive.chain(count: 6))
        defer { archive.remove() }
        if let config {
            let folder = archive.directory.appendingPathComponent("gazette")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try config.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        }
        let binary = try GazetteBinary.executableURL().path
        let tmux = try TmuxSession(
            [binary, archive.url.path] + options, width: 120, height: 40,
            environment: ["XDG_CONFIG_HOME": archive.directory.path], reportsExitStatus: true)
        defer { tmux.kill() }
        try body(tmux)
    }

    @Test func clicksSelectFollowLinksAndTheWheelScrolls() throws {
        try Self.run(options: []) { tmux in
            _ = try tmux.waitFor(text: "Chain Times  1/6  list")
            try tmux.sendText(Self.click(row: 2, column: 10))
            _ = try tmux.waitFor(text: "Chain Times  3/6  list")
            try tmux.sendText(Self.report(button: 65, row: 5, column: 10))  // wheel down over the list
            _ = try tmux.waitFor(text: "Chain Times  6/6  list")
            let screen = try tmux.capture()
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            let linkRow = try #require(lines.firstIndex { $0.contains("→ next: Story number 1") })
            try tmux.sendText(Self.click(row: linkRow, column: 60))
            _ = try tmux.waitUntil("article 1 open") { $0.contains("│Story number 1 about the harbour") && $0.contains("2/6") }
            try tmux.sendKeys("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    @Test func mouseReportingIsOnOnlyWhileTheReaderRunsAndNotWithNoMouse() throws {
        try Self.run(options: []) { tmux in
            _ = try tmux.waitFor(text: "Chain Times  1/6  list")
            #expect(try tmux.mouseReporting())
            try tmux.sendKeys("q")
            #expect(try tmux.waitForExit() == 0)
            #expect(try !tmux.mouseReporting(), "the terminal's mouse mode is restored on exit")
        }
        for (options, config) in [(["--no-mouse"], nil), ([], "mouse = false\n")] {
            try Self.run(options: options, config: config) { tmux in
                _ = try tmux.waitFor(text: "Chain Times  1/6  list")
                #expect(try !tmux.mouseReporting())
                try tmux.sendKeys("q")
                #expect(try tmux.waitForExit() == 0)
            }
        }
    }
}
