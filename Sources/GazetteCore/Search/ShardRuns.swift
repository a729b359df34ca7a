/// The runs of consecutive articles the threads of a ``ShardedBuild`` work through, and how a
/// thread that is done takes work from another: the plan alone, with no locking (the build
/// holds its lock around every call).
///
/// Each worker starts with an equal run and reserves it a batch at a time; a worker whose run
/// is done takes the second half of the largest part another worker has not reserved yet, as
/// a new run of its own (so a new shard), when that part is at least `minimumSteal` articles.
/// A core the host slows, or a run of longer articles, then no longer leaves the other core
/// idle at the end of the build. Every article belongs to exactly one run, and runs stay
/// consecutive: merged in order, any split gives the same index.
struct ShardRuns {
    /// One worker's run: its articles before `reservedEnd` are handed out, those from there
    /// to `end` are still to come (and can be taken).
    struct Run: Equatable {
        var reservedEnd: Int
        var end: Int
    }

    private(set) var runs: [Run]
    /// Articles a reservation hands out at most.
    let batch: Int
    /// Fewest articles worth a new shard.
    let minimumSteal: Int

    /// `count` articles split into one equal run per worker.
    init(count: Int, workers: Int, batch: Int, minimumSteal: Int) {
        let workers = max(1, workers)
        runs = (0..<workers).map { worker in
            let start = count * worker / workers
            return Run(reservedEnd: start, end: count * (worker + 1) / workers)
        }
        self.batch = max(1, batch)
        self.minimumSteal = max(1, minimumSteal)
    }

    /// Where `worker`'s first run starts.
    func start(of worker: Int) -> Int {
        runs[worker].reservedEnd
    }

    /// Hands `worker` the articles from `index` (where its run's reserved part ends) to the
    /// returned end, at most ``batch`` of them; nil when its run is done.
    mutating func reserve(_ worker: Int, from index: Int) -> Int? {
        let end = runs[worker].end
        guard index < end else { return nil }
        let limit = min(end, index + batch)
        runs[worker].reservedEnd = limit
        return limit
    }

    /// Gives `worker` (whose run is done) the second half of the largest unreserved part of
    /// another run, and returns where it starts; nil when no part is worth a new shard.
    mutating func steal(for worker: Int) -> Int? {
        var victim: Int?
        var largest = 0
        for (other, run) in runs.enumerated() where other != worker && run.end - run.reservedEnd > largest {
            victim = other
            largest = run.end - run.reservedEnd
        }
        guard let victim, largest >= minimumSteal else { return nil }
        let middle = runs[victim].reservedEnd + largest / 2
        runs[worker] = Run(reservedEnd: middle, end: runs[victim].end)
        runs[victim].end = middle
        return middle
    }
}
