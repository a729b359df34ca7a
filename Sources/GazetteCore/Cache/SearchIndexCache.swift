import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Persisted search indexes under `$XDG_CACHE_HOME/gazette/` (default `~/.cache/gazette/`),
/// so reopening an archive or searching it again needs no rebuild.
///
/// One file per archive, `<file name>-<FNV-1a of its canonical path>.index`, holding the
/// key it was built for: the archive's canonical path, size, modification time, a hash of
/// all its bytes, and a fingerprint of this Gazette's indexer. An index is used only when the
/// whole key matches the file as it was read, so it never answers for an older version of
/// the archive; a newly built one replaces it (atomically). A damaged cache file is removed
/// with a warning; a cache that cannot be written costs only the rebuild next time.
public struct SearchIndexCache: Sendable {
    /// What looking up an archive's index gave.
    public enum Lookup: Sendable {
        /// A valid index for exactly this version of the archive.
        case hit(SearchIndex)
        /// No usable index (none yet, or one for another version).
        case miss
        /// The cache file was damaged and is removed: a miss, with this one-line warning.
        case corrupt(warning: String)
    }

    /// The folder holding the index files.
    public let directory: URL

    /// A cache in `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    /// The cache in `$XDG_CACHE_HOME/gazette` (absolute paths only), else
    /// `$HOME/.cache/gazette`; nil when `GAZETTE_NO_CACHE` is set to anything but `0` or empty.
    public init?(environment: [String: String]) {
        if let disabled = environment["GAZETTE_NO_CACHE"], !disabled.isEmpty, disabled != "0" { return nil }
        self.init(directory: XDGDirectory.gazetteFolder(variable: "XDG_CACHE_HOME", underHome: ".cache", environment: environment))
    }

    /// The index file for an archive (its canonical path).
    public func fileURL(forArchivePath path: String) -> URL {
        directory.appendingPathComponent("\(UserStateStore.fileStem(forIdentity: path)).index")
    }

    /// The persisted index of `file` (decoded into `articleCount` articles, when known), if
    /// it is valid for exactly these bytes. `keyMatched` is called once an index file for
    /// this version of the archive is found, before the archive's bytes are hashed to make
    /// sure (the hash is not computed for a miss).
    public func load(for file: ArchiveFile, articleCount: Int?, keyMatched: () -> Void = {}) -> Lookup {
        let url = fileURL(forArchivePath: file.stamp.path)
        switch SearchIndexFile.load(path: url.path, stamp: file.stamp, fingerprint: SearchIndex.fingerprint,
                                    articleCount: articleCount, keyMatched: keyMatched, contentHash: { file.contentHash }) {
        case .index(let index): return .hit(index)
        case .stale: return .miss
        case .corrupt(let reason):
            // A cache file: the next build replaces it, and until then it must not warn again.
            let removed = unlink(url.path) == 0 || errno == ENOENT
            return .corrupt(warning: "search index cache \(url.path) is damaged (\(reason)); "
                + (removed ? "removed it" : "cannot remove it (\(String(cString: strerror(errno))))"))
        }
    }

    /// Writes `index` as the persisted index of `file`, replacing any older one atomically;
    /// a one-line warning when it cannot.
    @discardableResult
    public func store(_ index: SearchIndex, for file: ArchiveFile) -> String? {
        let url = fileURL(forArchivePath: file.stamp.path)
        let key = SearchIndexFile.Key(stamp: file.stamp, contentHash: file.contentHash, fingerprint: SearchIndex.fingerprint)
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            AtomicFile.removeAbandonedTemporaries(of: url)
            try AtomicFile.write(to: url) { try SearchIndexFile.write(index, key: key, to: $0) }
            return nil
        } catch let error as AtomicFile.WriteError {
            return "cannot save the search index cache: \(error)"
        } catch {
            return "cannot save the search index cache: cannot create the folder \(directory.path)"
        }
    }

    /// The archive's index: the persisted one when valid, else built (reporting `progress`)
    /// and persisted. Warnings (a damaged or unwritable cache) go to `warn`.
    public func index(for file: ArchiveFile, articles: [Article], warn: (String) -> Void,
                      progress: (@Sendable (Int, Int) -> Void)? = nil) -> SearchIndex {
        switch load(for: file, articleCount: articles.count) {
        case .hit(let index): return index
        case .miss: break
        case .corrupt(let warning): warn(warning)
        }
        let index = SearchIndex(articles: articles, progress: progress)
        if let warning = store(index, for: file) { warn(warning) }
        return index
    }
}
