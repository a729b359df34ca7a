import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps each archive's ``UserState`` in a small JSON file under
/// `$XDG_STATE_HOME/gazette/` (default `~/.local/state/gazette/`).
///
/// An archive is identified by its canonical absolute path (symlinks resolved): its state
/// file is `<file name>-<FNV-1a of the path, 16 hex digits>.json`, so two archives with the
/// same name in different folders never share state, and a moved archive starts afresh.
/// Every save replaces the whole file atomically (``AtomicFile``); two readers open on one
/// archive therefore never corrupt it, the last one to save wins. The archive itself is never
/// written.
public struct UserStateStore: Sendable {
    /// Why the state could not be saved.
    public struct SaveError: Error, Equatable, CustomStringConvertible {
        /// The short reason ("Permission denied", "No space left on device").
        public var reason: String
        /// The file or folder that could not be written.
        public var path: String
        /// `reason (path)`.
        public var description: String { "\(reason) (\(path))" }

        /// An error for `path`.
        public init(reason: String, path: String) {
            self.reason = reason
            self.path = path
        }
    }

    /// The result of loading: the state to start from and what went wrong, if anything.
    public struct Loaded: Sendable {
        /// The state (empty when there was none or it could not be read).
        public var state: UserState
        /// A one-line warning to show, e.g. that a corrupt file was moved aside.
        public var warning: String?
        /// False when the file belongs to a newer Gazette: saving would destroy it.
        public var canSave = true
    }

    /// The folder holding the state files.
    public let directory: URL

    /// A store in `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    /// The store in `$XDG_STATE_HOME/gazette` (an absolute XDG_STATE_HOME only, as the XDG
    /// spec says), else `$HOME/.local/state/gazette`, read from `environment`.
    public init(environment: [String: String]) {
        self.init(directory: Self.directory(environment: environment))
    }

    /// The state folder for an environment.
    public static func directory(environment: [String: String]) -> URL {
        XDGDirectory.gazetteFolder(variable: "XDG_STATE_HOME", underHome: ".local/state", environment: environment)
    }

    /// The archive's identity: its canonical absolute path.
    public static func identity(ofArchive url: URL) -> String {
        let absolute = url.standardizedFileURL.path
        guard let resolved = realpath(absolute, nil) else { return absolute }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The state file for an archive.
    public func fileURL(forArchive url: URL) -> URL {
        directory.appendingPathComponent("\(Self.fileStem(forIdentity: Self.identity(ofArchive: url))).json")
    }

    /// `<file name without extension, made safe>-<FNV-1a of the identity>`: a per-archive
    /// file name (also used by ``SearchIndexCache``).
    static func fileStem(forIdentity identity: String) -> String {
        var name = ""
        for scalar in URL(fileURLWithPath: identity).deletingPathExtension().lastPathComponent.unicodeScalars.prefix(40) {
            let safe = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "-_.".unicodeScalars.contains(scalar))
            name.unicodeScalars.append(safe ? scalar : "_")
        }
        return "\(name.isEmpty ? "archive" : name)-\(FNV1a.hex(identity))"
    }

    /// Loads an archive's state. Never fails: a missing file is an empty state; an
    /// unreadable or corrupt one is moved aside (`<name>.corrupt-<UTC timestamp>`) with a
    /// warning; one from a newer Gazette is left alone and marks the store read-only.
    public func load(forArchive archive: URL, now: Date = Date()) -> Loaded {
        let url = fileURL(forArchive: archive)
        guard FileManager.default.fileExists(atPath: url.path) else { return Loaded(state: UserState()) }
        let problem: String
        do {
            let data = try Data(contentsOf: url)
            return Loaded(state: try UserState(json: try JSONParser.parse(data)))
        } catch let error as UserState.DecodingError where error.isNewerVersion {
            return Loaded(state: UserState(), warning: "\(url.path): \(error); leaving it alone", canSave: false)
        } catch let error as UserState.DecodingError {
            problem = "is corrupt (\(error))"
        } catch let error as JSONParseError {
            problem = "is corrupt (line \(error.line), column \(error.column): \(error.reason))"
        } catch {
            problem = "is unreadable (\(FileReadFailure.reason(for: error, at: url)))"
        }
        let aside = url.deletingLastPathComponent()
            .appendingPathComponent(url.lastPathComponent + ".corrupt-" + Self.timestamp(now))
        if rename(url.path, aside.path) == 0 {
            return Loaded(state: UserState(), warning: "state file \(url.path) \(problem); moved aside to \(aside.lastPathComponent)")
        }
        let reason = String(cString: strerror(errno))
        return Loaded(state: UserState(), warning: "state file \(url.path) \(problem); cannot move it aside: \(reason)")
    }

    /// Saves an archive's state atomically, creating the folder (mode 0700) when needed.
    public func save(_ state: UserState, forArchive archive: URL) throws(SaveError) {
        try createDirectory()
        let data = JSONWriter(pretty: true).data(for: state.jsonValue(archivePath: Self.identity(ofArchive: archive)))
        let url = fileURL(forArchive: archive)
        AtomicFile.removeAbandonedTemporaries(of: url)
        do {
            try AtomicFile.write(data, to: url)
        } catch {
            throw SaveError(reason: (error as? AtomicFile.WriteError)?.reason ?? "\(error)", path: url.path)
        }
    }

    private func createDirectory() throws(SaveError) {
        var path = ""
        for component in directory.standardizedFileURL.path.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o700) != 0 && errno != EEXIST {
                throw SaveError(reason: String(cString: strerror(errno)), path: path)
            }
        }
    }

    /// `20240131T235959Z`.
    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return String(format: "%04d", parts.year ?? 0) + two(parts.month) + two(parts.day)
            + "T" + two(parts.hour) + two(parts.minute) + two(parts.second) + "Z"
    }
}
