import Foundation

/// One query answered by ``SearchScan`` on a background thread: how a reader answers a search
/// submitted before its index is ready, in the time a scan takes rather than a build.
public final class BackgroundSearchScan: @unchecked Sendable {
    /// The query being answered.
    public let query: SearchQuery
    private let lock = NSLock()
    private var found: RankedHits?
    private var cancelled = false

    /// Starts scanning `articles` for `query` at once.
    public init(query: SearchQuery, articles: [Article]) {
        self.query = query
        let thread = Thread { [self] in
            let result = SearchScan(query).rankedHits(in: articles, isCancelled: { [weak self] in
                self?.isCancelled ?? true
            })
            guard let result else { return }
            lock.lock()
            found = result
            lock.unlock()
        }
        thread.name = "gazette-search-scan"
        thread.qualityOfService = .userInitiated
        thread.start()
    }

    /// The hits once the scan is done (the index's hits, in its order), else nil.
    public var hits: RankedHits? {
        lock.lock()
        defer { lock.unlock() }
        return found
    }

    /// Stops the scan soon; its hits never arrive.
    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    private var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }
}
