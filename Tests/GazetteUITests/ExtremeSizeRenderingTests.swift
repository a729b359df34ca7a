import GazetteCore
import Testing
@testable import GazetteUI

/// The reader on extreme archives at 120×40: every frame renders only the visible window,
/// and a huge article is wrapped once per width, never per frame. The suite's run time is
/// the measure (no timing assertions); the million-article list runs with 200,000 here.
@Suite struct ExtremeSizeRenderingTests {
    static let size = Size(width: 120, height: 40)

    static func state(_ articles: [Article]) -> ReaderState {
        let archive = Archive(metadata: ArchiveMetadata(title: "Extreme"), articles: articles)
        return ReaderState(
            archive: archive, graph: LinkGraph(articles: articles), archiveName: "Extreme", size: size,
            index: SearchIndex(articles: articles))
    }

    /// Opens the first article and renders a tour of it: top, pages down, the end, a search
    /// with its next match, and a resize; returns the frames.
    static func tour(_ start: ReaderState, search: String) -> [CellGrid] {
        let renderer = ReaderRenderer()
        var state = start.applying(.openSelected).applying(.switchFocus)
        var frames = [renderer.render(state)]
        for _ in 0..<5 {
            state = state.applying(.scrollPageDown)
            frames.append(renderer.render(state))
        }
        state = state.applying(.scrollToBottom)
        frames.append(renderer.render(state))
        state = state.applying(.beginSearch)
        for character in search { state = state.applying(.typeSearch(character)) }
        state = state.applying(.submitSearch).applying(.openSelected).applying(.switchFocus).applying(.nextMatch)
        frames.append(renderer.render(state))
        state = state.applying(.resize(Size(width: 100, height: 30)))
        frames.append(renderer.render(state))
        return frames
    }

    static func prose(_ count: Int) -> String {
        let words = ["harbour", "ferries", "lighthouse", "科学", "tide", "north"]
        var text = ""
        text.reserveCapacity(count * 9)
        for index in 0..<count { text += words[index % words.count] + " " }
        return text
    }

    @Test func tenMegabyteParagraph() {
        let paragraph = Self.prose(1_250_000)  // about 10 MB
        let state = Self.state([Article(id: ArticleID("p"), title: "Huge", body: [paragraph])])
        // Every typed character re-highlights the open article without wrapping it again.
        let frames = Self.tour(state, search: "tide")
        #expect(frames.allSatisfy { $0.size.width > 0 })
        #expect(frames[0].lines[2].contains("harbour ferries lighthouse"))
        #expect(frames[6].lines.contains { $0.contains("tide north") }, "the end of the paragraph is reachable")
        #expect(frames[7].cells.contains { $0.style.role == .match }, "matches are highlighted")
    }

    @Test func hundredThousandCharacterWord() {
        let word = String(repeating: "abcdefghij", count: 10_000)
        let state = Self.state([Article(id: ArticleID("w"), title: "Word \(word)", body: ["before \(word) after"])])
        let frames = Self.tour(state, search: "after")
        #expect(frames[0].lines[0].contains("Word abcdefghij"))
        #expect(frames[6].lines.contains { $0.contains("after") })
    }

    @Test func hundredThousandParagraphs() {
        let body = (0..<100_000).map { "Paragraph \($0) of the tide." }
        let state = Self.state([Article(id: ArticleID("m"), title: "Many", body: body)])
        let frames = Self.tour(state, search: "tide")
        #expect(frames[6].lines.contains { $0.contains("Paragraph 99999 of the tide.") })
    }

    @Test func fiveThousandCharacterTitle() {
        let title = String(Self.prose(1_000).prefix(5_000))
        let articles = (0..<3).map { Article(id: ArticleID("t\($0)"), title: "\($0) \(title)", body: ["Body \($0)."]) }
        let frames = Self.tour(Self.state(articles), search: "ferries")
        #expect(frames[0].lines[0].contains("0 harbour ferries lighth…│0 harbour ferries lighthouse 科学"), "cut in the list, wrapped in the article")
        #expect(frames[0].lines[1].contains("│tide north harbour"))
    }

    @Test func twoHundredThousandArticles() {
        let articles = (0..<200_000).map { Article(id: ArticleID("a\($0)"), title: "Article \($0)", body: ["Line \($0)."]) }
        let renderer = ReaderRenderer()
        var state = Self.state(articles)
        var frames = [renderer.render(state)]
        state = state.applying(.selectLast)
        frames.append(renderer.render(state))
        state = state.applying(.selectPreviousPage).applying(.openSelected)
        frames.append(renderer.render(state))
        #expect(frames[1].lines[38].contains("Article 199999"))
        #expect(frames[1].lines[39].contains("200000/200000"))
        #expect(frames[2].lines.contains { $0.contains("│Article 199961") })
    }
}
