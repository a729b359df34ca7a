import GazetteCore
import Testing
@testable import GazetteUI

@Suite struct ReaderStateTests {
    static func run(_ actions: [ReaderAction], from state: ReaderState = ReaderFixture.state()) -> ReaderState {
        actions.reduce(state) { $0.applying($1) }
    }

    static func typing(_ text: String) -> [ReaderAction] {
        text.map { ReaderAction.typeSearch($0) }
    }

    @Test func startsWithTheFirstArticleOpen() {
        let state = ReaderFixture.state()
        #expect(state.openArticle == 0)
        #expect(state.viewport.selection == 0)
        #expect(state.focus == .list)
        #expect(state.document.lines.first?.text == "Academy opens a science popularization base")
    }

    @Test(arguments: [
        // (actions, open article, selection, message)
        ([ReaderAction.followNextLink], 1, 1, nil),
        ([.followNextLink, .followNextLink, .followNextLink], 3, 3, nil),
        ([.followNextLink, .followNextLink, .followPreviousLink], 1, 1, nil),  // "…winter sky..." resolves by prefix
        ([.followPreviousLink], 0, 0, "no previous article"),
        ([.selectLast, .openSelected, .followNextLink], 5, 5, "broken link: \"An article that is not in this archive\" is not in this archive"),
        ([.selectNext, .selectNext, .followNextLink], 1, 1, nil),  // follows from the open article, not the selection
        ([.followNextLink, .followNextLink, .goBack], 1, 1, nil),
        ([.followNextLink, .followNextLink, .goBack, .goBack, .goForward], 1, 1, nil),
        ([.goBack], 0, 0, "nothing to go back to"),
        ([.goForward], 0, 0, "nothing to go forward to"),
    ])
    func followsLinksAndHistory(actions: [ReaderAction], open: Int, selection: Int, message: String?) {
        let state = Self.run(actions)
        #expect(state.openArticle == open)
        #expect(state.viewport.selection == selection)
        #expect(state.message == message)
    }

    @Test func followingAfterGoingBackDropsForward() {
        let state = Self.run([.followNextLink, .followNextLink, .goBack, .goBack, .selectLast, .openSelected])
        #expect(state.history.forward.isEmpty)
        #expect(state.history.back == [0])
        #expect(Self.run([.goForward], from: state).message == "nothing to go forward to")
    }

    @Test func openingMarksReadAndFocusesTheArticle() {
        let state = Self.run([.selectNext, .selectNext, .openSelected])
        #expect(state.openArticle == 2)
        #expect(state.focus == .detail)
        #expect(state.readArticles == [0, 2])
        #expect(Self.run([.scrollDown, .scrollDown], from: state).detailScroll == 0)  // fits on screen: no scrolling
    }

    @Test func scrollsLongArticlesWithinBounds() {
        let narrow = ReaderFixture.state(width: 40, height: 6)
        let opened = Self.run([.openSelected, .scrollDown, .scrollDown], from: narrow)
        #expect(opened.layout.isSinglePane)
        #expect(opened.detailScroll == 2)
        let bottom = Self.run([.scrollToBottom], from: opened)
        #expect(bottom.detailScroll == bottom.document.lines.count - 5)
        #expect(Self.run([.scrollPageDown, .scrollPageDown, .scrollPageDown, .scrollPageDown], from: opened).detailScroll == bottom.detailScroll)
        #expect(Self.run([.scrollToTop, .scrollUp], from: bottom).detailScroll == 0)
    }

    @Test func searchesIncrementallyAndRestores() {
        var state = Self.run([.beginSearch, .typeSearch("d"), .typeSearch("e"), .typeSearch("e"), .typeSearch("r")])
        #expect(state.mode == .searching(draft: "deer"))
        #expect(state.rowCount == 5)  // every chain article mentions deer in its body
        #expect(state.article(atRow: 0) == 3)  // the title match ranks first
        state = Self.run([.cancelSearch], from: state)
        #expect(state.search == nil && state.rowCount == 6 && state.mode == .normal)

        state = Self.run([.beginSearch, .typeSearch(Character("科")), .typeSearch(Character("学")), .submitSearch])
        #expect(state.mode == .normal)
        #expect(state.rowCount == 1 && state.article(atRow: 0) == 5)
        #expect(state.message == "Enter opens  n/N next/previous match  Esc shows all")
        state = Self.run([.clearSearch], from: state)
        #expect(state.rowCount == 6)
        #expect(state.viewport.selection == 5)  // keeps the selected article

        let empty = Self.run([.beginSearch, .typeSearch("x"), .deleteSearchCharacter, .submitSearch])
        #expect(empty.search == nil && empty.rowCount == 6)
        let none = Self.run([.beginSearch] + Self.typing("zebra") + [.submitSearch])
        #expect(none.rowCount == 0 && none.message == "no articles match \"zebra\"")
    }

    @Test func theStatusBarQuotesAQueryOnceEvenAPhrase() {
        for (typed, shown) in [("museum", "search \"museum\": "), ("\"winter sky\"", "search \"winter sky\": "),
                               ("museum \"winter sky\"", "search museum \"winter sky\": ")] {
            let state = Self.run([.beginSearch] + Self.typing(typed) + [.submitSearch])
            #expect(StatusBar(state: state).left.contains(shown), "\(StatusBar(state: state).left)")
        }
    }

    @Test func searchTypedBeforeTheIndexIsReadyIsAnsweredLater() throws {
        let typing = Self.run([.beginSearch] + Self.typing("museum"), from: ReaderFixture.state(indexed: false))
        #expect(typing.queryAwaitingHits == nil)  // no scan per key
        var state = Self.run([.submitSearch], from: typing)
        #expect(state.search?.hits == nil)
        #expect(state.rowCount == 6)
        #expect(state.message == "searching every article (the index is not ready yet)…")
        #expect(state.queryAwaitingHits == SearchQuery("museum"))
        #expect(StatusBar(state: state).left.hasSuffix("search \"museum\": searching…"))
        #expect(StatusBar(state: typing).left.hasPrefix("/museum"))
        state.attach(SearchIndex(articles: state.archive.articles))
        #expect(state.search?.hits?.articleIndices == [2])  // "museums" in the bodies is another word
        #expect(state.rowCount == 1)
        #expect(state.queryAwaitingHits == nil)
        #expect(state.message == "Enter opens  n/N next/previous match  Esc shows all")
    }

    @Test func searchSubmittedBeforeTheIndexIsReadyTakesTheScansHits() throws {
        let waiting = Self.run([.beginSearch] + Self.typing("museum") + [.submitSearch], from: ReaderFixture.state(indexed: false))
        let query = SearchQuery("museum")
        let scanned = SearchScan(query).rankedHits(in: waiting.archive.articles)
        // Hits of another query: more than one article.
        let other = SearchScan(SearchQuery("the")).rankedHits(in: waiting.archive.articles)
        #expect(other.count > 1)
        var state = waiting
        // Hits for another query (the search changed meanwhile) are dropped.
        state.adoptScannedHits(other, for: SearchQuery("other"))
        #expect(state.search?.hits == nil)
        state.adoptScannedHits(scanned, for: query)
        #expect(state.search?.hits?.articleIndices == [2])
        #expect(state.rowCount == 1 && state.viewport.selection == 0)
        #expect(state.message == "Enter opens  n/N next/previous match  Esc shows all")
        #expect(state.queryAwaitingHits == nil)
        // Once the index has answered, a late scan changes nothing.
        var indexed = waiting
        indexed.attach(SearchIndex(articles: indexed.archive.articles))
        indexed.adoptScannedHits(other, for: query)
        #expect(indexed.search?.hits?.articleIndices == [2])
        // A new prompt over a waiting search stops waiting for it.
        #expect(Self.run([.beginSearch], from: waiting).queryAwaitingHits == nil)
        var none = Self.run([.beginSearch] + Self.typing("zebra") + [.submitSearch], from: ReaderFixture.state(indexed: false))
        none.adoptScannedHits(RankedHits(), for: SearchQuery("zebra"))
        #expect(none.rowCount == 0 && none.message == "no articles match \"zebra\"")
    }

    @Test func jumpsBetweenMatchesInTheOpenArticle() {
        var state = ReaderFixture.state(width: 60, height: 8)
        state = Self.run([.beginSearch, .typeSearch("s"), .typeSearch("c"), .typeSearch("i"), .typeSearch("e"),
                          .typeSearch("n"), .typeSearch("c"), .typeSearch("e"), .submitSearch, .openSelected], from: state)
        #expect(state.document.matchLines.count >= 2)
        let first = Self.run([.nextMatch], from: state)
        #expect(first.matchCursor == 0)
        #expect(first.message == "match 1/\(state.document.matchLines.count) in this article")
        let second = Self.run([.nextMatch], from: first)
        #expect(second.matchCursor == 1)
        #expect(Self.run([.previousMatch, .previousMatch], from: second).matchCursor == state.document.matchLines.count - 1)
        #expect(Self.run([.nextMatch]).message == "no active search: press / to search")
    }

    @Test func helpQuitResizeAndPaneWidth() {
        let help = Self.run([.showHelp])
        #expect(help.mode == .help)
        #expect(help.action(for: .character("x")) == .dismissHelp)
        #expect(Self.run([.quit]).shouldQuit)
        let small = Self.run([.resize(Size(width: 20, height: 6))])
        #expect(small.layout.isSinglePane && small.viewport.height == 5)
        let tiny = Self.run([.resize(Size(width: 1, height: 1)), .selectNext, .openSelected, .followNextLink])
        #expect(tiny.size == Size(width: 1, height: 1))
        #expect(Self.run([.widenList, .widenList]).listPercent == 44)
        #expect(Self.run(Array(repeating: .narrowList, count: 10)).listPercent == 15)
    }

    @Test(arguments: [(120, 40, false), (80, 24, false), (79, 24, true), (40, 12, true), (20, 6, true), (1, 1, true)])
    func layoutsByWidth(width: Int, height: Int, single: Bool) {
        let layout = ReaderLayout(size: Size(width: width, height: height), listPercent: 34, focus: .list)
        #expect(layout.isSinglePane == single)
        #expect(layout.statusRow == height - 1)
        if !single, let list = layout.list, let detail = layout.detail {
            #expect(list.width + 1 + detail.width == width)
            #expect(detail.width >= 30)
        }
        #expect(single || (layout.list != nil && layout.detail != nil))
    }
}
