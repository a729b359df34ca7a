import GazetteCore

/// The event loop: render, present, wait for a key, apply its action — until quit.
///
/// While the search index builds in the background the loop wakes every 100 ms to show its
/// progress and to hand it to the state when ready; the list is usable from the first frame.
/// A search submitted before then is answered by reading every article on other threads
/// (``BackgroundSearchScan``), the index build held meanwhile so the scan has the cores: the
/// answer comes in the time of a scan, a fraction of a build's, and the index that much later.
///
/// With ``saveState`` set, the loop keeps the user state (``ReaderState/persistentState``):
/// it saves when it changed, but only at the start, when another article opens, after an
/// action that changes what is kept on purpose (marks, sort, filter) and at the end — never
/// for plain movement, so holding `j` does not write files.
public struct ReaderLoop {
    /// The key table.
    public var keyMap: KeyMap
    /// How the list shows dates.
    public var dateFormat: DateFormat
    /// Opens URLs for ``ReaderEffect/openURL(_:)``; without one, `o` reports that it cannot.
    public var opener: URLOpener?
    /// Copies for ``ReaderEffect/copyURL(_:)``; without one, `y` reports that it cannot.
    public var clipboard: ClipboardWriter?
    /// How long to wait for a key while the index builds.
    public var pollMilliseconds = 100
    /// How long once every article is indexed and only the merge is left (a few tenths of a
    /// second at most): the status bar then says the index is ready as soon as it is.
    public var mergingPollMilliseconds = 20
    /// The user state as last saved (what the reader was restored from).
    public var savedState: UserState?
    /// Saves the user state; an error is shown in the status bar as "state not saved: …".
    public var saveState: ((UserState) throws -> Void)?

    /// Creates a loop.
    public init(keyMap: KeyMap = .standard, savedState: UserState? = nil, saveState: ((UserState) throws -> Void)? = nil) {
        self.keyMap = keyMap
        self.savedState = savedState
        self.saveState = saveState
        self.dateFormat = .iso
    }

    /// Creates a loop with the configured key table and date format, the outside world's
    /// URL opener and clipboard, and the user state it was restored from and saves to.
    public init(
        settings: ReaderSettings, opener: URLOpener?, clipboard: ClipboardWriter?,
        savedState: UserState? = nil, saveState: ((UserState) throws -> Void)? = nil
    ) {
        self.keyMap = settings.keyMap
        self.dateFormat = settings.dateFormat
        self.opener = opener
        self.clipboard = clipboard
        self.savedState = savedState
        self.saveState = saveState
    }

    /// Runs until the state asks to quit (or the screen runs out of events); returns the
    /// final state. `links` hands over the link graph once resolved when the state started
    /// without one.
    @discardableResult
    public func run(
        _ initial: ReaderState, on screen: Screen, index: BackgroundSearchIndex?, links: BackgroundLinkGraph? = nil
    ) throws -> ReaderState {
        var state = initial
        state.helpLineCount = keyMap.helpLines.count
        var saved = savedState
        let renderer = ReaderRenderer(keyMap: keyMap, dateFormat: dateFormat)
        if state.size != screen.size { state.apply(.resize(screen.size)) }
        // The first save (a file written and synced) waits until the first frame is shown.
        var firstFrame = true
        var scan: BackgroundSearchScan?
        defer {
            scan?.cancel()
            index?.pauseBuilding(false)
        }
        while !state.shouldQuit {
            var indexMerging = false
            if state.index == nil, let status = index?.status {
                switch status {
                case .ready(let ready): state.attach(ready)
                case .building(let done, let total): state.updateIndexProgress(done: done, total: total)
                }
                indexMerging = ReaderLoop.isMerging(status)
            }
            let awaiting = state.queryAwaitingHits
            if let running = scan, running.query != awaiting {
                running.cancel()
                scan = nil
            }
            if let awaiting, scan == nil { scan = BackgroundSearchScan(query: awaiting, articles: state.archive.articles) }
            if let running = scan, let hits = running.hits {
                state.adoptScannedHits(hits, for: running.query)
                scan = nil
            }
            index?.pauseBuilding(scan != nil)
            if state.linksPending, let graph = links?.ready { state.attach(links: graph) }
            try screen.present(renderer.render(state))
            if firstFrame {
                firstFrame = false
                let warningBefore = state.stateWarning
                persist(&state, lastSaved: &saved)
                if state.stateWarning != warningBefore { try screen.present(renderer.render(state)) }
            }
            let waiting = (state.index == nil && index != nil) || (state.linksPending && links != nil) || scan != nil
            let poll = indexMerging ? min(pollMilliseconds, mergingPollMilliseconds) : pollMilliseconds
            guard let event = try screen.nextEvent(timeoutMilliseconds: waiting ? poll : nil) else {
                if waiting { continue }
                break
            }
            if let action = state.action(for: event, keyMap: keyMap) {
                let openBefore = state.openArticle
                state.apply(action)
                state.performEffects(opener: opener, clipboard: clipboard)
                if state.openArticle != openBefore || action.changesKeptState {
                    persist(&state, lastSaved: &saved)
                }
            }
        }
        persist(&state, lastSaved: &saved)
        return state
    }

    /// Whether a build has indexed every article and only merges its shards now.
    static func isMerging(_ status: BackgroundSearchIndex.Status) -> Bool {
        guard case .building(let done, let total) = status else { return false }
        return total > 0 && done >= total
    }

    /// Saves the user state when it differs from the last saved one.
    private func persist(_ state: inout ReaderState, lastSaved: inout UserState?) {
        guard let saveState else { return }
        let current = state.persistentState
        guard current != lastSaved else { return }
        do {
            try saveState(current)
            lastSaved = current
            state.reportStateSaved(problem: nil)
        } catch {
            state.reportStateSaved(problem: "\(error)")
        }
    }
}

extension ReaderAction {
    /// Whether the action changes something the user asked to keep (not just movement).
    var changesKeptState: Bool {
        switch self {
        case .toggleRead, .toggleBookmark, .toggleBookmarkedOnly, .cycleSort, .submitPrompt: true
        default: false
        }
    }
}
