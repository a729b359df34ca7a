import Foundation

/// A cache lookup running on other threads: one reads the archive's persisted index while,
/// once that index is found to be for this version of the archive, another hashes the
/// archive (the last part of the index's key), so a warm lookup costs about the longer of
/// the two. A miss hashes nothing.
public final class SearchIndexPrefetch: @unchecked Sendable {
    private let done = NSCondition()
    private var result: SearchIndexCache.Lookup?

    /// Starts looking up `file`'s index in `cache`.
    public init(file: ArchiveFile, cache: SearchIndexCache) {
        let thread = Thread { [self] in
            let lookup = cache.load(for: file, articleCount: nil) {
                let hashing = Thread { _ = file.contentHash }
                hashing.name = "gazette-archive-hash"
                hashing.qualityOfService = .userInitiated
                hashing.start()
            }
            done.lock()
            result = lookup
            done.broadcast()
            done.unlock()
        }
        thread.name = "gazette-index-cache"
        thread.qualityOfService = .userInitiated
        thread.start()
    }

    /// Waits for the lookup.
    public func wait() -> SearchIndexCache.Lookup {
        done.lock()
        defer { done.unlock() }
        while true {
            if let result { return result }
            done.wait()
        }
    }
}
