import Foundation

/// Resolves an archive's links on a background thread, so the reader can paint its list
/// before a large archive's links are resolved (link marks appear a moment later).
public final class BackgroundLinkGraph: @unchecked Sendable {
    private let finished = NSCondition()
    private var graph: LinkGraph?

    /// Starts resolving immediately on a background thread.
    public init(articles: [Article]) {
        let thread = Thread { [self] in
            let graph = LinkGraph(articles: articles)
            finished.lock()
            self.graph = graph
            finished.broadcast()
            finished.unlock()
        }
        thread.name = "gazette-link-graph"
        thread.qualityOfService = .userInitiated
        thread.start()
    }

    /// The graph once resolved, else nil.
    public var ready: LinkGraph? {
        finished.lock()
        defer { finished.unlock() }
        return graph
    }

    /// Blocks until the graph is resolved.
    public func waitUntilReady() -> LinkGraph {
        finished.lock()
        defer { finished.unlock() }
        while true {
            if let graph { return graph }
            finished.wait()
        }
    }
}
