import Foundation
import GazetteCore
import Testing
@testable import GazetteUI

/// The loop answers a search submitted before the index is ready by scanning the articles.
@Suite struct ReaderLoopScanTests {
    /// A scripted screen that can wait (in real time, polled by the loop) for a text to appear.
    final class PacedScreen: Screen {
        enum Step {
            case key(KeyEvent)
            case waitFor(String)
            case waitUntilGone(String)
        }

        struct Stalled: Error, CustomStringConvertible {
            let description: String
        }

        let size: Size
        private(set) var frames: [CellGrid] = []
        private var steps: [Step]
        private var deadline: Date?

        init(size: Size, steps: [Step]) {
            self.size = size
            self.steps = steps
        }

        func present(_ grid: CellGrid) throws {
            frames.append(grid)
        }

        var lastText: String { frames.last?.lines.joined(separator: "\n") ?? "" }

        func nextEvent(timeoutMilliseconds: Int?) throws -> KeyEvent? {
            while let step = steps.first {
                switch step {
                case .key(let event):
                    steps.removeFirst()
                    deadline = nil
                    return event
                case .waitFor(let text), .waitUntilGone(let text):
                    let gone: Bool
                    if case .waitFor = step { gone = false } else { gone = true }
                    if lastText.contains(text) != gone {
                        steps.removeFirst()
                        deadline = nil
                        continue
                    }
                    guard let timeoutMilliseconds else {
                        throw Stalled(description: "the loop stopped polling before \"\(text)\" appeared")
                    }
                    let limit = deadline ?? Date().addingTimeInterval(60)
                    deadline = limit
                    if Date() > limit { throw Stalled(description: "\"\(text)\" never appeared") }
                    Thread.sleep(forTimeInterval: Double(min(timeoutMilliseconds, 20)) / 1_000)
                    return nil
                }
            }
            return nil
        }
    }

    @Test func searchBeforeTheIndexIsAnsweredByAScan() throws {
        let state = ReaderFixture.state(width: 100, height: 12, indexed: false)
        let typed: [PacedScreen.Step] = "museum".map { .key(.character($0)) }
        let screen = PacedScreen(size: Size(width: 100, height: 12), steps:
            [.key(.character("/"))] + typed + [.key(.enter), .waitFor("search \"museum\": 1 hit"), .key(.character("q"))])
        let final = try ReaderLoop().run(state, on: screen, index: nil)
        #expect(final.search?.hits?.articleIndices == [2])
        #expect(final.index == nil)
    }

    @Test func aSearchChangedWhileScanningShowsOnlyItsOwnHits() throws {
        let state = ReaderFixture.state(width: 100, height: 12, indexed: false)
        func typing(_ text: String) -> [PacedScreen.Step] { text.map { .key(.character($0)) } }
        // The first search is submitted and at once replaced: only the second one's hits show.
        let screen = PacedScreen(size: Size(width: 100, height: 12), steps:
            [.key(.character("/"))] + typing("museum") + [.key(.enter), .key(.character("/"))] + typing("zebra")
            + [.key(.enter), .waitFor("no articles match \"zebra\""), .key(.character("q"))])
        let final = try ReaderLoop().run(state, on: screen, index: nil)
        #expect(final.search?.query == SearchQuery("zebra"))
        #expect(final.search?.hits?.articleIndices == [])
    }

    @Test func theHeldIndexBuildGoesOnAfterTheScan() throws {
        // A real background build (held while the scan runs, if it is still building by then):
        // the search is answered, and the index is ready afterwards.
        let archive = SyntheticArchive(articleCount: 3_000, seed: 21).makeArchive()
        var tokenizer = Tokenizer()
        let word = try #require(tokenizer.tokens(in: archive.articles[7].title).first)
        let state = ReaderState(archive: archive, graph: LinkGraph(articles: archive.articles), archiveName: "Big",
                                size: Size(width: 160, height: 12), index: nil)
        let index = BackgroundSearchIndex(articles: archive.articles)
        let screen = PacedScreen(size: Size(width: 160, height: 12), steps:
            [.key(.character("/"))] + word.map { PacedScreen.Step.key(.character($0)) }
            + [.key(.enter), .waitFor("search \"\(word)\": "), .waitUntilGone("indexing…"), .key(.character("q"))])
        let final = try ReaderLoop().run(state, on: screen, index: index)
        let expected = SearchIndex(articles: archive.articles).search(SearchQuery(word)).map(\.articleIndex)
        #expect(final.index != nil)
        #expect(final.search?.hits?.articleIndices == expected)
        #expect(!expected.isEmpty)
    }
}
