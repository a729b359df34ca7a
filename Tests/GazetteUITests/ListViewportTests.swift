import Testing
@testable import GazetteUI

@Suite struct ListViewportTests {
    @Test(arguments: [
        // (count, height, moves, selection, offset)
        (100, 10, [1, 1, 1], 3, 0),
        (100, 10, [8], 8, 1),
        (100, 10, [50], 50, 43),
        (100, 10, [50, -7], 43, 41),
        (100, 10, [500], 99, 90),
        (100, 10, [-5], 0, 0),
        (3, 10, [5], 2, 0),
        (0, 10, [1], 0, 0),
        (100, 1, [5], 5, 5),
        (100, 0, [5], 5, 0),
    ])
    func keepsSelectionVisibleWithMargin(count: Int, height: Int, moves: [Int], selection: Int, offset: Int) {
        var viewport = ListViewport(count: count, height: height, margin: 2)
        for move in moves { viewport.move(by: move) }
        #expect(viewport.selection == selection)
        #expect(viewport.offset == offset)
        if height > 0 && count > 0 { #expect(viewport.visibleRows.contains(viewport.selection)) }
    }

    @Test func pagesAndResizes() {
        var viewport = ListViewport(count: 100, height: 10)
        viewport.page(1)
        #expect(viewport.selection == 9)
        viewport.page(-1)
        #expect(viewport.selection == 0)
        viewport.select(60)
        viewport.resize(count: 20)
        #expect(viewport.selection == 19)
        #expect(viewport.offset == 10)
        viewport.resize(height: 30)
        #expect(viewport.offset == 0)
    }
}
