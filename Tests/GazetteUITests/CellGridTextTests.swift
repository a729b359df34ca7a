import Testing
@testable import GazetteUI

@Suite struct CellGridTextTests {
    /// Plain ASCII takes a byte-per-cell shortcut; the same text followed by a grapheme that
    /// never fits takes the general path. Both must fill the same cells.
    @Test(arguments: ["", "a", "hello world", "  indented  ", "~!@#$%^&*()_+{}|:<>?", String(repeating: "xy ", count: 30)])
    func asciiShortcutMatchesTheGeneralPath(text: String) {
        for (column, maxWidth) in [(0, 1), (0, 5), (3, 40), (-2, 6), (7, 3), (0, 200)] {
            let fits = max(0, min(maxWidth, text.count))
            var shortcut = CellGrid(size: Size(width: 12, height: 1))
            var general = shortcut
            let a = shortcut.write(text, row: 0, column: column, maxWidth: fits, style: CellStyle(.match))
            let b = general.write(text + "é", row: 0, column: column, maxWidth: fits, style: CellStyle(.match))
            #expect(a == b)
            #expect(shortcut == general, "column \(column), width \(maxWidth)")
            var truncated = CellGrid(size: Size(width: 12, height: 1))
            var generalTruncated = truncated
            _ = truncated.writeTruncated(text + "z", row: 0, column: 0, width: maxWidth)
            _ = generalTruncated.writeTruncated(text + "é", row: 0, column: 0, width: maxWidth)
            #expect(truncated.lines.first?.dropLast() == generalTruncated.lines.first?.dropLast())
        }
    }

    @Test func asciiTruncatesWithAnEllipsisAndClearsHalvesOfWideCells() {
        var grid = CellGrid(size: Size(width: 12, height: 2))
        #expect(grid.writeTruncated("abcdefghij", row: 0, column: 0, width: 5) == 5)
        #expect(grid.writeTruncated("abcde", row: 0, column: 6, width: 5) == 5)
        #expect(grid.write("中文", row: 1, column: 0) == 4)
        #expect(grid.write("ab", row: 1, column: 1) == 2)
        #expect(grid.lines == ["abcd… abcde", " ab"])
        #expect(!grid[1, 3].isContinuation)
    }

    @Test func writesAsciiAndReturnsColumns() {
        var grid = CellGrid(size: Size(width: 10, height: 2))
        #expect(grid.write("hello", row: 0, column: 2) == 5)
        #expect(grid.lines == ["  hello", ""])
    }

    @Test func clipsAtTheGridEdgeAndMaxWidth() {
        var grid = CellGrid(size: Size(width: 8, height: 2))
        #expect(grid.write("hello world", row: 0, column: 3) == 5)
        #expect(grid.write("hello world", row: 1, column: 0, maxWidth: 4) == 4)
        #expect(grid.lines == ["   hello", "hell"])
        #expect(grid.write("x", row: 2, column: 0) == 0)
        #expect(grid.write("x", row: 0, column: 8) == 0)
        #expect(grid.write("x", row: 0, column: 0, maxWidth: 0) == 0)
    }

    @Test func wideCharactersUseContinuationCells() {
        var grid = CellGrid(size: Size(width: 6, height: 1))
        #expect(grid.write("中文a", row: 0, column: 0) == 5)
        #expect(grid[0, 0].character == "中")
        #expect(grid[0, 1].isContinuation)
        #expect(grid[0, 2].character == "文")
        #expect(grid[0, 3].isContinuation)
        #expect(grid[0, 4].character == "a")
        #expect(grid.lines == ["中文a"])
    }

    @Test func wideCharacterAtTheEdgeBecomesASpace() {
        var grid = CellGrid(size: Size(width: 5, height: 2))
        #expect(grid.write("abcd中", row: 0, column: 0) == 5)
        #expect(grid[0, 4].character == " ")
        #expect(!grid[0, 4].isContinuation)
        #expect(grid.write("中文字", row: 1, column: 0, maxWidth: 3) == 3)
        #expect(grid.lines == ["abcd", "中"])
        #expect(grid[1, 2] == Cell(" "))
    }

    @Test func emojiFlagsAndCombiningMarks() {
        var grid = CellGrid(size: Size(width: 12, height: 1))
        #expect(grid.write("🇫🇷e\u{301}👨‍👩‍👧x", row: 0, column: 0) == 6)
        #expect(grid.lines == ["🇫🇷e\u{301}👨‍👩‍👧x"])
        #expect(grid[0, 2].character == "e\u{301}")
    }

    @Test func controlCharactersNeverReachACell() {
        var grid = CellGrid(size: Size(width: 20, height: 1))
        #expect(grid.write("a\u{1B}[2J\u{7}\u{7F}\u{85}\tb\n", row: 0, column: 0) == 11)
        #expect(grid.lines == ["a␛[2J␇␡\u{FFFD} b"])
        for cell in grid.cells {
            #expect(cell.character.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) })
        }
    }

    @Test func zeroWidthGraphemesAreDropped() {
        var grid = CellGrid(size: Size(width: 10, height: 1))
        #expect(grid.write("a\u{200B}b\u{202E}c", row: 0, column: 0) == 3)
        #expect(grid.lines == ["abc"])
    }

    @Test func stylesAreApplied() {
        var grid = CellGrid(size: Size(width: 6, height: 1))
        let heading = CellStyle(.heading, .bold)
        grid.write("ab", row: 0, column: 1, style: heading)
        #expect(grid[0, 0].style == .plain)
        #expect(grid[0, 1].style == heading)
        #expect(grid[0, 2].style == heading)
        #expect(grid[0, 3].style == .plain)
    }

    @Test func overwritingHalfOfAWideCharacterClearsTheOtherHalf() {
        var grid = CellGrid(size: Size(width: 6, height: 1))
        grid.write("中文字", row: 0, column: 0)
        grid.write("x", row: 0, column: 1)
        #expect(grid.lines == [" x文字"])
        grid.write("y", row: 0, column: 2)
        #expect(grid.lines == [" xy 字"])
        #expect(grid.cells.filter(\.isContinuation).count == 1)
    }

    @Test func negativeColumnClipsOnTheLeft() {
        var grid = CellGrid(size: Size(width: 6, height: 1))
        #expect(grid.write("abcdef", row: 0, column: -2) == 4)
        #expect(grid.lines == ["cdef"])
    }

    @Test func truncatesWithEllipsis() {
        var grid = CellGrid(size: Size(width: 20, height: 4))
        #expect(grid.writeTruncated("hello world", row: 0, column: 0, width: 8) == 8)
        #expect(grid.writeTruncated("hello", row: 1, column: 0, width: 5) == 5)
        #expect(grid.writeTruncated("中文字符", row: 2, column: 0, width: 6) == 5)
        #expect(grid.writeTruncated("abc", row: 3, column: 0, width: 1) == 1)
        #expect(grid.lines == ["hello w…", "hello", "中文…", "…"])
    }

    @Test func truncationStopsAtTheGridEdge() {
        var grid = CellGrid(size: Size(width: 10, height: 1))
        #expect(grid.writeTruncated("abcdefghij", row: 0, column: 5, width: 20) == 5)
        #expect(grid.lines == ["     abcd…"])
        #expect(grid.writeTruncated("abc", row: 0, column: 0, width: 0) == 0)
    }

    @Test func fillsAClippedRectangle() {
        var grid = CellGrid(size: Size(width: 4, height: 3))
        grid.write("abcd", row: 0, column: 0)
        grid.write("中文", row: 1, column: 0)
        let status = CellStyle(.status)
        grid.fill(row: 0, column: 1, width: 10, height: 2, style: status)
        #expect(grid.lines == ["a", "", ""])
        #expect(grid[0, 3].style == status)
        #expect(grid[1, 0] == Cell(" "))
        #expect(grid[1, 1].style == status)
        #expect(grid[2, 1].style == .plain)
        grid.fill(row: -5, column: -5, width: 2, height: 2, style: status)
        #expect(grid[0, 0].character == "a")
    }
}
