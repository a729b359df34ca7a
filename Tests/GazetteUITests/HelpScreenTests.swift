import GazetteCore
import Testing
@testable import GazetteUI

/// The help screen: any key closes it, except the scroll keys while it is taller than the screen.
@Suite struct HelpScreenTests {
    /// The state after `keys`, each mapped through the standard key table as the loop does.
    static func press(_ keys: [KeyEvent], width: Int, height: Int) -> ReaderState {
        var state = ReaderFixture.state(width: width, height: height)
        for key in keys {
            if let action = state.action(for: key, keyMap: .standard) { state.apply(action) }
        }
        return state
    }

    static let lines = KeyMap.standard.helpLines.count

    @Test(arguments: [
        // (keys after ?, help still open, first key line shown) on an 80×24 screen: 20 rows
        ([KeyEvent](), true, 0),
        ([.character("j")], true, 1),
        ([.down, .down, .up], true, 1),
        ([.character("k")], true, 0),
        ([.pageDown], true, min(19, lines - 20)),
        ([.pageDown, .pageDown, .pageDown], true, lines - 20),
        ([.character("G")], true, lines - 20),
        ([.character("G"), .character("g")], true, 0),
        ([.character("j"), .character("q")], false, 1),
        ([.escape], false, 0),
    ])
    func scrollsOnAShortScreen(keys: [KeyEvent], open: Bool, first: Int) {
        let state = Self.press([.character("?")] + keys, width: 80, height: 24)
        #expect((state.mode == .help) == open)
        #expect(state.helpScroll == first)
    }

    @Test func anyKeyClosesAHelpScreenThatFits() {
        #expect(Self.lines <= 36, "the standard table fits on 120×40")
        let state = Self.press([.character("?"), .character("j")], width: 120, height: 40)
        #expect(state.mode == .normal)
        #expect(state.viewport.selection == 0, "the key only closed the help")
    }

    @Test func theWheelScrollsAndAClickCloses() {
        var state = Self.press([.character("?")], width: 80, height: 24)
        let wheel = state.action(for: .mouse(MouseEvent(row: 5, column: 5, kind: .wheelDown)))
        #expect(wheel == .scrollDown)
        if let wheel { state.apply(wheel) }
        #expect(state.helpScroll == 1)
        #expect(state.action(for: .mouse(MouseEvent(row: 5, column: 5, kind: .click))) == .dismissHelp)
    }

    @Test func reopeningStartsAtTheTop() {
        let state = Self.press([.character("?"), .character("G"), .character("q"), .character("?")], width: 80, height: 24)
        #expect(state.mode == .help)
        #expect(state.helpScroll == 0)
    }

    @Test func aResizeKeepsTheScrollInRange() {
        var state = Self.press([.character("?"), .character("G")], width: 80, height: 24)
        state.apply(.resize(Size(width: 80, height: 30)))
        state.apply(.scrollDown)
        #expect(state.helpScroll == Self.lines - 26)
    }
}
