import ArgumentParser
import Foundation
import GazetteCore
import GazetteTerminal
import GazetteUI

/// `gazette [ARCHIVE]`: the full-screen reader (the default command).
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open an archive in the full-screen reader (the default command).",
        discussion: """
            Keys: ↑/↓ (k/j) move, Enter opens, → (l) follows the next link, ← (h) the previous \
            one, Backspace (b) goes back, f forward, / searches, n/N jump between matches, \
            Tab switches panes, ? shows all keys, q quits. Needs a terminal: exits 2 when \
            standard input or output is not one, or TERM is unset.
            """
    )

    @Argument(help: "The archive file (default: the bundled data/bjast.json).")
    var archive: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        if let reason = TerminalEnvironment.unusableReason(environment: environment) {
            throw Console.fail(reason)
        }
        let (_, archive) = try ArchiveLocator.load(archive)
        // Links resolve and the index builds in the background: the list paints at once.
        let links = BackgroundLinkGraph(articles: archive.articles)
        let index = BackgroundSearchIndex(articles: archive.articles)
        let signal: Int32?
        do {
            signal = try TerminalSession.run(environment: environment) { screen in
                let state = ReaderState(archive: archive, archiveName: archive.metadata.title, size: screen.size)
                try ReaderLoop().run(state, on: screen, index: index, links: links)
                return screen.terminationSignal
            }
        } catch {
            throw Console.fail("\(error)")
        }
        // Killed by SIGTERM or SIGHUP: the terminal is restored; report it like a shell
        // would (128 + signal). Ctrl-C is a key in raw mode, a normal quit.
        if let signal, signal == SIGTERM || signal == SIGHUP {
            throw ExitCode(128 + signal)
        }
    }
}
