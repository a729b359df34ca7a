import GazetteCore
import Testing
@testable import GazetteUI

/// Whole screens after scripted keys, through the real loop on a fake screen.
@Suite struct ReaderSnapshotTests {
    static func screen(width: Int, height: Int, keys: [KeyEvent]) throws -> CellGrid {
        let state = ReaderFixture.state(width: width, height: height)
        let screen = FakeScreen(size: Size(width: width, height: height), events: keys + [.terminationRequested])
        try ReaderLoop().run(state, on: screen, index: nil)
        return try #require(screen.lastFrame)
    }

    static func type(_ text: String) -> [KeyEvent] { text.map { KeyEvent.character($0) } }

    @Test func opening() throws {
        Snapshot.assert(try Self.screen(width: 120, height: 40, keys: []), named: "opening-120x40")
    }

    @Test func followingLinks() throws {
        Snapshot.assert(try Self.screen(width: 120, height: 40, keys: [.right, .right, .left]), named: "follow-120x40")
    }

    @Test func brokenLinks() throws {
        Snapshot.assert(try Self.screen(width: 120, height: 40, keys: [.end, .enter, .right]), named: "broken-120x40")
    }

    @Test func searching() throws {
        Snapshot.assert(try Self.screen(width: 120, height: 40, keys: [.character("/")] + Self.type("deer")), named: "search-typing-120x40")
        Snapshot.assert(try Self.screen(width: 120, height: 40, keys: [.character("/")] + Self.type("deer") + [.enter, .enter]),
                        named: "search-kept-120x40")
    }

    @Test func helpShowsTheUsersBindings() throws {
        let (keyMap, problems) = KeyMap.standard.rebinding([
            KeyMap.Rebinding(actionName: "follow-next-link", keys: [.character("x"), .right], line: 1),
            KeyMap.Rebinding(actionName: "quit", keys: [.character("Q")], line: 2),
        ])
        #expect(problems.isEmpty)
        let state = ReaderFixture.state(width: 80, height: 40)
        let screen = FakeScreen(size: state.size, events: [.character("?"), .terminationRequested])
        try ReaderLoop(keyMap: keyMap).run(state, on: screen, index: nil)
        Snapshot.assert(try #require(screen.lastFrame), named: "help-custom-80x40")
    }

    @Test func help() throws {
        Snapshot.assert(try Self.screen(width: 120, height: 40, keys: [.character("?")]), named: "help-120x40")
    }

    @Test func narrowScreens() throws {
        Snapshot.assert(try Self.screen(width: 40, height: 12, keys: []), named: "list-40x12")
        Snapshot.assert(try Self.screen(width: 40, height: 12, keys: [.end, .enter]), named: "cjk-detail-40x12")
        Snapshot.assert(try Self.screen(width: 40, height: 12, keys: [.enter, .down, .down]), named: "detail-scrolled-40x12")
    }

    @Test func survivesTinyScreens() throws {
        for (width, height) in [(1, 1), (0, 0), (2, 3), (20, 6), (5, 2)] {
            let grid = try Self.screen(width: width, height: height, keys: [.down, .enter, .right, .character("/"), .character("x"), .enter])
            #expect(grid.size == Size(width: width, height: height))
        }
    }
}
