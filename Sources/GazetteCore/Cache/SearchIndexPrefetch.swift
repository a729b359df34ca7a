import Foundation

/// A cache lookup running on its own thread (hashing the archive and reading its index) while
/// the caller decodes the archive: on a warm cache the index is ready about when the
/// articles are.
public final class SearchIndexPrefetch: @unchecked Sendable {
    private let done = NSCondition()
    private var result: SearchIndexCache.Lookup?

    /// Starts looking up `file`'s index in `cache`.
    public init(file: ArchiveFile, cache: SearchIndexCache) {
        let thread = Thread { [self] in
            let lookup = cache.load(for: file, articleCount: nil)
            done.lock()
            result = lookup
            done.broadcast()
            done.unlock()
        }
        thread.name = "gazette-index-cache"
        thread.qualityOfService = .userInitiated
        thread.start()
    }

    /// Waits for the lookup; a hit counts only when its index covers `articleCount` articles
    /// (the archive as decoded).
    public func wait(articleCount: Int) -> SearchIndexCache.Lookup {
        done.lock()
        defer { done.unlock() }
        while true {
            if let result {
                if case .hit(let index) = result, index.articleCount != articleCount { return .miss }
                return result
            }
            done.wait()
        }
    }
}
