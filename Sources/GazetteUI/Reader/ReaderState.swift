import GazetteCore

/// Everything the reader shows, as a value. Actions produce new states
/// (``applying(_:)``); rendering draws a state into a grid. Nothing here touches a terminal.
public struct ReaderState: Sendable {
    /// What the keyboard is doing.
    public enum Mode: Hashable, Sendable {
        /// Browsing.
        case normal
        /// Typing a search; `draft` is the text so far.
        case searching(draft: String)
        /// Showing the help screen.
        case help
        /// Typing a list filter (`F`); `draft` is the text so far.
        case filtering(draft: String)
        /// Typing a plain-text find in the open article (`Ctrl-F`); `draft` is the text so far.
        case finding(draft: String)
        /// Typing a command after `:` (`find TEXT`, `filter TERMS`, `help`, `quit`); `draft`
        /// is the text so far.
        case commanding(draft: String)
    }

    /// Progress of the background search index.
    public enum IndexStatus: Sendable {
        /// Articles indexed so far, out of the total.
        case building(done: Int, total: Int)
        /// Ready.
        case ready(SearchIndex)
    }

    /// The archive being read.
    public let archive: Archive
    /// Its resolved links (empty while ``linksPending``).
    public private(set) var graph: LinkGraph
    /// True while the links are still being resolved in the background.
    public private(set) var linksPending = false
    /// The archive's name as shown in the status bar.
    public let archiveName: String
    /// The terminal size.
    public private(set) var size: Size
    /// The list pane's width (``ReaderAction/widenList`` and ``ReaderAction/narrowList`` step it).
    public internal(set) var listWidth = ListWidth.standard
    /// Whether ``ReaderAction/copyURL`` may copy with OSC 52 (the `osc52-copy` setting).
    public internal(set) var copyEnabled = false
    /// Side effects requested by actions, for the event loop to perform (see ``takeEffects()``).
    public internal(set) var effects: [ReaderEffect] = []
    /// The focused pane.
    public internal(set) var focus: KeyMap.Context = .list
    /// Keyboard mode.
    public internal(set) var mode: Mode = .normal
    /// The list's selection and scroll position.
    public internal(set) var viewport: ListViewport
    /// The search shown in the list, if any.
    public internal(set) var search: ActiveSearch? {
        didSet { rebuildRows() }
    }
    /// The list order (search hits keep their ranking while a search is active).
    public internal(set) var sort: ArticleSort = .archive {
        didSet { rebuildRows() }
    }
    /// The list filter (`F`).
    public internal(set) var filter: ArticleFilter = .none {
        didSet { rebuildRows() }
    }
    /// Whether the list shows only bookmarked articles (`'`).
    public internal(set) var bookmarkedOnly = false {
        didSet { rebuildRows() }
    }
    /// Bookmarked articles.
    public internal(set) var bookmarks: Set<Int> = [] {
        didSet { if bookmarkedOnly { rebuildRows() } }
    }
    /// The articles on the list's rows.
    var rows: ListRows
    /// The search and selection to restore when a search prompt is cancelled.
    var beforePrompt: (search: ActiveSearch?, selection: Int)?
    /// The article in the detail pane.
    public internal(set) var openArticle: Int? {
        didSet { if openArticle != oldValue { find = nil } }
    }
    /// The plain-text find in the open article (`Ctrl-F`), dropped when another article opens.
    public internal(set) var find: FindQuery?
    /// The detail pane's content.
    public internal(set) var document: DetailDocument = .empty
    /// First detail line shown.
    public internal(set) var detailScroll = 0
    /// The first key line shown on the help screen (it scrolls when taller than the screen).
    public internal(set) var helpScroll = 0
    /// How many lines the help screen lists (from the key table in use).
    var helpLineCount = KeyMap.standard.helpLines.count
    /// The last match jumped to with n/N, as an index into `document.matchLines`.
    public internal(set) var matchCursor: Int?
    /// Opened articles, back and forward.
    public internal(set) var history = ReaderHistory()
    /// Articles read: opened in the detail pane (in this session or an earlier one) or marked read.
    public internal(set) var readArticles: Set<Int> = []
    /// The search index, or its build progress.
    public internal(set) var indexStatus: IndexStatus
    /// A one-keystroke message for the status bar.
    public internal(set) var message: String?
    /// Whether the message reports a problem.
    public internal(set) var messageIsError = false
    /// Why the user state is not being saved, shown in the status bar until it is saved again.
    public internal(set) var stateWarning: String?
    /// Set by ``ReaderAction/quit``.
    public internal(set) var shouldQuit = false

    /// A reader on `archive`, the first article open, the list focused.
    public init(archive: Archive, graph: LinkGraph, archiveName: String, size: Size, index: SearchIndex? = nil) {
        self.archive = archive
        self.graph = graph
        self.archiveName = archiveName
        self.size = size
        self.viewport = ListViewport(count: archive.articles.count, height: 0)
        self.rows = .archive(count: archive.articles.count)
        self.indexStatus = index.map(IndexStatus.ready) ?? .building(done: 0, total: archive.articles.count)
        if !archive.articles.isEmpty {
            openArticle = 0
            readArticles.insert(0)
        }
        relayout()
    }

    /// The layout for the current size and focus.
    public var layout: ReaderLayout {
        ReaderLayout(size: size, listWidth: listWidth, focus: focus)
    }

    /// The ready index, if any.
    public var index: SearchIndex? {
        if case .ready(let index) = indexStatus { return index }
        return nil
    }

    /// Rows in the list: all articles, or the search hits, filtered and sorted.
    public var rowCount: Int {
        rows.count
    }

    /// The article shown on a list row.
    public func article(atRow row: Int) -> Int {
        rows.article(atRow: row)
    }

    /// The row showing an article, if it is in the list.
    public func row(of article: Int) -> Int? {
        rows.row(of: article)
    }

    /// The selected article, if the list is not empty.
    public var selectedArticle: Int? {
        rowCount > 0 ? article(atRow: viewport.selection) : nil
    }

    /// The article links are followed from: the open one, else the selected one.
    public var currentArticle: Int? {
        openArticle ?? selectedArticle
    }

    /// The query whose matches are highlighted: the one being typed, else the active one.
    public var highlightQuery: SearchQuery? {
        if case .searching(let draft) = mode {
            let query = SearchQuery(draft)
            return query.isEmpty ? nil : query
        }
        return search?.query
    }

    /// The in-article find whose matches are highlighted: the one being typed, else the active one.
    public var highlightFind: FindQuery? {
        if case .finding(let draft) = mode { return draft.isEmpty ? nil : FindQuery(draft) }
        if case .commanding(let draft) = mode, case .find(let text)? = ReaderCommand(parsing: draft) {
            return text.isEmpty ? nil : FindQuery(text)
        }
        return find
    }

    /// Rows of the detail pane.
    var detailHeight: Int {
        layout.detail?.height ?? max(0, size.height - 1)
    }

    /// The largest useful detail scroll.
    var maximumDetailScroll: Int {
        max(0, document.lines.count - detailHeight)
    }

    /// Recomputes what depends on size, focus, the open article and the query: the list
    /// height and the detail document (rebuilt only when one of its inputs changed).
    mutating func relayout() {
        let layout = self.layout
        viewport.resize(height: layout.list?.height ?? max(0, size.height - 1))
        viewport.resize(count: rowCount)
        let width = layout.detail?.width ?? max(1, size.width)
        let queryText = highlightQuery?.text
        let find = highlightFind
        let sameLayout = document.article == openArticle && document.width == width
        let sameHighlights = document.queryText == queryText && document.findText == find?.text
        if sameLayout && !sameHighlights {
            document = document.highlighted(by: highlightQuery, find: find)
            matchCursor = nil
        } else if !sameLayout {
            if let openArticle {
                document = DetailDocument(
                    archive: archive, graph: graph, article: openArticle, width: width, query: highlightQuery, find: find)
            } else {
                document = .empty
            }
            matchCursor = nil
        }
        detailScroll = min(max(0, detailScroll), maximumDetailScroll)
    }

    /// A reader whose links are still being resolved: it starts without link marks and
    /// gets the graph through ``attach(links:)``.
    public init(archive: Archive, archiveName: String, size: Size) {
        self.init(archive: archive, graph: LinkGraph(articles: []), archiveName: archiveName, size: size)
        linksPending = !archive.articles.isEmpty
    }

    /// Attaches the resolved links; the open article is laid out again with them.
    public mutating func attach(links graph: LinkGraph) {
        self.graph = graph
        linksPending = false
        let scroll = detailScroll
        document = .empty  // forces relayout to lay the open article out again
        relayout()
        detailScroll = min(scroll, maximumDetailScroll)
    }

    /// Records index build progress.
    public mutating func updateIndexProgress(done: Int, total: Int) {
        if case .building = indexStatus { indexStatus = .building(done: done, total: total) }
    }

    /// Attaches the finished index; a search typed while it was building is answered now.
    public mutating func attach(_ index: SearchIndex) {
        indexStatus = .ready(index)
        if let search, search.hits == nil {
            self.search = ActiveSearch(query: search.query, hits: rankedHits(search.query, in: index))
            viewport.resize(count: rowCount)
            viewport.select(0)
            // A submitted search was waiting: its message makes way for the result's.
            if case .searching = mode {} else { tellSearchResult() }
        }
        relayout()
    }

    mutating func setSize(_ size: Size) {
        self.size = size
    }

    /// The list width as a percentage, when it is one.
    public var listPercent: Int? {
        if case .percent(let value) = listWidth { return value }
        return nil
    }

    /// Takes the settings the state itself uses (list width, clipboard permission) and
    /// optionally a start-up message for the status bar (a broken configuration file).
    public mutating func adopt(_ settings: ReaderSettings, message: String? = nil) {
        listWidth = settings.listWidth
        helpLineCount = settings.keyMap.helpLines.count
        copyEnabled = settings.osc52Copy
        if let message { tell(message, isError: true) }
        relayout()
    }

    /// Hands the requested side effects to the caller and forgets them.
    public mutating func takeEffects() -> [ReaderEffect] {
        defer { effects.removeAll() }
        return effects
    }
}
