/// The one table that maps keys to actions, per context, with the help text shown by `?`.
public struct KeyMap: Sendable {
    /// Where a key press lands.
    public enum Context: Hashable, Sendable {
        /// The article list has focus.
        case list
        /// The detail pane has focus.
        case detail
    }

    /// One row of the table.
    public struct Binding: Sendable {
        /// The keys that trigger it.
        public var keys: [KeyEvent]
        /// The contexts it applies in.
        public var contexts: Set<Context>
        /// What it does.
        public var action: ReaderAction
        /// How the help screen names the keys.
        public var keyLabel: String
        /// How the help screen describes it.
        public var help: String
    }

    /// The bindings, in help-screen order; the first match wins.
    public let bindings: [Binding]

    /// The default key table.
    public static let standard = KeyMap(bindings: [
        Binding(keys: [.up, .character("k")], contexts: [.list], action: .selectPrevious, keyLabel: "↑ k", help: "previous article in the list"),
        Binding(keys: [.down, .character("j")], contexts: [.list], action: .selectNext, keyLabel: "↓ j", help: "next article in the list"),
        Binding(keys: [.up, .character("k")], contexts: [.detail], action: .scrollUp, keyLabel: "↑ k", help: "scroll the article up (detail pane)"),
        Binding(keys: [.down, .character("j")], contexts: [.detail], action: .scrollDown, keyLabel: "↓ j", help: "scroll the article down (detail pane)"),
        Binding(keys: [.pageUp], contexts: [.list], action: .selectPreviousPage, keyLabel: "PgUp", help: "page up"),
        Binding(keys: [.pageDown, .character(" ")], contexts: [.list], action: .selectNextPage, keyLabel: "PgDn Space", help: "page down"),
        Binding(keys: [.pageUp], contexts: [.detail], action: .scrollPageUp, keyLabel: "PgUp", help: "page up"),
        Binding(keys: [.pageDown, .character(" ")], contexts: [.detail], action: .scrollPageDown, keyLabel: "PgDn Space", help: "page down"),
        Binding(keys: [.home, .character("g")], contexts: [.list], action: .selectFirst, keyLabel: "g Home", help: "first article / top"),
        Binding(keys: [.end, .character("G")], contexts: [.list], action: .selectLast, keyLabel: "G End", help: "last article / bottom"),
        Binding(keys: [.home, .character("g")], contexts: [.detail], action: .scrollToTop, keyLabel: "g Home", help: "top of the article"),
        Binding(keys: [.end, .character("G")], contexts: [.detail], action: .scrollToBottom, keyLabel: "G End", help: "end of the article"),
        Binding(keys: [.enter], contexts: [.list], action: .openSelected, keyLabel: "Enter", help: "open the selected article"),
        Binding(keys: [.tab, .backTab], contexts: [.list, .detail], action: .switchFocus, keyLabel: "Tab", help: "switch between list and article"),
        Binding(keys: [.right, .character("l")], contexts: [.list, .detail], action: .followNextLink, keyLabel: "→ l", help: "follow the article's next link"),
        Binding(keys: [.left, .character("h")], contexts: [.list, .detail], action: .followPreviousLink, keyLabel: "← h", help: "follow the article's previous link"),
        Binding(keys: [.backspace, .character("b")], contexts: [.list, .detail], action: .goBack, keyLabel: "Backspace b", help: "back in history"),
        Binding(keys: [.character("f")], contexts: [.list, .detail], action: .goForward, keyLabel: "f", help: "forward in history"),
        Binding(keys: [.character("/")], contexts: [.list, .detail], action: .beginSearch, keyLabel: "/", help: "search the archive (Enter keeps, Esc cancels)"),
        Binding(keys: [.character("n")], contexts: [.list, .detail], action: .nextMatch, keyLabel: "n", help: "next match in the article"),
        Binding(keys: [.character("N")], contexts: [.list, .detail], action: .previousMatch, keyLabel: "N", help: "previous match in the article"),
        Binding(keys: [.control("f")], contexts: [.list, .detail], action: .beginFind, keyLabel: "Ctrl-F",
                help: "find text in the article (n/N cycle; empty clears)"),
        Binding(keys: [.character(":")], contexts: [.list, .detail], action: .beginCommand, keyLabel: ":",
                help: "command: find TEXT, filter TERMS, help, quit"),
        Binding(keys: [.character("u")], contexts: [.list, .detail], action: .toggleRead, keyLabel: "u", help: "mark the article read / unread"),
        Binding(keys: [.character("U")], contexts: [.list, .detail], action: .selectNextUnread, keyLabel: "U", help: "next unread article"),
        Binding(keys: [.character("m")], contexts: [.list, .detail], action: .toggleBookmark, keyLabel: "m", help: "bookmark the article / remove the bookmark"),
        Binding(keys: [.character("'")], contexts: [.list, .detail], action: .toggleBookmarkedOnly, keyLabel: "'",
                help: "show only bookmarked articles / all articles"),
        Binding(keys: [.character("s")], contexts: [.list, .detail], action: .cycleSort, keyLabel: "s",
                help: "sort: date ↓, date ↑, title, archive order"),
        Binding(keys: [.character("F")], contexts: [.list, .detail], action: .beginFilter, keyLabel: "F",
                help: "filter: 2021-01..2021-03 source:NAME (empty clears)"),
        Binding(keys: [.escape], contexts: [.list], action: .clearSearch, keyLabel: "Esc", help: "clear the search (list)"),
        Binding(keys: [.escape], contexts: [.detail], action: .focusList, keyLabel: "Esc", help: "back to the list (article)"),
        Binding(keys: [.character(">")], contexts: [.list, .detail], action: .widenList, keyLabel: ">", help: "wider list pane"),
        Binding(keys: [.character("<")], contexts: [.list, .detail], action: .narrowList, keyLabel: "<", help: "narrower list pane"),
        Binding(keys: [.character("o")], contexts: [.list, .detail], action: .openURL, keyLabel: "o", help: "open the article's URL in the browser ($BROWSER)"),
        Binding(keys: [.character("y")], contexts: [.list, .detail], action: .copyURL, keyLabel: "y", help: "copy the article's URL (needs osc52-copy = true)"),
        Binding(keys: [.character("?")], contexts: [.list, .detail], action: .showHelp, keyLabel: "?", help: "this help"),
        Binding(keys: [.character("q"), .control("c")], contexts: [.list, .detail], action: .quit, keyLabel: "q Ctrl-C", help: "quit"),
    ])

    /// Creates a key map from bindings.
    public init(bindings: [Binding]) {
        self.bindings = bindings
    }

    /// The action for a key in a context, if any. A resize and a termination request are
    /// not keys: they always resize and quit, whatever the table says.
    public func action(for key: KeyEvent, in context: Context) -> ReaderAction? {
        if case .resize(let size) = key { return .resize(size) }
        if key == .terminationRequested { return .quit }
        return bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
    }

    /// The action for a key while the search prompt is open: text editing, Enter, Esc;
    /// arrows still move in the results.
    public static func searchPromptAction(for key: KeyEvent) -> ReaderAction? {
        switch key {
        case .character(let character): return .typeSearch(character)
        case .backspace, .delete: return .deleteSearchCharacter
        case .enter: return .submitSearch
        case .escape: return .cancelSearch
        case .up: return .selectPrevious
        case .down: return .selectNext
        case .control("c"), .terminationRequested: return .quit
        case .resize(let size): return .resize(size)
        default: return nil
        }
    }

    /// The action for a key while the filter, find or command prompt is open: text editing,
    /// Enter, Esc.
    public static func promptAction(for key: KeyEvent) -> ReaderAction? {
        switch key {
        case .character(let character): return .typePrompt(character)
        case .backspace, .delete: return .deletePromptCharacter
        case .enter: return .submitPrompt
        case .escape: return .cancelPrompt
        case .control("c"), .terminationRequested: return .quit
        case .resize(let size): return .resize(size)
        default: return nil
        }
    }

    /// Help lines: one per distinct (keys, help) pair, in table order; actions left with no
    /// key (unbound in the configuration) are not listed.
    public var helpLines: [(keys: String, help: String)] {
        var seen = Set<String>()
        var lines: [(String, String)] = []
        for binding in bindings where !binding.keys.isEmpty && seen.insert(binding.keyLabel + binding.help).inserted {
            lines.append((binding.keyLabel, binding.help))
        }
        return lines
    }
}
