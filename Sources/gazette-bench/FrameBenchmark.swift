import GazetteCore
import GazetteUI

/// Keystroke-to-frame time on a 200×60 fake screen: apply the key's action, render the grid.
struct FrameBenchmark {
    let archive: Archive
    let graph: LinkGraph
    let index: SearchIndex

    /// A scripted mix: list moves, paging, opening, scrolling, link following, back, and
    /// incremental search typing.
    static let script: [KeyEvent] = [
        .down, .down, .down, .pageDown, .enter, .down, .down, .pageDown, .right, .right, .left, .backspace,
        .tab, .down, .character("G"), .character("g"), .character("/"), .character("c"), .character("a"),
        .backspace, .enter, .escape, .pageDown, .up,
    ]

    func run(keys: Int) -> [Double] {
        var state = ReaderState(archive: archive, graph: graph, archiveName: "bench", size: Size(width: 200, height: 60), index: index)
        let renderer = ReaderRenderer()
        var samples: [Double] = []
        samples.reserveCapacity(keys)
        for step in 0..<keys {
            let key = Self.script[step % Self.script.count]
            let timed = Measure.time { () -> CellGrid in
                if let action = state.action(for: key) { state.apply(action) }
                return renderer.render(state)
            }
            samples.append(timed.seconds)
        }
        return samples
    }
}
