import Testing
@testable import GazetteUI

@Suite struct ReaderHistoryTests {
    @Test func backAndForwardLikeABrowser() {
        var history = ReaderHistory()
        history.visit(leaving: 0)
        history.visit(leaving: 1)  // now at 2
        #expect(history.goBack(from: 2) == 1)
        #expect(history.goBack(from: 1) == 0)
        #expect(history.goBack(from: 0) == nil)
        #expect(history.goForward(from: 0) == 1)
        history.visit(leaving: 1)  // going somewhere new drops the forward entries
        #expect(history.forward.isEmpty)
        #expect(history.goForward(from: 5) == nil)
        #expect(history.back == [0, 1])
    }
}
