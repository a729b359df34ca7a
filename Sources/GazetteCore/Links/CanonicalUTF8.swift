import Foundation

/// The bytes by which link resolution compares ids, URLs and exact titles: the UTF-8 of a
/// string in Unicode Normalization Form C, so that two strings `==` calls equal (canonically
/// equivalent: a precomposed `é` and `e` + combining acute) have the same bytes.
///
/// Most strings are already in NFC and are used as they are: ASCII, and text whose scalars all
/// are NFC-stable starters (``isStableUnderComposition(_:)``); only the others are composed.
enum CanonicalUTF8 {
    /// Calls `body` with the NFC bytes of `text`.
    static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        if text.withUTF8(isComposed) { return text.withUTF8(body) }
        return composed(text).withUnsafeBufferPointer(body)
    }

    /// Calls `body` with the NFC form of the UTF-8 `bytes`.
    static func withBytes<Result>(ofUTF8 bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if bytes.withUnsafeBufferPointer(isComposed) { return bytes.withUnsafeBufferPointer(body) }
        return composed(String(decoding: bytes, as: UTF8.self)).withUnsafeBufferPointer(body)
    }

    /// The NFC bytes of `text`, composed through Foundation.
    static func composed(_ text: String) -> [UInt8] {
        // Decomposing first is not redundant: Foundation on Linux leaves a Hangul LV syllable
        // followed by a trailing jamo uncomposed, but composes L + V + T.
        Array(text.decomposedStringWithCanonicalMapping.precomposedStringWithCanonicalMapping.utf8)
    }

    /// Whether every scalar of the UTF-8 `bytes` is ASCII or ``isStableUnderComposition(_:)``
    /// (so the bytes are already in NFC).
    static func isComposed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = 0
        while position < bytes.count {
            // ASCII eight bytes at a time.
            if let base = bytes.baseAddress {
                while position + 8 <= bytes.count,
                      UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    position += 8
                }
                if position == bytes.count { break }
            }
            if bytes[position] < 0x80 {
                position += 1
                continue
            }
            let (scalar, length) = TitleNormalizer.decodeScalar(bytes, at: position)
            guard isStableUnderComposition(scalar.value) else { return false }
            position += length
        }
        return true
    }

    /// Whether a non-ASCII scalar is NFC-stable with a combining class of 0 (so a string made
    /// only of such scalars and ASCII is already in NFC). Covers the common scripts; a scalar
    /// outside them only costs a slower path.
    static func isStableUnderComposition(_ value: UInt32) -> Bool {
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
