import Testing
@testable import GazetteCore
@testable import GazetteUI

/// How often the reader looks at its index while the index builds.
@Suite struct ReaderLoopPollTests {
    @Test func onlyABuildThatIndexedEveryArticleIsMerging() {
        #expect(ReaderLoop.isMerging(.building(done: 100, total: 100)))
        #expect(!ReaderLoop.isMerging(.building(done: 99, total: 100)))
        #expect(!ReaderLoop.isMerging(.building(done: 0, total: 100)))
        // An empty archive's build has nothing to merge.
        #expect(!ReaderLoop.isMerging(.building(done: 0, total: 0)))
        #expect(!ReaderLoop.isMerging(.ready(SearchIndex(articles: []))))
    }
}
