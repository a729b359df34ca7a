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

    @Test func helpScrollsWhenTallerThanTheScreen() throws {
        Snapshot.assert(try Self.screen(width: 80, height: 24, keys: [.character("?")]), named: "help-80x24")
        Snapshot.assert(try Self.screen(width: 80, height: 24, keys: [.character("?"), .character("G")]), named: "help-bottom-80x24")
    }

    @Test func narrowScreens() throws {
        Snapshot.assert(try Self.screen(width: 40, height: 12, keys: []), named: "list-40x12")
        Snapshot.assert(try Self.screen(width: 40, height: 12, keys: [.end, .enter]), named: "cjk-detail-40x12")
        Snapshot.assert(try Self.screen(width: 40, height: 12, keys: [.enter, .down, .down]), named: "detail-scrolled-40x12")
    }

    @Test func readAndBookmarkMarks() throws {
        // Bookmark articles 2 and 4, read article 3, open article 5; the list shows the marks.
        let keys: [KeyEvent] = [.down, .character("m"), .down, .character("u"), .down, .character("m"), .down, .enter, .tab]
        Snapshot.assert(try Self.screen(width: 100, height: 12, keys: keys), named: "marks-100x12")
        Snapshot.assert(try Self.screen(width: 100, height: 12, keys: keys + [.character("'")]), named: "bookmarked-only-100x12")
    }

    @Test func sortAndFilter() throws {
        Snapshot.assert(try Self.screen(width: 100, height: 12, keys: [.character("s")]), named: "sort-date-100x12")
        Snapshot.assert(try Self.screen(width: 100, height: 12, keys: [.character("F")] + Self.type("2021-01-02..2021-01-04")),
                        named: "filter-prompt-100x12")
        Snapshot.assert(try Self.screen(width: 100, height: 12, keys: [.character("F")] + Self.type("2021-01-02..2021-01-04") + [.enter]),
                        named: "filter-applied-100x12")
    }

    @Test func findInTheArticle() throws {
        let find: [KeyEvent] = [.enter, .control("f")] + Self.type("the")
        Snapshot.assert(try Self.screen(width: 60, height: 14, keys: find), named: "find-typing-60x14")
        let next = try Self.screen(width: 60, height: 14, keys: find + [.enter, .character("n")])
        Snapshot.assert(next, named: "find-next-60x14")
        // Styles are not in the text snapshot: every "the" is highlighted, the current one underlined.
        let matched = next.cells.filter { $0.style.role == .match }
        #expect(String(matched.map(\.character)).lowercased() == "thethe")
        #expect(matched.filter { $0.style.attributes.contains(.underline) }.count == 3)
    }

    @Test func survivesTinyScreens() throws {
        for (width, height) in [(1, 1), (0, 0), (2, 3), (20, 6), (5, 2)] {
            let grid = try Self.screen(width: width, height: height, keys: [.down, .enter, .right, .character("/"), .character("x"), .enter])
            #expect(grid.size == Size(width: width, height: height))
        }
    }
}
