import Foundation

/// Turns a headline into the key that title-based link resolution compares.
///
/// Two spellings of one headline — as the article prints it and as another page's next/previous
/// link prints it — differ in ways that carry no meaning. ``normalize(_:)`` removes those:
///
/// - **Case**: Unicode case folding, so `STRASSE`, `Straße` and `strasse` agree. Letters keep
///   their diacritics (`é` stays `é`): in many languages they distinguish words.
/// - **Whitespace**: every run of whitespace or control characters (NBSP, thin and ideographic
///   spaces, tabs, line breaks…) becomes one space; leading and trailing spaces are trimmed.
///   Invisible format characters (soft hyphen, zero-width space, word joiner, BOM) are dropped.
/// - **Quotes and dashes**: `‘ ’ ‚ ‛ ′` become `'`, `“ ” „ ‟ ″` become `"`, hyphen and dash
///   variants (`‐ ‑ ‒ – — ―`, minus `−`) become `-`, and `…` becomes `...`.
/// - **Trailing punctuation**: `.`, `,`, `;`, `:` (and so any ellipsis) and spaces are removed
///   from the end, repeatedly. Sites cutting a title short append `...` or `…`, often after a
///   comma or a space where they cut. Trailing `?` and `!` are kept: they belong to headlines
///   (`Who won?` and `Who won` may be different articles), and a link cut right after one still
///   matches by prefix because the full title contains it at the same place.
/// - **Unicode composition**: the result is in Unicode Normalization Form C, so precomposed and
///   decomposed accents compare equal byte for byte.
///
/// The function is idempotent. Pure-ASCII titles take a byte-only path that does not allocate
/// beyond the result.
public enum TitleNormalizer {
    /// Returns the comparison key of a title (see ``TitleNormalizer``).
    public static func normalize(_ title: String) -> String {
        var output = ScalarSink(capacity: title.utf8.count)
        var title = title
        title.withUTF8 { bytes in
            var position = 0
            let count = bytes.count
            while position < count {
                let lead = bytes[position]
                if lead < 0x80 {
                    output.appendASCII(lead)
                    position += 1
                } else {
                    let (scalar, length) = decodeScalar(bytes, at: position)
                    output.append(nonASCII: scalar)
                    position += length
                }
            }
        }
        return output.finish()
    }

    /// Decodes the multi-byte scalar starting at `position` of valid UTF-8 (Swift strings always
    /// are). Returns U+FFFD and length 1 for a malformed sequence instead of trapping.
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[position])
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC0...0xDF: length = 2; value = lead & 0x1F
        case 0xE0...0xEF: length = 3; value = lead & 0x0F
        case 0xF0...0xF7: length = 4; value = lead & 0x07
        default: return ("\u{FFFD}", 1)
        }
        guard position + length <= bytes.count else { return ("\u{FFFD}", 1) }
        for offset in 1..<length {
            value = (value << 6) | (UInt32(bytes[position + offset]) & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}

/// The growing UTF-8 output of ``TitleNormalizer/normalize(_:)``.
private struct ScalarSink {
    private var bytes: [UInt8] = []
    private var pendingSpace = false
    private var needsComposition = false

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func appendASCII(_ byte: UInt8) {
        switch byte {
        case 0x00...0x20, 0x7F:
            pendingSpace = true
        case 0x41...0x5A:
            flushSpace()
            bytes.append(byte + 0x20)
        default:
            flushSpace()
            bytes.append(byte)
        }
    }

    mutating func append(nonASCII scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x80...0x9F:
            pendingSpace = true
        case 0xAD, 0x200B, 0x2060, 0xFEFF:
            return
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032:
            appendASCII(UInt8(ascii: "'"))
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033:
            appendASCII(UInt8(ascii: "\""))
        case 0x2010...0x2015, 0x2212:
            appendASCII(UInt8(ascii: "-"))
        case 0x2026:
            for _ in 0..<3 { appendASCII(UInt8(ascii: ".")) }
        default:
            let properties = scalar.properties
            if properties.isWhitespace {
                pendingSpace = true
            } else if properties.changesWhenCaseMapped {
                // Lowercasing the uppercase form folds case like Unicode case folding does
                // (ß → ss, ς → σ, ﬁ → fi) and also unites scripts whose folding goes to the
                // uppercase letter (Cherokee), which plain lowercasing would not.
                flushSpace()
                for upper in properties.uppercaseMapping.unicodeScalars {
                    for lower in upper.properties.lowercaseMapping.unicodeScalars {
                        appendEncoded(lower)
                    }
                }
            } else {
                flushSpace()
                appendEncoded(scalar)
            }
        }
    }

    private mutating func appendEncoded(_ scalar: Unicode.Scalar) {
        if scalar.value < 0x80 {
            bytes.append(UInt8(scalar.value))
            return
        }
        if !Self.isStableUnderComposition(scalar.value) {
            needsComposition = true
        }
        UTF8.encode(scalar) { bytes.append($0) }
    }

    private mutating func flushSpace() {
        if pendingSpace {
            if !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
        }
    }

    /// Removes trailing `. , ; :` and spaces, then builds the NFC string.
    mutating func finish() -> String {
        while let last = bytes.last, last == 0x20 || last == 0x2E || last == 0x2C || last == 0x3B || last == 0x3A {
            bytes.removeLast()
        }
        var result = String(decoding: bytes, as: UTF8.self)
        if needsComposition {
            // Decomposing first is not redundant: Foundation on Linux leaves a Hangul LV
            // syllable followed by a trailing jamo uncomposed, but composes L + V + T.
            result = result.decomposedStringWithCanonicalMapping.precomposedStringWithCanonicalMapping
            result.makeContiguousUTF8()
        }
        return result
    }

    /// Whether a scalar is NFC-stable with a combining class of 0 (so a string made only of such
    /// scalars is already in NFC). Covers the common scripts; others take the Foundation path.
    private static func isStableUnderComposition(_ value: UInt32) -> Bool {
        switch value {
        case 0x80..<0x300,             // Latin-1, Latin Extended, IPA, spacing modifiers
             0x400...0x482, 0x48A...0x52F,  // Cyrillic without combining marks
             0x2010...0x205E,          // general punctuation
             0x3040...0x3098, 0x309B...0x30FF,  // kana without the combining sound marks
             0x4E00...0x9FFF,          // CJK unified ideographs
             0xAC00...0xD7A3,          // Hangul syllables
             0xFF01...0xFFEF:          // half- and full-width forms
            return true
        default:
            return false
        }
    }
}
