import Testing
@testable import GazetteUI

@Suite struct KeyMapTests {
    @Test(arguments: [
        (KeyEvent.down, KeyMap.Context.list, ReaderAction.selectNext),
        (.character("j"), .list, .selectNext),
        (.up, .detail, .scrollUp),
        (.character("k"), .detail, .scrollUp),
        (.right, .list, .followNextLink),
        (.character("l"), .detail, .followNextLink),
        (.left, .detail, .followPreviousLink),
        (.character("h"), .list, .followPreviousLink),
        (.backspace, .list, .goBack),
        (.character("b"), .detail, .goBack),
        (.character("f"), .list, .goForward),
        (.enter, .list, .openSelected),
        (.tab, .list, .switchFocus),
        (.character("/"), .detail, .beginSearch),
        (.character("n"), .list, .nextMatch),
        (.character("N"), .detail, .previousMatch),
        (.character("?"), .list, .showHelp),
        (.character("q"), .detail, .quit),
        (.control("c"), .list, .quit),
        (.terminationRequested, .detail, .quit),
        (.character(" "), .list, .selectNextPage),
        (.pageDown, .detail, .scrollPageDown),
        (.character("G"), .list, .selectLast),
        (.home, .detail, .scrollToTop),
        (.escape, .list, .clearSearch),
        (.character(">"), .list, .widenList),
    ])
    func mapsKeys(key: KeyEvent, context: KeyMap.Context, action: ReaderAction) {
        #expect(KeyMap.standard.action(for: key, in: context) == action)
    }

    @Test func unboundKeysDoNothingAndResizeAlwaysWorks() {
        #expect(KeyMap.standard.action(for: .character("z"), in: .list) == nil)
        #expect(KeyMap.standard.action(for: .resize(Size(width: 3, height: 4)), in: .detail) == .resize(Size(width: 3, height: 4)))
    }

    @Test func searchPromptTakesText() {
        #expect(KeyMap.searchPromptAction(for: .character("q")) == .typeSearch("q"))
        #expect(KeyMap.searchPromptAction(for: .character("/")) == .typeSearch("/"))
        #expect(KeyMap.searchPromptAction(for: .backspace) == .deleteSearchCharacter)
        #expect(KeyMap.searchPromptAction(for: .enter) == .submitSearch)
        #expect(KeyMap.searchPromptAction(for: .escape) == .cancelSearch)
        #expect(KeyMap.searchPromptAction(for: .control("c")) == .quit)
    }

    @Test func helpListsEveryActionOnce() {
        let lines = KeyMap.standard.helpLines
        #expect(lines.contains { $0.keys == "→ l" && $0.help == "follow the article's next link" })
        #expect(lines.count == Set(lines.map { $0.keys + $0.help }).count)
        #expect(lines.count >= 20)
    }
}
