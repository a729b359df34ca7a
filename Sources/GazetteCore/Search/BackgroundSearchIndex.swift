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

    /// Starts building immediately on a background thread.
    public init(articles: [Article]) {
        current = .building(done: 0, total: articles.count)
        let thread = Thread { [self] in
            let index = SearchIndex(articles: articles) { [weak self] done, total in
                self?.update(.building(done: done, total: total))
            }
            self.update(.ready(index))
        }
        thread.name = "gazette-search-index"
        thread.qualityOfService = .userInitiated
        thread.start()
    }

    /// Creates an already finished index (for tests and callers that built one).
    public init(ready index: SearchIndex) {
        current = .ready(index)
    }

    /// The current state of the build.
    public var status: Status {
        lock.lock()
        defer { lock.unlock() }
        return current
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
