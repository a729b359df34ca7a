import Foundation
import GazetteCore
import Testing
@testable import GazetteUI

/// The shared list of hostile strings (`Tests/Fixtures/hostile-strings.json`) rendered by
/// the reader: no control, C1 or bidi scalar reaches a cell, and nothing shifts the panes.
@Suite struct HostileRenderingTests {
    struct Hostile: Decodable, Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        var testDescription: String { name }
    }

    static let strings: [Hostile] = {
        struct File: Decodable { let strings: [Hostile] }
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/hostile-strings.json")
        guard let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data) else {
            return [Hostile(name: "missing fixture", text: "\u{1B}]0;fixture missing\u{7}")]
        }
        return file.strings
    }()

    /// A reader on three articles whose every text field carries `text`.
    static func state(_ text: String, width: Int, height: Int) -> ReaderState {
        let articles = (0..<3).map { index in
            Article(
                id: ArticleID("h\(index)"), title: "\(index) \(text)", date: ArticleDate("2023-05-0\(index + 1)"),
                url: "https://example.org/\(text)", source: text,
                body: ["Paragraph \(index) needle \(text) tail", text, String(repeating: "\(text) ", count: 20)],
                next: ArticleLink(title: text), previous: ArticleLink(title: "\(index + 1) \(text)"))
        }
        let archive = Archive(metadata: ArchiveMetadata(title: text), articles: articles)
        return ReaderState(
            archive: archive, graph: LinkGraph(articles: articles), archiveName: text,
            size: Size(width: width, height: height), index: SearchIndex(articles: articles))
    }

    /// Whether a scalar may be drawn: no C0/C1 control, DEL or bidi control.
    static func isDrawable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: false
        default: true
        }
    }

    /// The reader's screens for one string: list focus, the article open, searched, scrolled.
    static func screens(_ text: String, width: Int, height: Int) -> [(String, CellGrid, ReaderState)] {
        let renderer = ReaderRenderer()
        var state = state(text, width: width, height: height)
        var screens: [(String, CellGrid, ReaderState)] = [("list", renderer.render(state), state)]
        state = state.applying(.selectNext).applying(.openSelected)
        screens.append(("article open", renderer.render(state), state))
        state = state.applying(.followNextLink).applying(.scrollPageDown)
        screens.append(("broken link, scrolled", renderer.render(state), state))
        state = state.applying(.beginSearch)
        for character in "needle" { state = state.applying(.typeSearch(character)) }
        state = state.applying(.submitSearch)
        screens.append(("searched", renderer.render(state), state))
        state = state.applying(.showHelp)
        screens.append(("help", renderer.render(state), state))
        return screens
    }

    @Test(arguments: strings)
    func noUnsafeScalarReachesACell(_ hostile: Hostile) {
        for size in [Size(width: 120, height: 40), Size(width: 60, height: 12), Size(width: 20, height: 6)] {
            for (name, grid, _) in Self.screens(hostile.text, width: size.width, height: size.height) {
                let bad = grid.cells.flatMap { $0.character.unicodeScalars.filter { !Self.isDrawable($0) } }
                #expect(bad.isEmpty, "\(name) at \(size.width)×\(size.height): \(bad.map { String(format: "U+%04X", $0.value) })")
            }
        }
    }

    @Test(arguments: strings)
    func panesStayAligned(_ hostile: Hostile) throws {
        for (name, grid, state) in Self.screens(hostile.text, width: 120, height: 40) where name != "help" {
            let separator = try #require(state.layout.separatorColumn)
            let paneRows = 0..<(grid.size.height - 1)
            let misaligned = paneRows.filter { grid[$0, separator].character != "│" }
            #expect(misaligned.isEmpty, "\(name): the separator moved on rows \(misaligned)")
            for row in paneRows {
                let line = (0..<grid.size.width).map { grid[row, $0] }.filter { !$0.isContinuation }
                let width = line.reduce(0) { $0 + DisplayWidth.of(String($1.character)) }
                #expect(width == grid.size.width, "\(name): row \(row) is \(width) columns wide")
            }
        }
    }
}
