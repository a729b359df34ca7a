import Foundation

/// Runs one ``SearchIndexBuilder`` per shard of consecutive articles on parallel threads,
/// reporting their combined progress in increasing order.
final class ShardedBuild: @unchecked Sendable {
    private let articles: [Article]
    private let shardCount: Int
    private let progress: (@Sendable (Int, Int) -> Void)?
    /// Checked every ``pauseCheckInterval`` articles: the build waits while it is held.
    private let gate: PauseGate?
    static let pauseCheckInterval = 32
    private let lock = NSLock()
    private var done = 0
    private var builders: [SearchIndexBuilder?]

    init(articles: [Article], shardCount: Int, progress: (@Sendable (Int, Int) -> Void)?, gate: PauseGate? = nil) {
        self.articles = articles
        self.shardCount = max(1, shardCount)
        self.progress = progress
        self.gate = gate
        builders = Array(repeating: nil, count: max(1, shardCount))
    }

    /// Builds every shard; returns them in article order.
    func run() -> [SearchIndexBuilder] {
        if shardCount == 1 {
            build(shard: 0)
        } else {
            DispatchQueue.concurrentPerform(iterations: shardCount) { build(shard: $0) }
        }
        // The builders' scratch space was freed in their threads' heaps.
        HeapPages.returnFreed()
        return builders.compactMap { $0 }
    }

    private func build(shard: Int) {
        let lower = articles.count * shard / shardCount
        let upper = articles.count * (shard + 1) / shardCount
        var builder = SearchIndexBuilder(firstDocument: lower, capacity: upper - lower)
        let step = max(1, articles.count / 100 / shardCount)
        var pending = 0
        // Indexed bodies leave memory every few MB; reading one again faults it back.
        var pages = BodyPageRelease()
        for index in lower..<upper {
            if let gate, (index - lower) % ShardedBuild.pauseCheckInterval == 0 { gate.waitWhilePaused() }
            builder.add(articles[index])
            pages.read(articles[index].storedBody)
            pending += 1
            if pending == step || index + 1 == upper {
                report(pending)
                pending = 0
            }
        }
        pages.release()
        builder.finish()
        lock.lock()
        builders[shard] = builder
        lock.unlock()
    }

    private func report(_ count: Int) {
        lock.lock()
        defer { lock.unlock() }
        done += count
        progress?(done, articles.count)
    }
}
