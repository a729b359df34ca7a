import Foundation

/// Splits text into search tokens, folded for matching.
///
/// - Words are runs of letters and digits (combining marks stay with their letter), folded to
///   lowercase without diacritics: "Café" and "cafe" are the same token. "ß" stays "ß".
/// - Apostrophes, hyphens and other punctuation separate words ("don't" → "don", "t"); a
///   query word that splits this way is searched as a phrase, so it still matches itself.
/// - Ideographic and syllabic scripts written without spaces (Han, Hiragana, Katakana, Thai, …)
///   give one token per character at consecutive positions, so a run of them is found as a
///   phrase and a single character is searchable on its own. Hangul is written with spaces
///   and is tokenized as words.
/// - Emoji, symbols and punctuation are not tokens.
public struct Tokenizer {
    private var foldCache: [UInt32: String] = [:]

    /// Creates a tokenizer (it caches foldings of non-ASCII characters it meets).
    public init() {}

    /// Calls `body` with each token's folded text and its range in `text`, in order.
    public mutating func forEachToken(in text: String, _ body: (String, Range<String.Index>) -> Void) {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        let end = scalars.endIndex
        var word = ""
        var wordStart = index
        var inWord = false
        while index < end {
            let scalar = scalars[index]
            let value = scalar.value
            let next = scalars.index(after: index)
            if value < 0x80 {
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    if !inWord { inWord = true; wordStart = index; word = "" }
                    word.unicodeScalars.append(scalar)
                } else if (0x41...0x5A).contains(value) {
                    if !inWord { inWord = true; wordStart = index; word = "" }
                    word.unicodeScalars.append(Unicode.Scalar(value + 0x20) ?? scalar)
                } else if inWord {
                    body(word, wordStart..<index)
                    inWord = false
                }
            } else {
                switch Tokenizer.classify(scalar) {
                case .letter:
                    if !inWord { inWord = true; wordStart = index; word = "" }
                    word += fold(scalar)
                case .mark:
                    if inWord { word += fold(scalar) }
                case .ideograph:
                    if inWord {
                        body(word, wordStart..<index)
                        inWord = false
                    }
                    body(fold(scalar), index..<next)
                case .separator:
                    if inWord {
                        body(word, wordStart..<index)
                        inWord = false
                    }
                }
            }
            index = next
        }
        if inWord { body(word, wordStart..<end) }
    }

    /// The folded tokens of a text, in order.
    public mutating func tokens(in text: String) -> [String] {
        var result: [String] = []
        forEachToken(in: text) { token, _ in result.append(token) }
        return result
    }

    private enum Class {
        case letter, mark, ideograph, separator
    }

    private static func classify(_ scalar: Unicode.Scalar) -> Class {
        if isIdeographic(scalar.value) { return .ideograph }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        default:
            return .separator
        }
    }

    /// Scripts written without spaces between words, indexed character by character.
    static func isIdeographic(_ value: UInt32) -> Bool {
        switch value {
        case 0x0E00...0x0EFF,  // Thai, Lao
             0x1000...0x109F,  // Myanmar
             0x1780...0x17FF,  // Khmer
             0x3005...0x3007, 0x3021...0x3029, 0x3038...0x303C,
             0x3040...0x30FF,  // Hiragana, Katakana
             0x31F0...0x31FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,  // Han
             0xFF66...0xFF9F,  // halfwidth Katakana
             0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    /// Lowercase, without diacritics; compatibility forms (fullwidth letters) unified.
    /// Characters of scripts without spaces keep their marks.
    private mutating func fold(_ scalar: Unicode.Scalar) -> String {
        if let cached = foldCache[scalar.value] { return cached }
        if Tokenizer.isIdeographic(scalar.value) {
            // Kana voicing marks change the word: unify width forms only.
            let folded = String(scalar).precomposedStringWithCompatibilityMapping
            foldCache[scalar.value] = folded
            return folded
        }
        let decomposed = String(scalar).decomposedStringWithCompatibilityMapping.lowercased()
        var folded = ""
        for part in decomposed.unicodeScalars {
            switch part.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: folded.unicodeScalars.append(part)
            }
        }
        foldCache[scalar.value] = folded
        return folded
    }
}
