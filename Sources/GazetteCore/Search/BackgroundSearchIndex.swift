import Foundation

/// Builds a ``SearchIndex`` on a background thread so that callers which only need the
/// article list are never blocked; the reader polls ``status`` between key presses.
public final class BackgroundSearchIndex: @unchecked Sendable {
    /// Where the build stands.
    public enum Status: Sendable {
        /// Articles tokenized so far, out of the total.
        case building(done: Int, total: Int)
        /// The index is ready to answer queries.
        case ready(SearchIndex)
    }

    private let lock = NSLock()
    private let finished = NSCondition()
    private var current: Status

    private var problems: [String] = []
    private let gate = PauseGate()

    /// Starts building immediately on a background thread.
    public convenience init(articles: [Article]) {
        self.init(articles: articles, file: nil, cache: nil)
    }

    /// Starts on a background thread: loads the persisted index of `file` from `cache` when it
    /// is valid, else builds the index (with `directory`, where the articles lie in `file`)
    /// and then persists it (see ``SearchIndexCache``). Without a cache it only builds.
    ///
    /// `buildAfter`, when given, runs on that thread before a build (not before a load from
    /// the cache) and the build waits for it: the reader lets its link graph have the cores
    /// first, so that links work at once and the two do not slow each other down.
    public init(
        articles: [Article], file: ArchiveFile?, cache: SearchIndexCache?, directory: ArchiveDirectory? = nil,
        buildAfter: (@Sendable () -> Void)? = nil
    ) {
        current = .building(done: 0, total: articles.count)
        let thread = Thread { [self] in
            if let file, let cache {
                switch cache.load(for: file, articleCount: articles.count) {
                case .hit(let index):
                    self.update(.ready(index))
                    index.makeBlocks()
                    return
                case .miss: break
                case .corrupt(let warning): self.warn(warning)
                }
            }
            buildAfter?()
            let index = SearchIndex(articles: articles, directory: directory, progress: { [weak self] done, total in
                self?.update(.building(done: done, total: total))
            }, gate: gate)
            self.update(.ready(index))
            index.makeBlocks()
            if let file, let cache, let warning = cache.store(index, for: file) { self.warn(warning) }
        }
        thread.name = "gazette-search-index"
        thread.qualityOfService = .userInitiated
        thread.start()
    }

    /// Creates an already finished index (for tests and callers that built one).
    public init(ready index: SearchIndex) {
        current = .ready(index)
    }

    /// Holds the build (true) at its next check, every few dozen articles, or lets it go on
    /// (false): for work that should have the cores first, such as a search scan the user
    /// waits for. A loaded or finished index is not affected.
    public func pauseBuilding(_ paused: Bool) {
        gate.setPaused(paused)
    }

    /// The current state of the build.
    public var status: Status {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// One-line warnings about the cache so far (damaged, or could not be written).
    public var warnings: [String] {
        lock.lock()
        defer { lock.unlock() }
        return problems
    }

    private func warn(_ warning: String) {
        lock.lock()
        problems.append(warning)
        lock.unlock()
    }

    /// The index once ready, else nil.
    public var index: SearchIndex? {
        if case .ready(let index) = status { return index }
        return nil
    }

    /// Blocks until the index is ready (for command-line use).
    public func waitUntilReady() -> SearchIndex {
        finished.lock()
        defer { finished.unlock() }
        while true {
            if let index { return index }
            finished.wait()
        }
    }

    private func update(_ status: Status) {
        lock.lock()
        current = status
        lock.unlock()
        if case .ready = status {
            finished.lock()
            finished.broadcast()
            finished.unlock()
        }
    }
}
