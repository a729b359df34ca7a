#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCursesw

/// How one grid cell is sent to ncurses: one or two parts whose widths (as the C
/// library's `wcwidth` measures them, which is what ncurses uses) add up to the cells the
/// grapheme owns.
struct DrawPlan {
    /// A base scalar with the non-spacing scalars drawn on it.
    struct Part {
        /// The scalars, base first.
        var scalars: [Unicode.Scalar]
        /// Columns the part advances.
        var width: Int
    }

    /// The parts, left to right.
    private(set) var parts: [Part] = []

    /// Plans a grapheme that owns `cells` columns (1 or 2).
    init(_ character: Character, cells: Int, unicode: Bool) {
        let scalars = Array(character.unicodeScalars)
        guard let base = scalars.first else {
            parts = Array(repeating: Part(scalars: [" "], width: 1), count: cells)
            return
        }
        guard unicode || base.isASCII else {
            parts = Array(repeating: Part(scalars: ["?"], width: 1), count: cells)
            return
        }
        let baseWidth = Int(gazette_wcwidth(wchar_t(bitPattern: base.value)))
        if baseWidth == cells && Self.isPrintable(base) {
            parts = [Part(scalars: Self.cluster(scalars, emojiSelector: true), width: cells)]
        } else if cells == 2 && baseWidth == 1 && scalars.count == 2
            && Self.isRegionalIndicator(base) && Self.isRegionalIndicator(scalars[1])
        {
            // A flag: two one-column letters that the terminal may join into one emoji.
            parts = [Part(scalars: [base], width: 1), Part(scalars: [scalars[1]], width: 1)]
        } else if baseWidth == 1 && Self.isPrintable(base) {
            // Emoji presentation of a text symbol (VS16), or a cell narrower than the
            // grapheme: the symbol in text style, then padding.
            parts = [Part(scalars: Self.cluster(scalars, emojiSelector: false), width: 1)]
            if cells == 2 { parts.append(Part(scalars: [" "], width: 1)) }
        } else {
            // Unknown to the C library, or too wide for the cell: a replacement mark.
            parts = [Part(scalars: ["\u{FFFD}"], width: 1)]
            if cells == 2 { parts.append(Part(scalars: [" "], width: 1)) }
        }
    }

    /// The base plus the non-spacing scalars ncurses can stack on it (combining marks,
    /// variation selectors), limited to what a cchar holds. A ZWJ sequence is cut at the
    /// first joiner: ncurses keeps only non-spacing scalars in a cchar, so the joined
    /// emoji would be lost anyway and a dangling joiner would attach to the next cell.
    /// `emojiSelector` false also drops U+FE0F (the symbol is drawn in text style).
    private static func cluster(_ scalars: [Unicode.Scalar], emojiSelector: Bool) -> [Unicode.Scalar] {
        let limit = Int(gazette_ccharw_max())
        var result = [scalars[0]]
        for scalar in scalars.dropFirst() {
            if result.count == limit || scalar.value == 0x200D { break }
            guard gazette_wcwidth(wchar_t(bitPattern: scalar.value)) == 0, isPrintableMark(scalar) else { continue }
            if scalar.value == 0xFE0F && !emojiSelector { continue }
            result.append(scalar)
        }
        return result
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// Whether a scalar may start a cell: not a control character.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value)
    }

    /// Whether a zero-width scalar is safe to stack (excludes controls and bidi controls).
    private static func isPrintableMark(_ scalar: Unicode.Scalar) -> Bool {
        guard isPrintable(scalar) else { return false }
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return false
        default: return true
        }
    }
}
