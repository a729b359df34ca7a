import GazetteCore

/// The event loop: render, present, wait for a key, apply its action — until quit.
///
/// While the search index builds in the background the loop wakes every 100 ms to show its
/// progress and to hand it to the state when ready; the list is usable from the first frame.
public struct ReaderLoop {
    /// The key table.
    public var keyMap: KeyMap
    /// How long to wait for a key while the index builds.
    public var pollMilliseconds = 100

    /// Creates a loop.
    public init(keyMap: KeyMap = .standard) {
        self.keyMap = keyMap
    }

    /// Runs until the state asks to quit (or the screen runs out of events); returns the
    /// final state. `links` hands over the link graph once resolved when the state started
    /// without one.
    @discardableResult
    public func run(
        _ initial: ReaderState, on screen: Screen, index: BackgroundSearchIndex?, links: BackgroundLinkGraph? = nil
    ) throws -> ReaderState {
        var state = initial
        let renderer = ReaderRenderer(keyMap: keyMap)
        if state.size != screen.size { state.apply(.resize(screen.size)) }
        while !state.shouldQuit {
            if state.index == nil, let background = index {
                switch background.status {
                case .ready(let ready): state.attach(ready)
                case .building(let done, let total): state.updateIndexProgress(done: done, total: total)
                }
            }
            if state.linksPending, let graph = links?.ready { state.attach(links: graph) }
            try screen.present(renderer.render(state))
            let waiting = (state.index == nil && index != nil) || (state.linksPending && links != nil)
            guard let event = try screen.nextEvent(timeoutMilliseconds: waiting ? pollMilliseconds : nil) else {
                if waiting { continue }
                break
            }
            if let action = state.action(for: event, keyMap: keyMap) {
                state.apply(action)
            }
        }
        return state
    }
}
