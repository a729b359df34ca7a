import Foundation
import GazetteCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The per-archive user state files: round trip, XDG folders, corrupt and unwritable files.
@Suite struct UserStateStoreTests {
    /// A fresh temporary folder, removed by `body`'s caller.
    static func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer {
            chmod(folder.path, 0o700)
            try? FileManager.default.removeItem(at: folder)
        }
        try body(folder)
    }

    static func sample() throws -> UserState {
        var state = UserState()
        state.read = [ArticleID("a1"), ArticleID("b2")]
        state.bookmarked = [ArticleID("b2")]
        state.selected = ArticleID("b2")
        state.open = ArticleID("a1")
        state.historyBack = [ArticleID("c3"), ArticleID("b2")]
        state.historyForward = [ArticleID("d4")]
        state.sort = .dateAscending
        state.filter = try ArticleFilter(parsing: "2021-01..2021-03 source:BJAST")
        state.bookmarkedOnly = true
        return state
    }

    static func contents(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func roundTripsAndLeavesNoTemporaryFiles() throws {
        try Self.withFolder { folder in
            let store = UserStateStore(directory: folder.appendingPathComponent("state/gazette"))
            let archive = folder.appendingPathComponent("news.json")
            #expect(store.load(forArchive: archive).state == UserState())
            try store.save(Self.sample(), forArchive: archive)
            try store.save(Self.sample(), forArchive: archive)
            let loaded = store.load(forArchive: archive)
            #expect(loaded.state == (try Self.sample()))
            #expect(loaded.warning == nil && loaded.canSave)
            let name = store.fileURL(forArchive: archive).lastPathComponent
            #expect(Self.contents(store.directory) == [name], "only the state file: no temporary files left behind")
            #expect(name.hasPrefix("news-") && name.hasSuffix(".json") && name.count == "news-".count + 16 + ".json".count)
            let text = try String(contentsOf: store.fileURL(forArchive: archive), encoding: .utf8)
            #expect(text.contains("\"format\": \"gazette-state\""))
            #expect(text.contains("\"archive\": \"\(UserStateStore.identity(ofArchive: archive))\""))
        }
    }

    /// Two readers saving the same archive's state at once: the file is always one whole
    /// state of one of them (last writer wins), never a mixture or a torn file.
    @Test func concurrentWritersLeaveOneWholeState() throws {
        try Self.withFolder { folder in
            let store = UserStateStore(directory: folder.appendingPathComponent("gazette"))
            let archive = folder.appendingPathComponent("news.json")
            let states: [UserState] = (0..<8).map { writer in
                var state = UserState()
                state.read = Set((0..<200).map { ArticleID("w\(writer)-\($0)") })
                state.selected = ArticleID("w\(writer)-0")
                return state
            }
            DispatchQueue.concurrentPerform(iterations: 8) { writer in
                for _ in 0..<25 { try? store.save(states[writer], forArchive: archive) }
            }
            let loaded = store.load(forArchive: archive)
            #expect(loaded.warning == nil)
            #expect(states.contains(loaded.state))
            #expect(Self.contents(store.directory) == [store.fileURL(forArchive: archive).lastPathComponent])
        }
    }

    @Test func identityIsTheCanonicalPath() throws {
        try Self.withFolder { folder in
            let archive = folder.appendingPathComponent("news.json")
            try Data("{}".utf8).write(to: archive)
            let link = folder.appendingPathComponent("link.json")
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: archive)
            let store = UserStateStore(directory: folder)
            let dotted = URL(fileURLWithPath: folder.path + "/./sub/../news.json")
            #expect(store.fileURL(forArchive: link) == store.fileURL(forArchive: archive))
            #expect(store.fileURL(forArchive: dotted) == store.fileURL(forArchive: archive))
            #expect(store.fileURL(forArchive: folder.appendingPathComponent("other/news.json")) != store.fileURL(forArchive: archive))
        }
    }

    @Test func honoursXDGStateHome() {
        #expect(UserStateStore.directory(environment: ["XDG_STATE_HOME": "/srv/state", "HOME": "/home/ann"]).path == "/srv/state/gazette")
        #expect(UserStateStore.directory(environment: ["HOME": "/home/ann"]).path == "/home/ann/.local/state/gazette")
        // A relative XDG_STATE_HOME is invalid (XDG base directory spec) and ignored.
        #expect(UserStateStore.directory(environment: ["XDG_STATE_HOME": "state", "HOME": "/home/ann"]).path == "/home/ann/.local/state/gazette")
        #expect(UserStateStore(environment: ["XDG_STATE_HOME": "/srv/state"]).directory.path == "/srv/state/gazette")
    }

    @Test(arguments: ["{ not json", "[1, 2]", "{\"format\": \"gazette-state\", \"version\": 1, \"read\": \"a1\"}", ""])
    func movesCorruptFilesAside(content: String) throws {
        try Self.withFolder { folder in
            let store = UserStateStore(directory: folder)
            let archive = folder.appendingPathComponent("news.json")
            let file = store.fileURL(forArchive: archive)
            try Data(content.utf8).write(to: file)
            let loaded = store.load(forArchive: archive, now: Date(timeIntervalSince1970: 1_700_000_000))
            #expect(loaded.state == UserState())
            #expect(loaded.canSave)
            let aside = file.lastPathComponent + ".corrupt-20231114T221320Z"
            #expect(Self.contents(folder) == [aside])
            let warning = try #require(loaded.warning)
            #expect(warning.hasPrefix("state file \(file.path) is corrupt ("))
            #expect(warning.hasSuffix("; moved aside to \(aside)"))
            #expect(!warning.contains("\n"))
            try store.save(Self.sample(), forArchive: archive)
            #expect(store.load(forArchive: archive).state == (try Self.sample()), "saving works again after the move")
        }
    }

    @Test func leavesFilesOfANewerVersionAlone() throws {
        try Self.withFolder { folder in
            let store = UserStateStore(directory: folder)
            let archive = folder.appendingPathComponent("news.json")
            try Data("{\"format\": \"gazette-state\", \"version\": 2}".utf8).write(to: store.fileURL(forArchive: archive))
            let loaded = store.load(forArchive: archive)
            #expect(!loaded.canSave)
            #expect(loaded.warning?.hasSuffix("version 2 is newer than this Gazette reads (1); leaving it alone") == true)
            #expect(Self.contents(folder).count == 1)
        }
    }

    @Test func ignoresUnknownMembersAndKeepsDefaults() throws {
        let state = try UserState(json: JSONParser.parse("{\"format\": \"gazette-state\", \"version\": 1, \"read\": [\"x\"], \"future\": 3}"))
        #expect(state.read == [ArticleID("x")])
        #expect(state.sort == .archive && state.filter.isEmpty && state.open == nil)
    }

    @Test func reportsAFolderThatCannotBeCreated() throws {
        try Self.withFolder { folder in
            let blocker = folder.appendingPathComponent("not-a-folder")
            try Data("x".utf8).write(to: blocker)
            let store = UserStateStore(environment: ["XDG_STATE_HOME": blocker.path])
            #expect(throws: UserStateStore.SaveError(reason: "Not a directory", path: store.directory.path)) {
                try store.save(UserState(), forArchive: folder.appendingPathComponent("news.json"))
            }
            #expect(store.load(forArchive: folder.appendingPathComponent("news.json")).state == UserState())
        }
    }

    /// Whether chmod can make a folder unwritable for this process (not as root).
    static var permissionsApply: Bool {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-probe-\(UUID().uuidString)")
        guard mkdir(probe.path, 0o500) == 0 else { return false }
        defer { rmdir(probe.path) }
        return access(probe.path, W_OK) != 0
    }

    @Test(.enabled(if: permissionsApply, "running as root: chmod cannot make a folder unwritable"))
    func reportsAnUnwritableFolder() throws {
        try Self.withFolder { folder in
            let store = UserStateStore(directory: folder.appendingPathComponent("gazette"))
            let archive = folder.appendingPathComponent("news.json")
            try store.save(Self.sample(), forArchive: archive)
            #expect(chmod(store.directory.path, 0o500) == 0)
            defer { chmod(store.directory.path, 0o700) }
            var changed = try Self.sample()
            changed.bookmarked = []
            #expect(throws: UserStateStore.SaveError.self) { try store.save(changed, forArchive: archive) }
            do {
                try store.save(changed, forArchive: archive)
            } catch let error as UserStateStore.SaveError {
                #expect(error.reason == "create temporary file: Permission denied")
                #expect(error.path == store.fileURL(forArchive: archive).path)
            }
            #expect(store.load(forArchive: archive).state == (try Self.sample()), "the old state is still read")
            let nested = UserStateStore(directory: store.directory.appendingPathComponent("deeper"))
            #expect(throws: UserStateStore.SaveError(reason: "Permission denied", path: nested.directory.path)) {
                try nested.save(changed, forArchive: archive)
            }
        }
    }
}
