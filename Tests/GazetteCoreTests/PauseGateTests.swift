import Foundation
import Testing
@testable import GazetteCore

/// Holding an index build while something else has the cores, and letting it go on.
@Suite struct PauseGateTests {
    /// A value one thread sets and another waits for (with a generous deadline).
    final class Flag: @unchecked Sendable {
        private let condition = NSCondition()
        private var value: SearchIndex?

        func set(_ index: SearchIndex) {
            condition.lock()
            value = index
            condition.broadcast()
            condition.unlock()
        }

        var current: SearchIndex? {
            condition.lock()
            defer { condition.unlock() }
            return value
        }

        func wait() -> SearchIndex? {
            condition.lock()
            defer { condition.unlock() }
            let deadline = Date().addingTimeInterval(60)
            while value == nil, condition.wait(until: deadline) {}
            return value
        }
    }

    @Test func aHeldBuildWaitsAndThenFinishesTheSameIndex() {
        let articles = SyntheticArchive(articleCount: 300, seed: 14).makeArchive().articles
        let gate = PauseGate()
        gate.setPaused(true)
        let built = Flag()
        let thread = Thread {
            built.set(SearchIndex(articles: articles, directory: nil, progress: nil, gate: gate))
        }
        thread.start()
        Thread.sleep(forTimeInterval: 0.2)
        #expect(built.current == nil, "the build went on while held")
        gate.setPaused(false)
        let index = built.wait()
        #expect(index != nil)
        let reference = SearchIndex(articles: articles)
        for query in ["the", "\"of the\"", "th*"] {
            #expect(index?.search(SearchQuery(query)) == reference.search(SearchQuery(query)))
        }
    }

    @Test func anOpenGateNeverWaits() {
        let gate = PauseGate()
        gate.waitWhilePaused()
        gate.setPaused(true)
        gate.setPaused(false)
        gate.waitWhilePaused()
        let index = SearchIndex(articles: SearchIndexTests.articles, directory: nil, progress: nil, gate: gate)
        #expect(index.articleCount == SearchIndexTests.articles.count)
    }
}
