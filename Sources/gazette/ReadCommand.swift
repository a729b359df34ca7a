import ArgumentParser
import Foundation
import GazetteConfig
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
            Tab switches panes, o opens the article's URL in $BROWSER, y copies it (with \
            osc52-copy = true), ? shows all keys, q quits. The mouse selects, opens, scrolls and \
            follows links. Settings and keys come from $XDG_CONFIG_HOME/gazette/config.toml \
            (see gazette config --print-default). Needs a terminal: exits 2 when standard \
            input or output is not one, or TERM is unset.
            """
    )

    @Argument(help: "The archive file (default: the bundled data/bjast.json).")
    var archive: String?

    @Flag(name: .customLong("no-mouse"), help: "Do not use the mouse (also: mouse = false in the config file).")
    var noMouse = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        if let reason = TerminalEnvironment.unusableReason(environment: environment) {
            throw Console.fail(reason)
        }
        let (_, archive) = try ArchiveLocator.load(archive)
        let graph = LinkGraph(articles: archive.articles)
        let config = ConfigFile.load(path: ConfigFile.path(environment: environment))
        let settings = config.settings
        let index = BackgroundSearchIndex(articles: archive.articles)
        let signal: Int32?
        do {
            signal = try TerminalSession.run(
                environment: environment, theme: settings.theme, mouse: settings.mouse && !noMouse
            ) { screen in
                var state = ReaderState(
                    archive: archive, graph: graph, archiveName: archive.metadata.title, size: screen.size)
                state.adopt(settings, message: config.notice.map { "config: " + $0 })
                let loop = ReaderLoop(
                    settings: settings, opener: BrowserOpener(environment: environment), clipboard: OSC52Clipboard())
                try loop.run(state, on: screen, index: index)
                return screen.terminationSignal
            }
        } catch {
            throw Console.fail("\(error)")
        }
        // Shown once the terminal is restored, so the broken line is not lost with the screen.
        if let notice = config.notice { Console.error("gazette: config: \(notice)") }
        // Killed by SIGTERM or SIGHUP: the terminal is restored; report it like a shell
        // would (128 + signal). Ctrl-C is a key in raw mode, a normal quit.
        if let signal, signal == SIGTERM || signal == SIGHUP {
            throw ExitCode(128 + signal)
        }
    }
}
