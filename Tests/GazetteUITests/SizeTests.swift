import Testing
@testable import GazetteUI

@Suite struct SizeTests {
    @Test func clampsNegativeDimensions() {
        #expect(Size(width: -3, height: 5) == Size(width: 0, height: 5))
        #expect(Size(width: 4, height: -1).height == 0)
    }
}
