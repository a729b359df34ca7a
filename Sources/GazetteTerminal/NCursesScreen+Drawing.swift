#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCursesw
import GazetteUI

extension NCursesScreen {
    /// Draws one cell (and, for a wide cell, the continuation cell after it).
    ///
    /// ncurses advances the cursor by `wcwidth` of a cell's first scalar, while terminals
    /// differ on emoji sequences; so that ncurses' idea of the cursor always matches the
    /// terminal's, a grapheme is drawn as scalars whose widths add up to the cells it owns
    /// in the grid (see ``DrawPlan``).
    func draw(_ cell: Cell, wide: Bool, row: Int, column: Int) {
        let rendition = palette.rendition(for: cell.style)
        let plan = DrawPlan(cell.character, cells: wide ? 2 : 1, unicode: unicodeOutput)
        var offset = 0
        for part in plan.parts {
            put(part, row: row, column: column + offset, rendition: rendition)
            offset += part.width
        }
    }

    /// Writes one cchar (a base scalar plus non-spacing ones) at a position.
    private func put(_ part: DrawPlan.Part, row: Int, column: Int, rendition: (attributes: attr_t, pair: Int16)) {
        var text = part.scalars.map { wchar_t(bitPattern: $0.value) }
        text.append(0)
        var cchar = cchar_t()
        var status = text.withUnsafeBufferPointer { buffer in
            gazette_setcchar(&cchar, buffer.baseAddress, rendition.attributes, rendition.pair)
        }
        if status != gazette_ok() {
            let fallback: [wchar_t] = [wchar_t(part.width == 2 ? 0x3000 : 0x20), 0]
            status = fallback.withUnsafeBufferPointer { buffer in
                gazette_setcchar(&cchar, buffer.baseAddress, rendition.attributes, rendition.pair)
            }
        }
        // Writing the bottom-right cell reports ERR (the cursor cannot advance) although
        // the cell is drawn; nothing else can fail for a position inside the window.
        mvwadd_wch(window, Int32(row), Int32(column), &cchar)
    }
}
