import Foundation
import GazetteCore
import Testing

/// The reader with a configuration file and a fake browser, in tmux.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed; the end-to-end reader tests are skipped"))
struct ReaderConfigEndToEndTests {
    /// A URL a shell would split or mangle (`&`, `;`, `$`, a quote, parentheses): it must arrive whole.
    static let trickyURL = "https://example.org/story?id=1&lang=en;x=$HOME'(a)"

    /// Starts the reader with `XDG_CONFIG_HOME` at a folder holding `config` (if any) and
    /// `BROWSER` at a script that writes its argument count and arguments to `argv.txt`.
    static func withReader(
        config: String?, options: [String] = [], _ body: (TmuxSession, URL) throws -> Void
    ) throws {
        var articles = TemporaryArchive.chain(count: 4).articles
        articles[0].url = trickyURL
        let archive = try TemporaryArchive(Archive(metadata: ArchiveMetadata(title: "Chain Times"), articles: articles))
        defer { archive.remove() }
        let folder = archive.directory
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("gazette"), withIntermediateDirectories: true)
        if let config {
            try config.write(to: folder.appendingPathComponent("gazette/config.toml"), atomically: true, encoding: .utf8)
        }
        let browser = folder.appendingPathComponent("browser.sh")
        let record = folder.appendingPathComponent("argv.txt")
        try "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$@\" > '\(record.path).tmp' && mv '\(record.path).tmp' '\(record.path)'\n"
            .write(to: browser, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser.path)
        let binary = try GazetteBinary.executableURL().path
        let tmux = try TmuxSession(
            [binary, archive.url.path] + options, width: 120, height: 40,
            environment: ["XDG_CONFIG_HOME": folder.path, "BROWSER": browser.path], reportsExitStatus: true)
        defer { tmux.kill() }
        try body(tmux, record)
    }

    @Test func reboundKeyWorksAndHelpShowsIt() throws {
        try Self.withReader(config: "[keys]\nselect-next = [\"x\"]\nquit = [\"Q\"]\n") { tmux, _ in
            _ = try tmux.waitFor(text: "Chain Times  1/4  list")
            try tmux.sendKeys("x")
            _ = try tmux.waitFor(text: "Chain Times  2/4  list")
            try tmux.sendKeys("j")
            _ = try tmux.waitFor(text: "Chain Times  2/4  list")
            try tmux.sendKeys("?")
            let help = try tmux.waitFor(text: "press any key to close")
            #expect(help.contains(" x              next article in the list"))
            #expect(help.contains(" Q              quit"))
            #expect(!help.contains("q Ctrl-C"))
            try tmux.sendKeys("Escape")
            _ = try tmux.waitFor(text: "Chain Times  2/4  list")
            try tmux.sendKeys("Q")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    @Test func brokenConfigStartsWithDefaultsAndSaysSo() throws {
        try Self.withReader(config: "theme = \"light\"\n[keys]\nteleport = [\"t\"]\n") { tmux, _ in
            let screen = try tmux.waitFor(text: "config: ")
            #expect(screen.contains("config.toml:3: unknown a"), "the status bar names the file, line and problem")
            try tmux.sendKeys("q")
            #expect(try tmux.waitForExit() == 0)
            let after = try tmux.capture(history: true)
            #expect(after.contains("gazette: config: "), "the problem is printed again once the terminal is restored")
        }
    }

    @Test func copyWithOSC52PutsOnlyTheURLOnTheClipboard() throws {
        try Self.withReader(config: "osc52-copy = true\n") { tmux, _ in
            try tmux.acceptClipboardSequences()
            _ = try tmux.waitFor(text: "Chain Times  1/4  list")
            try tmux.sendKeys("y")
            _ = try tmux.waitFor(text: "copied https://example.org/story?id=1")
            var buffer: String?
            let deadline = Date().addingTimeInterval(10)
            while buffer == nil && Date() < deadline {
                buffer = tmux.newestBuffer()
                if buffer == nil { Thread.sleep(forTimeInterval: 0.05) }
            }
            #expect(buffer == Self.trickyURL)
            try tmux.sendKeys("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    @Test func openPassesTheURLAsExactlyOneArgument() throws {
        try Self.withReader(config: nil, options: ["--no-mouse"]) { tmux, record in
            _ = try tmux.waitFor(text: "Chain Times  1/4  list")
            try tmux.sendKeys("o")
            _ = try tmux.waitFor(text: "opened https://example.org/story?id=1")
            var text = ""
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                if let contents = try? String(contentsOf: record, encoding: .utf8) {
                    text = contents
                    break
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
            #expect(text == "1\n\(Self.trickyURL)\n")
            try tmux.sendKeys("y")
            _ = try tmux.waitFor(text: "copying is off: set osc52-copy = true")
            try tmux.sendKeys("Down", "Enter", "o")
            _ = try tmux.waitFor(text: "this article has no URL")
            try tmux.sendKeys("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }
}
