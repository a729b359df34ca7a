/// Writes one line of text with highlighted ranges into a grid.
enum StyledText {
    static func write(
        _ text: Substring, highlights: [Range<String.Index>], row: Int, column: Int, width: Int,
        style: CellStyle, highlight: CellStyle, into grid: inout CellGrid
    ) {
        guard width > 0 else { return }
        if highlights.isEmpty {
            grid.writeTruncated(text, row: row, column: column, width: width, style: style)
            return
        }
        if DisplayWidth.of(text) > width {
            // Truncated lines are drawn plainly up to the cut, highlights included.
            var used = 0
            var cursor = text.startIndex
            for range in highlights where range.lowerBound >= cursor && used < width {
                used += grid.write(text[cursor..<range.lowerBound], row: row, column: column + used, maxWidth: width - used - 1, style: style)
                used += grid.write(text[range], row: row, column: column + used, maxWidth: width - used - 1, style: highlight)
                cursor = range.upperBound
            }
            used += grid.write(text[cursor...], row: row, column: column + used, maxWidth: width - used - 1, style: style)
            grid.write("…", row: row, column: column + used, maxWidth: 1, style: style)
            return
        }
        var used = 0
        var cursor = text.startIndex
        for range in highlights where range.lowerBound >= cursor {
            used += grid.write(text[cursor..<range.lowerBound], row: row, column: column + used, maxWidth: width - used, style: style)
            used += grid.write(text[range], row: row, column: column + used, maxWidth: width - used, style: highlight)
            cursor = range.upperBound
        }
        grid.write(text[cursor...], row: row, column: column + used, maxWidth: width - used, style: style)
    }

    static func write(
        _ text: String, highlights: [Range<String.Index>], row: Int, column: Int, width: Int,
        style: CellStyle, highlight: CellStyle, into grid: inout CellGrid
    ) {
        write(text[...], highlights: highlights, row: row, column: column, width: width, style: style,
              highlight: highlight, into: &grid)
    }
}
