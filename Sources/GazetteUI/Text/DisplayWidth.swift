/// How many terminal columns text occupies.
///
/// Widths follow Unicode's East Asian Width and emoji properties, matching glibc's
/// `wcwidth` and tmux for CJK, Hangul, kana, fullwidth forms and emoji. Control characters
/// have no width here: untrusted text must pass through ``TextSanitizer`` first.
public enum DisplayWidth {
    /// Columns a grapheme occupies: 0 (combining-only / zero-width), 1, or 2 (East Asian
    /// Wide/Fullwidth, emoji presentation, emoji + VS16, ZWJ emoji sequences,
    /// regional-indicator flags). Other multi-scalar clusters take the sum of their scalars'
    /// widths, as terminals draw them, capped at 2 (an Indic conjunct of two consonants).
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
        }
        return graphemeWidth(character.unicodeScalars)
    }

    /// Total columns of a text: the sum of its graphemes' widths.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var asciiOnly = true
        var count = 0
        for byte in text.utf8 {
            guard byte >= 0x20 && byte < 0x7F else {
                asciiOnly = false
                break
            }
            count += 1
        }
        if asciiOnly { return count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Width of one grapheme given as its scalars.
    static func graphemeWidth<Scalars: Collection>(_ scalars: Scalars) -> Int
    where Scalars.Element == Unicode.Scalar {
        guard let first = scalars.first else { return 0 }
        let base = width(of: first)
        if scalars.count == 1 || base == 2 { return base }
        var regionalIndicators = 0
        var hasEmojiSelector = false
        var hasJoiner = false
        var sum = base
        for scalar in scalars.dropFirst() {
            switch scalar.value {
            case 0xFE0F: hasEmojiSelector = true
            case 0x200D: hasJoiner = true
            case WidthTables.regionalIndicators: regionalIndicators += 1
            default: break
            }
            sum += width(of: scalar)
        }
        if regionalIndicators >= 1 && WidthTables.regionalIndicators.contains(first.value) { return 2 }
        let emojiBase = first.properties.isEmoji
        // Keycaps ("1\u{FE0F}\u{20E3}") and text-default symbols such as "\u{2764}\u{FE0F}".
        if hasEmojiSelector && emojiBase { return 2 }
        // A ZWJ sequence built on a pictographic base renders as one emoji.
        if hasJoiner && emojiBase && first.value >= 0x203C { return 2 }
        // Other clusters (Indic conjuncts, Hangul jamo, base + marks) take what terminals
        // give their code points, capped at the two cells a grapheme may span.
        return min(2, sum)
    }

    /// Width of a single scalar on its own.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }  // DEL and the C1 controls
        if value < 0x300 { return 1 }
        if WidthTables.zeroWidth.contains(value) { return 0 }
        if WidthTables.eastAsianWide.contains(value) || WidthTables.emojiPresentation.contains(value) {
            return 2
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return 1
        }
    }
}
