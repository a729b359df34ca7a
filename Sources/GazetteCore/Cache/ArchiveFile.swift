import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An archive file's bytes as read once, with what identifies that version of the file: its
/// canonical path, size and modification time (taken when it was opened) and, computed on
/// demand, a hash of exactly these bytes.
///
/// Decoding the articles and hashing the content use the same bytes, so a search index keyed
/// by this identity always describes the articles that were decoded, even if the file changes
/// on disk in between.
public final class ArchiveFile: @unchecked Sendable {
    /// The file's name for messages (as given).
    public let name: String
    /// The file's bytes, shared by the articles whose bodies stay raw and by those decoded
    /// one at a time (``ArchiveDirectory``).
    let bytes: ArchiveBytes
    var data: Data { bytes.data }
    /// Canonical absolute path, size and modification time (the cheap part of the key).
    public let stamp: ArchiveStamp
    private let lock = NSLock()
    private var cachedHash: UInt64?

    /// Reads (memory-maps when possible) the file at `url`; errors as ``ArchiveLoader`` gives them.
    public init(url: URL) throws(ArchiveError) {
        let path = UserStateStore.identity(ofArchive: url)
        var status = stat()
        let before = stat(path, &status) == 0 ? status : nil
        (name, bytes) = try ArchiveLoader.read(url)
        stamp = ArchiveStamp(path: path, size: UInt64(bytes.data.count),
                             modifiedSeconds: before.map { Int64($0.st_mtim.tv_sec) } ?? -1,
                             modifiedNanoseconds: before.map { Int64($0.st_mtim.tv_nsec) } ?? -1)
    }

    /// Decodes the bytes as a Gazette archive or a JSON Feed (see ``ArchiveOpener``).
    public func open() throws(ArchiveError) -> Archive {
        try ArchiveOpener.open(bytes: bytes, fileName: name)
    }

    /// The 64-bit hash of the file's bytes (``ContentHash``), computed once.
    public var contentHash: UInt64 {
        lock.lock()
        defer { lock.unlock() }
        if let cachedHash { return cachedHash }
        let hash = ContentHash.hash(data, dropPages: bytes.isMapped)
        cachedHash = hash
        return hash
    }
}

/// The cheap part of an archive's identity: what `stat` says about it.
public struct ArchiveStamp: Sendable, Equatable {
    /// Canonical absolute path (symlinks resolved).
    public var path: String
    /// Size in bytes.
    public var size: UInt64
    /// Modification time: seconds since 1970 (-1 when unknown).
    public var modifiedSeconds: Int64
    /// Modification time: nanoseconds within the second (-1 when unknown).
    public var modifiedNanoseconds: Int64
}
