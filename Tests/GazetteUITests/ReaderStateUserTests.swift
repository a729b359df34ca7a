import GazetteCore
import Testing
@testable import GazetteUI

/// Transition tables for read marks, bookmarks, sorting, filtering and in-article find.
@Suite struct ReaderStateUserTests {
    static func run(_ actions: [ReaderAction], from state: ReaderState = ReaderFixture.state()) -> ReaderState {
        ReaderStateTests.run(actions, from: state)
    }

    static func prompt(_ text: String) -> [ReaderAction] {
        text.map { ReaderAction.typePrompt($0) } + [.submitPrompt]
    }

    static func listed(_ state: ReaderState) -> [Int] {
        (0..<state.rowCount).map(state.article(atRow:))
    }

    static let readCases: [([ReaderAction], Set<Int>, Int, Int, String?)] = [
        // (actions, read articles, open article, selected row, message)
        ([], [0], 0, 0, nil),
        ([.toggleRead], [], 0, 0, "marked unread"),
        ([.selectNext, .toggleRead], [0, 1], 0, 1, "marked read"),
        ([.selectNext, .selectNext, .openSelected], [0, 2], 2, 2, nil),
        ([.selectNextUnread], [0], 0, 1, nil),  // list focus: selects only
        ([.selectNextUnread, .selectNextUnread], [0], 0, 2, nil),
        ([.openSelected, .selectNextUnread], [0, 1], 1, 1, nil),  // article focus: opens (and reads) it
        ([.selectLast, .selectNextUnread], [0], 0, 1, nil),  // wraps around past the end
        ([.openSelected, .switchFocus, .toggleRead], [], 0, 0, "marked unread"),
        ([.switchFocus, .selectNext, .toggleRead], [], 0, 1, "marked unread"),  // article focus: acts on the open article
    ]

    @Test(arguments: readCases)
    func readMarks(actions: [ReaderAction], read: Set<Int>, open: Int, row: Int, message: String?) {
        let state = Self.run(actions)
        #expect(state.readArticles == read)
        #expect(state.openArticle == open)
        #expect(state.viewport.selection == row)
        #expect(state.message == message)
        #expect(state.unreadCount == 6 - read.count)
    }

    @Test func nextUnreadSaysWhenEverythingIsRead() {
        let all = Self.run((0..<6).flatMap { _ in [ReaderAction.toggleRead, .selectNext] }.dropLast())
        #expect(all.readArticles == [1, 2, 3, 4, 5])  // the first toggle marked article 0 unread
        let done = Self.run([.selectFirst, .toggleRead, .selectNextUnread], from: all)
        #expect(done.unreadCount == 0)
        #expect(done.message == "no unread articles")
        #expect(done.messageIsError)
    }

    static let bookmarkCases: [([ReaderAction], Set<Int>, [Int], String)] = [
        // (actions, bookmarks, listed articles, message)
        ([.toggleBookmark], [0], [0, 1, 2, 3, 4, 5], "bookmarked"),
        ([.toggleBookmark, .toggleBookmark], [], [0, 1, 2, 3, 4, 5], "bookmark removed"),
        ([.toggleBookmarkedOnly], [], [], "no bookmarked articles: press m to bookmark one"),
        ([.selectNext, .toggleBookmark, .selectLast, .toggleBookmark, .toggleBookmarkedOnly], [1, 5], [1, 5], "showing bookmarked articles only"),
        ([.selectNext, .toggleBookmark, .selectLast, .toggleBookmark, .toggleBookmarkedOnly, .toggleBookmark], [1], [1], "bookmark removed"),
        ([.toggleBookmark, .toggleBookmarkedOnly, .toggleBookmarkedOnly], [0], [0, 1, 2, 3, 4, 5], "showing all articles"),
    ]

    @Test(arguments: bookmarkCases)
    func bookmarks(actions: [ReaderAction], bookmarks: Set<Int>, listed: [Int], message: String) {
        let state = Self.run(actions)
        #expect(state.bookmarks == bookmarks)
        #expect(Self.listed(state) == listed)
        #expect(state.message == message)
    }

    @Test func bookmarkedOnlyCombinesWithSearch() {
        let state = Self.run([.selectNext, .toggleBookmark, .selectNext, .selectNext, .toggleBookmark, .toggleBookmarkedOnly, .beginSearch]
                             + ReaderStateTests.typing("deer") + [.submitSearch])
        #expect(Self.listed(state) == [3, 1])  // ranking order: the title match first
        #expect(state.message == "Enter opens  n/N next/previous match  Esc shows all")
        #expect(StatusBar(state: state).left.contains("search \"deer\": 2 of 5 hits"))
    }

    @Test(arguments: [
        // (number of s presses, sort, listed articles)
        (1, ArticleSort.dateDescending, [5, 4, 3, 2, 1, 0]),
        (2, .dateAscending, [0, 1, 2, 3, 4, 5]),
        (3, .title, [0, 3, 2, 1, 4, 5]),
        (4, .archive, [0, 1, 2, 3, 4, 5]),
    ])
    func sortCycles(presses: Int, sort: ArticleSort, listed: [Int]) {
        let state = Self.run([.selectNext] + Array(repeating: .cycleSort, count: presses))
        #expect(state.sort == sort)
        #expect(Self.listed(state) == listed)
        #expect(state.selectedArticle == 1)  // the selection stays on its article
        #expect(state.message == "sorted by \(sort.label)")
    }

    @Test func searchRankingWinsOverTheSort() {
        let state = Self.run([.beginSearch] + ReaderStateTests.typing("deer") + [.submitSearch, .cycleSort, .cycleSort])
        #expect(Self.listed(state).first == 3)
        #expect(state.message == "sorted by date ↑ (search results keep their ranking until the search is cleared)")
        #expect(Self.listed(Self.run([.clearSearch], from: state)) == [0, 1, 2, 3, 4, 5])
    }

    @Test(arguments: [
        // (filter typed, listed articles, message)
        ("2021-02", [5], "1 article in the filter"),
        ("..2021-01-02", [0, 1], "2 articles in the filter"),
        ("2021-01-04..", [3, 4, 5], "3 articles in the filter"),
        ("2021-01-02..2021-01-03 source:EXAM", [1, 2], "2 articles in the filter"),
        ("source:nowhere", [], "0 articles in the filter"),
        ("", [0, 1, 2, 3, 4, 5], "filter cleared"),
    ])
    func filters(text: String, listed: [Int], message: String) {
        let state = Self.run([.beginFilter] + Self.prompt(text))
        #expect(state.mode == .normal)
        #expect(Self.listed(state) == listed)
        #expect(state.message == message)
    }

    @Test func filterPromptKeepsBadTextAndCancelKeepsTheOldFilter() {
        var state = Self.run([.beginFilter] + Self.prompt("2021-13"))
        #expect(state.mode == .filtering(draft: "2021-13"))
        #expect(state.message == "filter: \"2021-13\" is not a date range (YYYY[-MM[-DD]]..YYYY[-MM[-DD]]) or source:NAME")
        #expect(state.action(for: .character("x")) == .typePrompt("x"))
        #expect(state.action(for: .escape) == .cancelPrompt)
        state = Self.run([.cancelPrompt], from: state)
        #expect(state.mode == .normal && state.filter.isEmpty)
        state = Self.run([.beginFilter] + Self.prompt("2021-01"), from: state)
        state = Self.run([.beginFilter, .typePrompt("x"), .deletePromptCharacter], from: state)
        #expect(state.mode == .filtering(draft: "2021-01"))  // the prompt starts with the current filter
        state = Self.run([.cancelPrompt, .beginSearch] + ReaderStateTests.typing("deer") + [.submitSearch], from: state)
        #expect(Self.listed(state) == [3, 0, 1, 2, 4])  // the filter applies to the hits too
    }

    @Test func findHighlightsAndCyclesWithNAndN() throws {
        var state = Self.run([.beginFind] + "SCIENCE".map { .typePrompt($0) })
        #expect(state.mode == .finding(draft: "SCIENCE"))
        #expect(state.document.matchLines.count == 2)  // highlighted while typing
        state = Self.run([.submitPrompt], from: state)
        #expect(state.find == FindQuery("SCIENCE"))
        #expect(state.matchCursor == 0)
        #expect(state.message == "match 1/2 in this article")
        let line = state.document.lines[state.document.matchLines[0]]
        let highlight = try #require(line.highlights.first)
        #expect(line.text[highlight] == "science")
        #expect(Self.run([.nextMatch], from: state).matchCursor == 1)
        #expect(Self.run([.nextMatch, .nextMatch], from: state).matchCursor == 0)
        #expect(Self.run([.previousMatch], from: state).matchCursor == 1)
        let other = Self.run([.selectNext, .openSelected], from: state)
        #expect(other.find == nil && other.document.findText == nil)  // a new article drops the find
        let cleared = Self.run([.beginFind, .submitPrompt], from: state)
        #expect(cleared.find == nil && cleared.message == "find cleared")
        let missing = Self.run([.beginFind] + Self.prompt("zebra"))
        #expect(missing.message == "\"zebra\" is not in this article")
        #expect(Self.run([.beginFind] + "x".map { .typePrompt($0) } + [.cancelPrompt]).find == nil)
    }

    @Test func findWinsOverTheSearchHighlight() {
        let state = Self.run([.beginSearch] + ReaderStateTests.typing("deer") + [.submitSearch, .openSelected, .beginFind] + Self.prompt("paragraph"))
        #expect(state.document.queryText == "deer")
        #expect(state.document.findText == "paragraph")
        let marked = state.document.matchLines.flatMap { row in
            state.document.lines[row].highlights.map { range in String(state.document.lines[row].text[range]) }
        }
        #expect(marked.allSatisfy { $0.lowercased() == "paragraph" } && marked.count == 2)
    }
}
