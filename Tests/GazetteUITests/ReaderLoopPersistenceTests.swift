import GazetteCore
import Testing
@testable import GazetteUI

/// The loop saves the user state at the start, when another article opens, after marks,
/// sort and filter changes, and at the end — not for plain movement.
@Suite struct ReaderLoopPersistenceTests {
    /// Collects what the loop saves; fails saves while `failure` is set.
    final class Recorder {
        var saved: [UserState] = []
        var failure: UserStateStore.SaveError?
    }

    static func run(_ keys: [KeyEvent], recorder: Recorder, saved: UserState? = nil) throws -> ReaderState {
        let state = ReaderFixture.state(width: 100, height: 12)
        let screen = FakeScreen(size: Size(width: 100, height: 12), events: keys + [.character("q")])
        let loop = ReaderLoop(savedState: saved) { state in
            if let failure = recorder.failure { throw failure }
            recorder.saved.append(state)
        }
        return try loop.run(state, on: screen, index: nil)
    }

    @Test func savesOnOpenMarksAndQuitButNotOnMovement() throws {
        let recorder = Recorder()
        _ = try Self.run([.down, .down, .down, .up], recorder: recorder)
        // The start (article 1 read) and the quit (the selection moved): movement alone never saves.
        #expect(recorder.saved.count == 2)
        #expect(recorder.saved.first?.read == [ArticleID("a1")])
        #expect(recorder.saved.last?.selected == ArticleID("a3"))

        let marks = Recorder()
        _ = try Self.run([.down, .enter, .character("m"), .character("j"), .character("s")], recorder: marks)
        #expect(marks.saved.map(\.open) == [ArticleID("a1"), ArticleID("a2"), ArticleID("a2"), ArticleID("a2")])
        #expect(marks.saved.last?.bookmarked == [ArticleID("a2")])
        #expect(marks.saved.last?.sort == .dateDescending)
    }

    @Test func firstSaveWaitsForTheFirstFrame() throws {
        let screen = FakeScreen(size: Size(width: 100, height: 12), events: [.character("q")])
        let recorder = Recorder()
        var framesAtSaves: [Int] = []
        let loop = ReaderLoop { state in
            framesAtSaves.append(screen.frames.count)
            recorder.saved.append(state)
        }
        _ = try loop.run(ReaderFixture.state(width: 100, height: 12), on: screen, index: nil)
        #expect(framesAtSaves.first == 1)
        #expect(recorder.saved.first?.read == [ArticleID("a1")])
    }

    @Test func doesNotRewriteAnUnchangedState() throws {
        let first = Recorder()
        _ = try Self.run([], recorder: first)
        let again = Recorder()
        _ = try Self.run([], recorder: again, saved: first.saved.last)
        #expect(again.saved.isEmpty)
    }

    @Test func showsWhyTheStateIsNotSaved() throws {
        let recorder = Recorder()
        recorder.failure = UserStateStore.SaveError(reason: "Read-only file system", path: "/ro/gazette")
        let final = try Self.run([.down, .enter], recorder: recorder)
        #expect(final.stateWarning == "state not saved: Read-only file system (/ro/gazette)")
        #expect(ReaderRenderer().render(final).lines[11].contains("state not saved: Read-only file system"))
    }

    @Test func restoresTheSavedPosition() throws {
        let recorder = Recorder()
        _ = try Self.run([.down, .down, .enter, .right, .character("m"), .tab], recorder: recorder)
        let saved = try #require(recorder.saved.last)
        var state = ReaderFixture.state(width: 100, height: 12)
        state.restore(saved)
        #expect(state.openArticle == 3)
        #expect(state.selectedArticle == 3)
        #expect(state.bookmarks == [3])
        #expect(state.readArticles == [0, 2, 3])
        #expect(state.history.back == [0, 2])
        #expect(state.persistentState == saved)
    }

    @Test func ignoresIDsThatAreNoLongerInTheArchive() {
        var saved = UserState()
        saved.read = [ArticleID("gone"), ArticleID("a2")]
        saved.bookmarked = [ArticleID("gone")]
        saved.open = ArticleID("gone")
        saved.selected = ArticleID("gone")
        saved.historyBack = [ArticleID("gone"), ArticleID("a3")]
        var state = ReaderFixture.state()
        state.restore(saved)
        #expect(state.openArticle == 0)  // the default: the first article
        #expect(state.readArticles == [0, 1])
        #expect(state.bookmarks.isEmpty)
        #expect(state.history.back == [2])
    }
}
