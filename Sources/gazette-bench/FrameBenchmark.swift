import GazetteCore
import GazetteUI

/// Times the reader's frames: for each scripted key, apply its action to the state, render the
/// whole grid and present it to a ``FakeScreen`` — what the event loop does per key press.
struct FrameBenchmark {
    /// Screen size of the benchmark.
    static let screenSize = Size(width: 200, height: 60)
    /// Number of scripted keys.
    static let keyCount = 1_000

    /// A fixed key script of ``keyCount`` keys: list browsing, opening articles, scrolling,
    /// following links, history, an incremental search with n/N (typing each of
    /// `searchWords` in turn, one per round, so a word with tens of thousands of hits is typed
    /// as well as a rare one), pane resizing and the help screen. Never quits.
    static func script(searchWords: [String]) -> [KeyEvent] {
        func round(_ searchWord: String) -> [KeyEvent] {
            var round: [KeyEvent] = []
            round += Array(repeating: .down, count: 20)
            round += [.enter, .tab]
            round += Array(repeating: .character("j"), count: 10)
            round += [.pageDown, .pageDown, .pageDown, .end, .home, .tab]
            round += Array(repeating: .right, count: 5) + [.left, .left, .character("b"), .character("f")]
            round += [.character("/")] + searchWord.map(KeyEvent.character) + [.enter]
            round += [.enter, .character("n"), .character("n"), .character("n"), .character("N"), .escape, .escape]
            round += [.pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .character(">"), .character("<")]
            round += [.character("?"), .character("x"), .end, .pageUp, .home, .character("G"), .character("g")]
            return round
        }
        let words = searchWords.isEmpty ? ["news"] : searchWords
        var keys: [KeyEvent] = []
        keys.reserveCapacity(keyCount)
        var turn = 0
        while keys.count < keyCount {
            keys += round(words[turn % words.count]).prefix(keyCount - keys.count)
            turn += 1
        }
        return keys
    }

    /// Runs the script on a reader with a ready index; returns each frame's duration in seconds
    /// (the first frame, drawn before any key, is not counted).
    static func run(archive: Archive, graph: LinkGraph, index: SearchIndex, searchWords: [String]) throws -> [Double] {
        var state = ReaderState(archive: archive, graph: graph, archiveName: "bench", size: screenSize, index: index)
        let renderer = ReaderRenderer()
        let screen = FakeScreen(size: screenSize, keepsAllFrames: false)
        try screen.present(renderer.render(state))
        var durations: [Double] = []
        durations.reserveCapacity(keyCount)
        for key in script(searchWords: searchWords) {
            let start = MonotonicClock.now()
            if let action = state.action(for: key) { state.apply(action) }
            try screen.present(renderer.render(state))
            durations.append(MonotonicClock.seconds(since: start))
        }
        return durations
    }
}
