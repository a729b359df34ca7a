import Foundation

/// Runs ``SearchIndexBuilder``s over shards of consecutive articles on parallel threads,
/// reporting their combined progress in increasing order.
///
/// One thread per worker; each starts on an equal run, and one that is done early takes half
/// of what another has left as a new shard (see ``ShardRuns``), so the cores finish together.
final class ShardedBuild: @unchecked Sendable {
    private let articles: [Article]
    private let workerCount: Int
    private let progress: (@Sendable (Int, Int) -> Void)?
    /// Checked every ``pauseCheckInterval`` articles: the build waits while it is held.
    private let gate: PauseGate?
    /// Articles a worker takes at a time: between two, it checks the gate and whether another
    /// worker took the rest of its run.
    static let pauseCheckInterval = 32
    /// Fewest articles a worker takes from another as a new shard (a shard of its own costs
    /// its term table and a part in the merge: a few milliseconds of work).
    static let minimumSteal = 256
    /// Guards `done`, `runs` and `builders`.
    private let lock = NSLock()
    private var done = 0
    private var runs: ShardRuns
    /// The finished shards, in the order they finished.
    private var builders: [SearchIndexBuilder] = []

    /// A build of `articles` on `workerCount` threads; `minimumSteal` is the fewest articles a
    /// thread takes from another (``minimumSteal`` unless a test wants many small shards).
    init(
        articles: [Article], workerCount: Int, progress: (@Sendable (Int, Int) -> Void)?, gate: PauseGate? = nil,
        minimumSteal: Int = ShardedBuild.minimumSteal
    ) {
        self.articles = articles
        self.workerCount = max(1, workerCount)
        self.progress = progress
        self.gate = gate
        runs = ShardRuns(
            count: articles.count, workers: max(1, workerCount), batch: ShardedBuild.pauseCheckInterval,
            minimumSteal: minimumSteal)
    }

    /// Builds every shard; returns them in article order.
    func run() -> [SearchIndexBuilder] {
        if workerCount == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workerCount) { work($0) }
        }
        // The builders' scratch space was freed in their threads' heaps.
        HeapPages.returnFreed()
        return builders.sorted { $0.firstDocument < $1.firstDocument }
    }

    /// One worker: its run, then runs taken from the others while there are any.
    private func work(_ worker: Int) {
        var start: Int? = locked { runs.start(of: worker) }
        while let lower = start {
            build(worker: worker, from: lower)
            start = locked { runs.steal(for: worker) }
        }
    }

    /// Builds one shard from `lower` until the worker's run ends.
    private func build(worker: Int, from lower: Int) {
        var builder = SearchIndexBuilder(firstDocument: lower, capacity: locked { runs.runs[worker].end } - lower)
        let step = max(1, articles.count / 100 / workerCount)
        var pending = 0
        // Indexed bodies leave memory every few MB; reading one again faults it back.
        var pages = BodyPageRelease()
        var index = lower
        while let limit = locked({ runs.reserve(worker, from: index) }) {
            gate?.waitWhilePaused()
            pending += limit - index
            while index < limit {
                builder.add(articles[index])
                pages.read(articles[index].storedBody)
                index += 1
            }
            if pending >= step {
                report(pending)
                pending = 0
            }
        }
        if pending > 0 { report(pending) }
        pages.release()
        builder.finish()
        locked { builders.append(builder) }
    }

    private func report(_ count: Int) {
        locked {
            done += count
            progress?(done, articles.count)
        }
    }

    private func locked<Result>(_ body: () -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
