import Testing
@testable import GazetteUI

@Suite struct KeyMapRebindingTests {
    @Test func actionNamesAreStableKebabCaseAndUnique() {
        let names = KeyMap.standard.actionNames
        #expect(names.contains("follow-next-link"))
        #expect(names.contains("select-previous"))
        #expect(names.contains("open-url"))
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } })
    }

    @Test func defaultTableHasNoConflictsAndEveryKeyHasAName() {
        let (keyMap, problems) = KeyMap.standard.rebinding([])
        #expect(problems.isEmpty)
        #expect(keyMap.bindings.map(\.keys) == KeyMap.standard.bindings.map(\.keys))
        for binding in KeyMap.standard.bindings {
            #expect(binding.keys.allSatisfy { $0.configName.flatMap(KeyEvent.init(configName:)) == $0 }, "\(binding.name)")
        }
    }

    @Test(arguments: [
        ("Right", KeyEvent.right), ("pgdn", .pageDown), ("PageUp", .pageUp), ("Esc", .escape), ("Space", .character(" ")),
        ("Ctrl-f", .control("f")), ("C-X", .control("x")), ("l", .character("l")), ("?", .character("?")),
        ("é", .character("é")), ("BackTab", .backTab), ("Enter", .enter),
    ])
    func parsesKeyNames(name: String, key: KeyEvent) {
        #expect(KeyEvent(configName: name) == key)
    }

    @Test(arguments: ["", "Bogus", "ab", "Ctrl-", "Ctrl-1", "\u{1B}", " ", "\u{7F}"])
    func rejectsBadKeyNames(name: String) {
        #expect(KeyEvent(configName: name) == nil)
    }

    @Test func reboundKeysDriveDispatchAndHelp() {
        let (keyMap, problems) = KeyMap.standard.rebinding([
            KeyMap.Rebinding(actionName: "follow-next-link", keys: [.character("x"), .control("n")], line: 3)
        ])
        #expect(problems.isEmpty)
        #expect(keyMap.action(for: .character("x"), in: .list) == .followNextLink)
        #expect(keyMap.action(for: .control("n"), in: .detail) == .followNextLink)
        #expect(keyMap.action(for: .right, in: .list) == nil, "the old keys are gone")
        #expect(keyMap.action(for: .character("l"), in: .detail) == nil)
        #expect(keyMap.helpLines.contains { $0.keys == "x Ctrl-N" && $0.help == "follow the article's next link" })
        #expect(!keyMap.helpLines.contains { $0.keys == "→ l" })
    }

    @Test func rebindingStealsKeysFromDefaultsInSharedPanes() {
        let (keyMap, problems) = KeyMap.standard.rebinding([
            KeyMap.Rebinding(actionName: "quit", keys: [.character("j")], line: 1)
        ])
        #expect(problems.isEmpty)
        #expect(keyMap.action(for: .character("j"), in: .list) == .quit)
        #expect(keyMap.action(for: .character("j"), in: .detail) == .quit)
        #expect(keyMap.action(for: .down, in: .list) == .selectNext, "the other default key stays")
        #expect(keyMap.action(for: .character("q"), in: .list) == nil)
        #expect(keyMap.helpLines.contains { $0.keys == "↓" && $0.help == "next article in the list" })
        #expect(keyMap.action(for: .terminationRequested, in: .list) == .quit, "termination always quits")
    }

    @Test func unbindingRemovesTheActionFromHelp() {
        let (keyMap, _) = KeyMap.standard.rebinding([KeyMap.Rebinding(actionName: "go-forward", keys: [], line: 2)])
        #expect(keyMap.action(for: .character("f"), in: .list) == nil)
        #expect(!keyMap.helpLines.contains { $0.help == "forward in history" })
    }

    @Test func reportsUnknownActionsAndConflictsWithLines() {
        let (keyMap, problems) = KeyMap.standard.rebinding([
            KeyMap.Rebinding(actionName: "quit", keys: [.character("x")], line: 4),
            KeyMap.Rebinding(actionName: "teleport", keys: [.character("t")], line: 5),
            KeyMap.Rebinding(actionName: "select-next", keys: [.character("x"), .character("J")], line: 6),
        ])
        #expect(problems == [
            ConfigProblem(line: 5, message: "unknown action 'teleport'"),
            ConfigProblem(line: 6, message: "key 'x' of 'select-next' is already bound to 'quit' on line 4"),
        ])
        #expect(keyMap.action(for: .character("x"), in: .list) == .quit, "the first claim keeps the key")
        #expect(keyMap.action(for: .character("J"), in: .list) == .selectNext)
    }

    @Test func sameKeyInDisjointPanesIsNoConflict() {
        let (keyMap, problems) = KeyMap.standard.rebinding([
            KeyMap.Rebinding(actionName: "select-next", keys: [.character("z")], line: 1),
            KeyMap.Rebinding(actionName: "scroll-down", keys: [.character("z")], line: 2),
        ])
        #expect(problems.isEmpty)
        #expect(keyMap.action(for: .character("z"), in: .list) == .selectNext)
        #expect(keyMap.action(for: .character("z"), in: .detail) == .scrollDown)
    }
}
