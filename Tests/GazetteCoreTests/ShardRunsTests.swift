import Foundation
import Testing
@testable import GazetteCore

/// How the index build's threads share out the articles (``ShardRuns``, ``ShardedBuild``).
@Suite struct ShardRunsTests {
    @Test func runsStartEqualAndReserveABatchAtATime() {
        var runs = ShardRuns(count: 10, workers: 3, batch: 2, minimumSteal: 1)
        #expect(runs.runs == [.init(reservedEnd: 0, end: 3), .init(reservedEnd: 3, end: 6), .init(reservedEnd: 6, end: 10)])
        #expect((0..<3).map(runs.start(of:)) == [0, 3, 6])
        #expect(runs.reserve(0, from: 0) == 2)
        #expect(runs.reserve(0, from: 2) == 3)
        #expect(runs.reserve(0, from: 3) == nil)
        #expect(runs.runs[0] == .init(reservedEnd: 3, end: 3))
    }

    @Test func aWorkerDoneTakesTheUpperHalfOfTheLargestUnreservedRest() {
        var runs = ShardRuns(count: 3_000, workers: 3, batch: 32, minimumSteal: 256)
        #expect(runs.reserve(1, from: 1_000) == 1_032)
        var index = 0
        while let limit = runs.reserve(0, from: index) { index = limit }
        #expect(index == 1_000)
        // Worker 0 is done; worker 1 has 968 unreserved, worker 2 1,000: 2 gives up its upper 500.
        #expect(runs.steal(for: 0) == 2_500)
        #expect(runs.runs[0] == .init(reservedEnd: 2_500, end: 3_000))
        #expect(runs.runs[2] == .init(reservedEnd: 2_000, end: 2_500))
        // Worker 1's reserved batch is never taken: its rest starts at 1,032.
        #expect(runs.steal(for: 2) == 1_516)
        #expect(runs.runs[1] == .init(reservedEnd: 1_032, end: 1_516))
        #expect(runs.runs[2] == .init(reservedEnd: 1_516, end: 2_000))
    }

    @Test func nothingIsTakenBelowTheMinimum() {
        var runs = ShardRuns(count: 600, workers: 2, batch: 32, minimumSteal: 256)
        #expect(runs.reserve(1, from: 300) == 332)
        // 268 left to worker 1: worth a shard; then its halves are not.
        #expect(runs.steal(for: 0) == 466)
        #expect(runs.steal(for: 1) == nil)
        #expect(runs.steal(for: 0) == nil)
    }

    @Test func anyScheduleHandsOutEveryArticleOnceInConsecutiveRuns() {
        // Workers stepping in a random order, each reserving, building and taking work as the
        // build's threads do: every article is handed out exactly once, and each shard is one
        // run of consecutive articles.
        var generator = SplitMix64(seed: 11)
        for trial in 0..<200 {
            let count = Int(generator.next() % 5_000)
            let workers = 1 + Int(generator.next() % 4)
            var runs = ShardRuns(count: count, workers: workers, batch: 1 + Int(generator.next() % 40),
                                 minimumSteal: 1 + Int(generator.next() % 300))
            var next = (0..<workers).map { Optional(runs.start(of: $0)) }
            var shardStarts = next.map { $0 ?? 0 }
            var shards: [Range<Int>] = []
            var handedOut = [Int](repeating: 0, count: count)
            while let worker = next.indices.filter({ next[$0] != nil }).randomElement(using: &generator) {
                guard let index = next[worker] else { continue }
                if let limit = runs.reserve(worker, from: index) {
                    for article in index..<limit { handedOut[article] += 1 }
                    next[worker] = limit
                    continue
                }
                shards.append(shardStarts[worker]..<index)
                next[worker] = runs.steal(for: worker)
                shardStarts[worker] = next[worker] ?? 0
            }
            #expect(handedOut.allSatisfy { $0 == 1 }, "trial \(trial)")
            let ordered = shards.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
            #expect(ordered.first?.lowerBound ?? 0 == 0 && ordered.last?.upperBound ?? 0 == count, "trial \(trial)")
            #expect(zip(ordered, ordered.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound }, "trial \(trial)")
        }
    }

    @Test func aBuildWhoseThreadsTakeWorkEqualsOneThreadsBuild() {
        // Small steals and many workers: however the runs end up split, the merged index is the
        // single build's, byte for byte, and progress counts every article once.
        let articles = (0..<3_000).map { number in
            Article(id: ArticleID("s\(number)"), title: "title \(number % 97)",
                    body: ["word\(number % 13) shared \(number % 500 == 0 ? "rare" : "often")", "tail \(number)"])
        }
        let reference = ShardedBuild(articles: articles, workerCount: 1, progress: nil).run()
        #expect(reference.count == 1)
        var single = reference
        let expected = SearchIndexBuilder.merge(&single)
        final class Count: @unchecked Sendable {
            let lock = NSLock()
            var last = 0
            var decreased = false
        }
        let count = Count()
        for _ in 0..<5 {
            var shards = ShardedBuild(articles: articles, workerCount: 4, progress: { done, total in
                count.lock.withLock {
                    if done < count.last { count.decreased = true }
                    count.last = done
                }
                #expect(total == articles.count)
            }, minimumSteal: 2).run()
            #expect(shards.map(\.firstDocument) == shards.map(\.firstDocument).sorted())
            #expect(shards.reduce(0) { $0 + $1.titleLengths.count } == articles.count)
            let merged = SearchIndexBuilder.merge(&shards)
            #expect(merged.terms.bytes == expected.terms.bytes)
            #expect(merged.postings.documentBytes == expected.postings.documentBytes)
            #expect(merged.postings.positionBytes == expected.postings.positionBytes)
            #expect(merged.postings.positionBlockStarts == expected.postings.positionBlockStarts)
            #expect(count.lock.withLock { count.last } == articles.count)
            count.lock.withLock { count.last = 0 }
        }
        #expect(!count.decreased)
    }
}
