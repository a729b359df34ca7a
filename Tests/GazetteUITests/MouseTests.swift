import Testing
@testable import GazetteUI

@Suite struct MouseTests {
    static let twoPanes = ReaderLayout(size: Size(width: 120, height: 40), listPercent: 34, focus: .list)

    @Test(arguments: [
        (0, 0, ReaderLayout.Region.list(row: 0)),
        (5, 39, .list(row: 5)),
        (5, 40, .separator),
        (5, 41, .detail(row: 5)),
        (38, 119, .detail(row: 38)),
        (39, 3, .status),
    ])
    func hitTestsTwoPanes(row: Int, column: Int, region: ReaderLayout.Region) {
        #expect(Self.twoPanes.region(atRow: row, column: column) == region)
    }

    @Test func hitTestsOutsideAndSinglePane() {
        #expect(Self.twoPanes.region(atRow: 40, column: 0) == nil)
        #expect(Self.twoPanes.region(atRow: 0, column: 120) == nil)
        #expect(Self.twoPanes.region(atRow: -1, column: 0) == nil)
        let narrowDetail = ReaderLayout(size: Size(width: 40, height: 12), listPercent: 34, focus: .detail)
        #expect(narrowDetail.region(atRow: 3, column: 0) == .detail(row: 3))
        let narrowList = ReaderLayout(size: Size(width: 40, height: 12), listPercent: 34, focus: .list)
        #expect(narrowList.region(atRow: 3, column: 39) == .list(row: 3))
    }

    static func click(_ row: Int, _ column: Int, _ kind: MouseEvent.Kind = .click) -> KeyEvent {
        .mouse(MouseEvent(row: row, column: column, kind: kind))
    }

    static func press(_ events: [KeyEvent], on state: ReaderState = ReaderFixture.state()) -> ReaderState {
        events.reduce(state) { state, event in
            guard let action = state.action(for: event) else { return state }
            return state.applying(action)
        }
    }

    @Test func clickSelectsAndDoubleClickOpens() {
        let clicked = Self.press([Self.click(2, 10)])
        #expect(clicked.viewport.selection == 2)
        #expect(clicked.openArticle == 0)
        #expect(clicked.focus == .list)
        let opened = Self.press([Self.click(3, 10, .doubleClick)])
        #expect(opened.openArticle == 3)
        #expect(opened.focus == .detail)
        #expect(Self.press([Self.click(30, 10)]).viewport.selection == 0, "a click below the last row does nothing")
    }

    @Test func wheelScrollsThePaneUnderThePointer() {
        let list = Self.press([Self.click(1, 10, .wheelDown)])
        #expect(list.viewport.selection == 3)
        #expect(list.detailScroll == 0)
        let small = ReaderFixture.state(width: 80, height: 6)
        #expect(small.maximumDetailScroll > 3, "the article is longer than the pane")
        let down = Self.press([Self.click(1, 60, .wheelDown)], on: small)
        #expect(down.detailScroll == 3)
        #expect(down.viewport.selection == 0)
        let bottomAndUp = Self.press([Self.click(1, 60, .wheelDown), Self.click(1, 60, .wheelDown), Self.click(1, 60, .wheelUp)], on: small)
        #expect(bottomAndUp.detailScroll == small.maximumDetailScroll - 3, "scrolling stops at the end")
    }

    @Test func clickOnLinkLinesFollowsThem() throws {
        let state = ReaderFixture.state()
        let detailTop = try #require(state.layout.detail)
        let nextLine = try #require(state.document.lines.firstIndex { $0.kind == .link(.next) })
        let followed = Self.press([Self.click(detailTop.row + nextLine, detailTop.column + 2)], on: state)
        #expect(followed.openArticle == 1)

        let previousLine = try #require(followed.document.lines.firstIndex { $0.kind == .link(.previous) })
        let back = Self.press([Self.click(detailTop.row + previousLine, detailTop.column)], on: followed)
        #expect(back.openArticle == 0)

        let body = Self.press([Self.click(detailTop.row, detailTop.column + 5)], on: state)
        #expect(body.openArticle == 0)
        #expect(body.focus == .detail)
    }

    @Test func helpClosesOnClickAndThePromptIgnoresTheMouse() {
        #expect(Self.press([.character("?"), Self.click(5, 5)]).mode == .normal)
        #expect(Self.press([.character("?"), Self.click(5, 5, .wheelDown)]).mode == .help)
        let prompt = Self.press([.character("/"), Self.click(3, 10)])
        #expect(prompt.mode == .searching(draft: ""))
        #expect(prompt.viewport.selection == 0)
    }
}
