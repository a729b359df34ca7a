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
            u/U read marks, m bookmarks, ' bookmarked only, s sorts, F filters, Ctrl-F finds, \
            Tab switches panes, o opens the article's URL in $BROWSER, y copies it (with \
            osc52-copy = true), ? shows all keys, q quits. The mouse selects, opens, scrolls and \
            follows links. Read marks, bookmarks and the last position are kept in \
            $XDG_STATE_HOME/gazette (default ~/.local/state/gazette). Settings and keys come \
            from $XDG_CONFIG_HOME/gazette/config.toml (see gazette config --print-default). The \
            search index is cached in $XDG_CACHE_HOME/gazette (default ~/.cache/gazette). \
            Needs a terminal: exits 2 when standard input or output is not one, or TERM is unset.
            """
    )

    @Argument(help: "The archive file (default: the bundled data/bjast.json).")
    var archive: String?

    @Flag(name: .customLong("no-mouse"), help: "Do not use the mouse (also: mouse = false in the config file).")
    var noMouse = false

    @Flag(name: .customLong("no-cache"), help: "Build the search index afresh; neither read nor write the index cache.")
    var noCache = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        if let reason = TerminalEnvironment.unusableReason(environment: environment) {
            throw Console.fail(reason)
        }
        let (url, file, archive) = try ArchiveLocator.open(archive)
        // Links resolve and then the index builds in the background: the list paints at once.
        let links = BackgroundLinkGraph(articles: archive.articles)
        let configPath = ConfigFile.path(environment: environment)
        let config = ConfigFile.load(path: configPath)
        let settings = config.settings
        // The status bar is narrow: it names the file without its folder (standard error gets
        // the whole path when the reader exits).
        let configFolder = configPath.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path + "/" }
        let statusNotice = config.notice.map { notice in
            "config: " + (configFolder.map { notice.replacingOccurrences(of: $0, with: "") } ?? notice)
        }
        // The persisted index when valid, else built and then persisted.
        let cache = noCache ? nil : SearchIndexCache(environment: environment)
        let index = BackgroundSearchIndex(
            articles: archive.articles, file: file, cache: cache, directory: ArchiveDirectory(archive),
            buildAfter: { _ = links.waitUntilReady() })
        let store = UserStateStore(environment: environment)
        let loaded = store.load(forArchive: url)
        var loop = ReaderLoop(
            settings: settings, opener: BrowserOpener(environment: environment), clipboard: OSC52Clipboard(),
            savedState: loaded.state)
        if loaded.canSave {
            loop.saveState = { try store.save($0, forArchive: url) }
        }
        let signal: Int32?
        var unsaved: String?
        do {
            signal = try TerminalSession.run(
                environment: environment, theme: settings.theme, mouse: settings.mouse && !noMouse
            ) { screen in
                var state = ReaderState(archive: archive, archiveName: archive.metadata.title, size: screen.size)
                state.adopt(settings, message: statusNotice)
                state.restore(loaded.state)
                if let warning = loaded.warning {
                    if loaded.canSave { state.notify(warning, isError: true) } else { state.reportStateSaved(problem: warning) }
                }
                let final = try loop.run(state, on: screen, index: index, links: links)
                unsaved = final.stateWarning
                return screen.terminationSignal
            }
        } catch {
            throw Console.fail("\(error)")
        }
        // Shown in the status bar while reading; repeated once the terminal is restored, where
        // it stays visible (a broken config line is not lost with the screen).
        if let notice = config.notice { Console.error("gazette: config: \(notice)") }
        if let warning = loaded.warning, loaded.canSave { Console.error("gazette: warning: \(warning)") }
        if let unsaved { Console.error("gazette: warning: \(unsaved)") }
        for warning in index.warnings { Console.error("gazette: warning: \(warning)") }
        // Killed by SIGTERM, SIGHUP or SIGINT (`kill -INT`): the terminal is restored; report
        // it like a shell would (128 + signal). Ctrl-C is a key in raw mode, a normal quit.
        if let signal, signal == SIGTERM || signal == SIGHUP || signal == SIGINT {
            throw ExitCode(128 + signal)
        }
    }
}
