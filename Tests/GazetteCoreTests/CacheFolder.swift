import Foundation
@testable import GazetteCore

/// A temporary folder holding an archive file and a search-index cache for one test.
struct CacheFolder {
    let directory: URL
    let archiveURL: URL
    let cache: SearchIndexCache

    init(_ archive: Archive) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        archiveURL = directory.appendingPathComponent("archive.json")
        cache = SearchIndexCache(directory: directory.appendingPathComponent("cache", isDirectory: true))
        try ArchiveWriter.write(archive, to: archiveURL)
    }

    /// The archive file as it is now.
    func file() throws -> ArchiveFile {
        try ArchiveFile(url: archiveURL)
    }

    /// The index file the cache keeps for the archive.
    var indexURL: URL {
        cache.fileURL(forArchivePath: UserStateStore.identity(ofArchive: archiveURL))
    }

    /// Replaces the archive's bytes and sets its modification time to `stamp`'s.
    func overwrite(with bytes: Data, keepingTimeOf stamp: ArchiveStamp) throws {
        try bytes.write(to: archiveURL)
        var times = [
            timespec(tv_sec: Int(stamp.modifiedSeconds), tv_nsec: Int(stamp.modifiedNanoseconds)),
            timespec(tv_sec: Int(stamp.modifiedSeconds), tv_nsec: Int(stamp.modifiedNanoseconds)),
        ]
        guard utimensat(AT_FDCWD, archiveURL.path, &times, 0) == 0 else {
            throw CocoaError(.fileWriteUnknown)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
