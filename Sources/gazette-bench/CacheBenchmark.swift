import Foundation
import GazetteCore

/// Times the persisted search index (``SearchIndexCache``) in a temporary cache folder: writing
/// it after a build, hashing the archive, and loading it again (what a warm start does instead
/// of building).
enum CacheBenchmark {
    /// What was measured.
    struct Result {
        /// Writing the index file (streamed, fsynced, renamed).
        var writeSeconds: Double
        /// Hashing all of the archive's bytes (part of the load).
        var hashSeconds: Double
        /// Hash + read + validate: the index ready without a build.
        var loadSeconds: Double
        /// Size of the index file.
        var fileBytes: Int
    }

    /// Measures with `index` (built from the archive at `url`, `articleCount` articles); nil
    /// when the temporary cache cannot be written or read back.
    static func run(url: URL, articleCount: Int, index: SearchIndex) -> Result? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-bench-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = SearchIndexCache(directory: folder)
        guard let writer = try? ArchiveFile(url: url) else { return nil }
        _ = writer.contentHash
        let (failure, writeSeconds) = MonotonicClock.measure { cache.store(index, for: writer) }
        guard failure == nil else { return nil }
        guard let hashed = try? ArchiveFile(url: url) else { return nil }
        let (_, hashSeconds) = MonotonicClock.measure { hashed.contentHash }
        guard let reader = try? ArchiveFile(url: url) else { return nil }
        let (lookup, loadSeconds) = MonotonicClock.measure { cache.load(for: reader, articleCount: articleCount) }
        guard case .hit = lookup else { return nil }
        let fileBytes = (try? FileManager.default.attributesOfItem(atPath: cache.fileURL(forArchivePath: reader.stamp.path).path)[.size] as? Int) ?? 0
        return Result(writeSeconds: writeSeconds, hashSeconds: hashSeconds, loadSeconds: loadSeconds, fileBytes: fileBytes)
    }
}
