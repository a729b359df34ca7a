import GazetteCore
import Testing
@testable import GazetteUI

@Suite struct ReaderRendererTests {
    static func render(_ state: ReaderState) -> CellGrid { ReaderRenderer().render(state) }

    @Test func listRowsShowMarksDatesAndTitles() {
        let grid = Self.render(ReaderFixture.state(width: 100, height: 10))
        let lines = grid.lines
        #expect(lines[0].hasPrefix("    2021-01-01 Academy opens a sc…│Academy opens"))
        #expect(lines[1].hasPrefix("•   2021-01-02 Planetarium shows …│2021-01-01 · Example"))
        #expect(lines[5].hasPrefix("• ! 2021-02-01 北京科学中心开放日…│"))
        #expect(grid[0, 0].style.role == .selection)
        #expect(grid[1, 0].style.role == .normal)
        #expect(lines[9].hasPrefix(" Fixture news  1/6  list  5 unread"))
        #expect(lines[9].hasSuffix("? help  q quit"))
    }

    @Test func detailShowsMetadataBodyAndLinks() {
        let grid = Self.render(ReaderFixture.state(width: 100, height: 14))
        let detail = grid.lines.map { String($0.dropFirst(35)) }
        #expect(detail[0] == "Academy opens a science popularization base")
        #expect(detail[1] == "2021-01-01 · Example · https://example.org/a1.html")
        #expect(detail.contains("→ next: Planetarium shows the winter sky to students"))
        #expect(grid[0, 35].style == CellStyle(.heading, .bold))
    }

    @Test func brokenLinksAreDimmedAndSaySo() {
        let state = ReaderFixture.state(width: 120, height: 30).applying(.selectLast).applying(.openSelected)
        let grid = Self.render(state)
        let row = grid.lines.firstIndex { $0.contains("│→ next: An article that is not in this archive (not in this archive)") }
        #expect(row != nil)
        if let row { #expect(grid[row, 41].style == CellStyle(.brokenLink, .dim)) }
    }

    @Test func hostileTextNeverReachesTheGrid() {
        let state = ReaderFixture.state(width: 100, height: 30).applying(.selectLast).applying(.openSelected)
        let grid = Self.render(state)
        #expect(grid.cells.allSatisfy { cell in cell.character.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) } })
        #expect(grid.lines.contains { $0.contains("Tab     here and ␛[31mescape.") })
    }

    @Test func matchesAreHighlightedInListAndDetail() {
        var state = ReaderFixture.state(width: 100, height: 20)
        for action in [ReaderAction.beginSearch] + "stars".map({ ReaderAction.typeSearch($0) }) + [.submitSearch, .openSelected] {
            state.apply(action)
        }
        let grid = Self.render(state)
        let highlighted = grid.cells.indices.filter { grid.cells[$0].style.role == .match }
        #expect(!highlighted.isEmpty)
        let text = String(highlighted.map { grid.cells[$0].character })
        #expect(text.hasPrefix("stars"))
    }

    @Test func listMarksBookmarksAndReadArticles() {
        let state = ReaderStateTests.run([.selectNext, .toggleBookmark, .selectNext, .toggleRead, .toggleBookmark],
                                         from: ReaderFixture.state(width: 100, height: 10))
        let lines = Self.render(state).lines
        #expect(lines[0].hasPrefix("    2021-01-01"))
        #expect(lines[1].hasPrefix("•*  2021-01-02"))
        #expect(lines[2].hasPrefix(" *  2021-01-03"))
        #expect(lines[3].hasPrefix("•   2021-01-04"))
        #expect(lines[9].hasPrefix(" Fixture news  3/6  list  4 unread"))
    }

    @Test func statusBarShowsSortFilterAndStateWarning() {
        var state = ReaderStateTests.run([.cycleSort, .beginFilter] + "2021-01".map { .typePrompt($0) } + [.submitPrompt, .toggleBookmarkedOnly],
                                         from: ReaderFixture.state(width: 120, height: 10))
        state.reportStateSaved(problem: "Permission denied (/nowhere)")
        let lines = Self.render(state.applying(.toggleBookmarkedOnly).applying(.selectFirst)).lines
        #expect(lines[9].hasPrefix(" Fixture news  1/5  list  5 unread  sort: date ↓  filter: 2021-01  state not saved: Permission denied"))
        #expect(lines[0].hasPrefix("•   2021-01-05 Seminar"))
        let empty = Self.render(state).lines
        #expect(empty[0].hasPrefix(" no bookmarked articles: press ' to sho…"))
    }

    @Test func wideCharactersTakeTwoCells() {
        let state = ReaderFixture.state(width: 100, height: 10)
        let grid = Self.render(state)
        let row = 5
        let column = (0..<100).first { grid[row, $0].character == "北" }
        #expect(column == 15)
        if let column {
            #expect(grid[row, column + 1].isContinuation)
            #expect(grid[row, column + 2].character == "京")
        }
    }
}
