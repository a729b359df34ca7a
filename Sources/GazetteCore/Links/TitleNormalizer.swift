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
        String(decoding: normalizedUTF8(title), as: UTF8.self)
    }

    /// The UTF-8 of ``normalize(_:)``'s result, without making a `String` of it.
    static func normalizedUTF8(_ title: String) -> [UInt8] {
        var title = title
        if let ascii = title.withUTF8(normalizedASCII) { return ascii }
        var output = ScalarSink(capacity: title.utf8.count)
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

    /// The key of an ASCII title, in one pass into an array of the title's size (the key is
    /// never longer); nil when `bytes` is not all ASCII. The same rules as ``ScalarSink``'s.
    private static func normalizedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        return [UInt8](unsafeUninitializedCapacity: bytes.count) { output, written in
            var count = 0
            var pendingSpace = false
            for byte in bytes {
                if byte <= 0x20 || byte == 0x7F {
                    pendingSpace = true
                    continue
                }
                if pendingSpace {
                    if count > 0 {
                        output[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                }
                output[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                count += 1
            }
            while count > 0, isTrimmedAtEnd(output[count - 1]) { count -= 1 }
            written = count
        }
    }

    /// Whether a byte at a key's end goes: a space or `. , ; :`.
    static func isTrimmedAtEnd(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x2E || byte == 0x2C || byte == 0x3B || byte == 0x3A
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
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
            // Kana, CJK ideographs and Hangul syllables: no case, no spaces, already NFC
            // (the common non-Latin titles skip the Unicode property lookups below).
            flushSpace()
            UTF8.encode(scalar) { bytes.append($0) }
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
        if !CanonicalUTF8.isStableUnderComposition(scalar.value) {
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

    /// Removes trailing `. , ; :` and spaces; returns the NFC bytes.
    mutating func finish() -> [UInt8] {
        while let last = bytes.last, TitleNormalizer.isTrimmedAtEnd(last) { bytes.removeLast() }
        guard needsComposition else { return bytes }
        return CanonicalUTF8.composed(String(decoding: bytes, as: UTF8.self))
    }
}
