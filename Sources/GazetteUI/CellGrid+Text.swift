extension CellGrid {
    /// Writes text at (row, column), at most `maxWidth` columns (default: to the grid
    /// edge), clipping at the grid edge. A wide grapheme that would straddle the limit is
    /// replaced by a space; zero-width graphemes are dropped; control characters (which
    /// sanitized text never has) are replaced defensively so a cell never holds one.
    /// Returns the number of columns used.
    @discardableResult
    public mutating func write<S: StringProtocol>(
        _ text: S, row: Int, column: Int, maxWidth: Int? = nil, style: CellStyle = .plain
    ) -> Int {
        guard row >= 0 && row < size.height else { return 0 }
        let limit = min(size.width, column + max(0, maxWidth ?? size.width))
        guard column < limit else { return 0 }
        clearWideCell(endingAt: column, row: row)
        if Self.isPrintableASCII(text) {
            // One cell per byte: no grapheme breaking or width lookups.
            var position = column
            for byte in text.utf8 {
                guard position < limit else { break }
                put(Cell(Character(Unicode.Scalar(byte)), style: style), row: row, column: position)
                position += 1
            }
            clearOrphanedContinuation(at: position, row: row)
            return max(0, position - max(column, 0))
        }
        var position = column
        for character in text {
            let shown = Self.displayable(character)
            let width = DisplayWidth.of(shown)
            if width == 0 { continue }
            if position + width > limit {
                // A wide grapheme that does not fit: pad the remaining column instead.
                while position < limit {
                    put(Cell(" ", style: style), row: row, column: position)
                    position += 1
                }
                break
            }
            for offset in 0..<width {
                let cell = offset == 0 ? Cell(shown, style: style) : Cell(" ", style: style, isContinuation: true)
                put(cell, row: row, column: position + offset)
            }
            position += width
            if position >= limit { break }
        }
        clearOrphanedContinuation(at: position, row: row)
        return max(0, position - max(column, 0))
    }

    /// Like ``write(_:row:column:maxWidth:style:)``, but text wider than `width` is cut and
    /// ends with "…" (measured by display width). Returns the number of columns used.
    @discardableResult
    public mutating func writeTruncated<S: StringProtocol>(
        _ text: S, row: Int, column: Int, width: Int, style: CellStyle = .plain
    ) -> Int {
        let width = min(width, size.width - column)
        guard width > 0 else { return 0 }
        if Self.isPrintableASCII(text) {
            let count = text.utf8.count
            guard count > width else { return write(text, row: row, column: column, maxWidth: width, style: style) }
            let cut = text.utf8.index(text.startIndex, offsetBy: width - 1)
            let written = write(text[text.startIndex..<cut], row: row, column: column, maxWidth: width - 1, style: style)
            return written + write("…", row: row, column: column + written, maxWidth: width - written, style: style)
        }
        var used = 0
        var cut: S.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            let characterWidth = DisplayWidth.of(Self.displayable(text[index]))
            if cut == nil && used + characterWidth > width - 1 { cut = index }
            used += characterWidth
            if used > width { break }
            index = next
        }
        guard used > width, let cut else {
            return write(text, row: row, column: column, maxWidth: width, style: style)
        }
        let written = write(text[text.startIndex..<cut], row: row, column: column, maxWidth: width - 1, style: style)
        return written + write("…", row: row, column: column + written, maxWidth: width - written, style: style)
    }

    /// Fills a rectangle with blank cells of a style (clipped to the grid).
    public mutating func fill(row: Int, column: Int, width: Int, height: Int, style: CellStyle) {
        let top = max(0, row)
        let bottom = min(size.height, row + max(0, height))
        let left = max(0, column)
        let right = min(size.width, column + max(0, width))
        guard top < bottom && left < right else { return }
        for y in top..<bottom {
            clearWideCell(endingAt: left, row: y)
            for x in left..<right {
                self[y, x] = Cell(" ", style: style)
            }
            clearOrphanedContinuation(at: right, row: y)
        }
    }

    /// The grapheme shown for a character: itself, or a visible stand-in for a control
    /// character (a Control Picture, "␡", U+FFFD, or a space for tab and line breaks).
    static func displayable(_ character: Character) -> Character {
        // A first byte of printable ASCII or of a scalar from U+00C0 on: nothing to replace.
        if let lead = character.utf8.first, (lead >= 0x20 && lead < 0x7F) || lead >= 0xC3 { return character }
        guard let first = character.unicodeScalars.first else { return " " }
        let value = first.value
        guard value < 0x20 || (0x7F...0x9F).contains(value) else { return character }
        switch TextSanitizer.action(for: first) {
        case .replace(let scalar): return Character(scalar)
        case .keep, .drop: return "\u{FFFD}"
        }
    }

    /// True when every byte of the text is printable ASCII (one column per byte).
    static func isPrintableASCII<S: StringProtocol>(_ text: S) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Stores a cell, ignoring positions left of the grid.
    private mutating func put(_ cell: Cell, row: Int, column: Int) {
        guard column >= 0 else { return }
        self[row, column] = cell
    }

    /// Before overwriting cells from `column`: when that cell is the right half of a
    /// wide grapheme, the left half would be left alone, so it becomes a blank.
    private mutating func clearWideCell(endingAt column: Int, row: Int) {
        guard contains(row: row, column: column), self[row, column].isContinuation else { return }
        if column > 0 {
            self[row, column - 1] = Cell(" ", style: self[row, column - 1].style)
        }
        self[row, column] = Cell(" ", style: self[row, column].style)
    }

    /// After overwriting cells up to (not including) `column`: when that cell is the
    /// right half of a wide grapheme just overwritten, it becomes a blank.
    private mutating func clearOrphanedContinuation(at column: Int, row: Int) {
        guard contains(row: row, column: column), self[row, column].isContinuation else { return }
        self[row, column] = Cell(" ", style: self[row, column].style)
    }
}
