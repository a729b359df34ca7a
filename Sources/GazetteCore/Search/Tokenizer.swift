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
    /// How a non-ASCII scalar tokenizes, and its folded UTF-8 bytes: up to 8 packed
    /// little-endian in `packed` (a plain value, so reading the cache retains nothing), longer
    /// ones in `Tokenizer.longFoldings`.
    private struct Folding {
        var kind: Class
        var packed: UInt64
        /// Number of folded bytes, or -1 when they are in `longFoldings`.
        var count: Int

        static let none = Folding(kind: .separator, packed: 0, count: 0)
    }

    private var foldCache: [UInt32: Folding] = [:]
    private var longFoldings: [UInt32: [UInt8]] = [:]
    /// The last folding of each scalar value modulo its size, in front of `foldCache`: scalar
    /// value + 1, or 0 when empty. Allocated once a tokenizer has folded some hundreds of
    /// non-ASCII scalars, so that one made for a short text (a query, a snippet) never pays
    /// for it.
    private var recentValues: [UInt32] = []
    private var recentFoldings: [Folding] = []
    private static let recentSize = 1_024
    private var foldsBeforeRecent = 0
    /// The current token's bytes are `token[0..<tokenLength]`: clearing only resets the
    /// length (an array's `removeAll(keepingCapacity:)` costs a call per token).
    private var token: [UInt8] = []
    private var tokenLength = 0

    /// Creates a tokenizer (it caches foldings of non-ASCII characters it meets).
    public init() {}

    /// Calls `body` with each token's folded UTF-8 bytes and its byte range in the text's
    /// UTF-8, in order. The hot path of indexing: no allocation for ASCII text.
    public mutating func forEachTokenBytes(in text: String, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        var text = text
        text.withUTF8 { forEachTokenBytes(inUTF8: $0, body) }
    }

    /// Like ``forEachTokenBytes(in:_:)`` while `body` returns true: the rest of the text is
    /// not read once it returns false.
    mutating func scanTokenBytes(in text: String, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Bool) {
        var text = text
        text.withUTF8 { bytes in scan(bytes, body) }
    }

    /// Like ``forEachTokenBytes(in:_:)`` over valid UTF-8 bytes (an archive's raw text).
    mutating func forEachTokenBytes(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        scan(bytes) { token, range in
            body(token, range)
            return true
        }
    }

    /// The general scan: each token of `bytes`, folded, with its byte range, until `body`
    /// returns false.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Bool) {
        tokenLength = 0
        var start = 0
        var inWord = false
        var index = 0
        var stopped = false
        let count = bytes.count
        func emit(_ end: Int, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Bool) {
            if !token.withUnsafeBufferPointer({ body(UnsafeBufferPointer(rebasing: $0[0..<tokenLength]), start..<end) }) {
                stopped = true
            }
            tokenLength = 0
            inWord = false
        }
        while index < count && !stopped {
            let byte = bytes[index]
            if byte < 0x80 {
                if !inWord, let end = asciiWordEnd(bytes, from: index) {
                    if !emitASCIIWord(bytes, index..<end, body) { stopped = true }
                    index = end
                    continue
                }
                switch byte {
                case 0x61...0x7A, 0x30...0x39:
                    if !inWord { inWord = true; start = index }
                    appendToToken(byte)
                case 0x41...0x5A:
                    if !inWord { inWord = true; start = index }
                    appendToToken(byte + 0x20)
                default:
                    if inWord { emit(index, body) }
                }
                index += 1
                continue
            }
            // Decode one multi-byte scalar (the string is valid UTF-8).
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
            for offset in 1..<length where index + offset < count {
                value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            }
            let next = min(count, index + length)
            let folding = fold(value)
            switch folding.kind {
            case .letter:
                if !inWord { inWord = true; start = index }
                append(folding, of: value)
            case .mark:
                if inWord { append(folding, of: value) }
            case .ideograph:
                if inWord { emit(index, body) }
                start = index
                append(folding, of: value)
                emit(next, body)
            case .separator:
                if inWord { emit(index, body) }
            }
            index = next
        }
        if inWord && !stopped { emit(count, body) }
    }

    /// The end of the word starting at `start` when it is all ASCII letters and digits (the
    /// common case), else nil: the word goes through the general path.
    @inline(__always)
    private func asciiWordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let end = Tokenizer.alphanumericEnd(base, from: start, count: bytes.count)
        guard end > start, end == bytes.count || bytes[end] < 0x80 else { return nil }
        return end
    }

    /// Emits an ASCII word: straight from the text when it is lowercase, else lowercased.
    /// Returns what `body` returns.
    @inline(__always)
    private mutating func emitASCIIWord(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Bool
    ) -> Bool {
        let word = UnsafeBufferPointer(rebasing: bytes[range])
        guard word.contains(where: { (0x41...0x5A).contains($0) }) else { return body(word, range) }
        tokenLength = 0
        for byte in word { appendToToken((0x41...0x5A).contains(byte) ? byte + 0x20 : byte) }
        let result = token.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<tokenLength]), range) }
        tokenLength = 0
        return result
    }

    /// Calls `body` with each token's folded text and its range in `text`, in order.
    public mutating func forEachToken(in text: String, _ body: (String, Range<String.Index>) -> Void) {
        let utf8 = text.utf8
        var cursor = utf8.startIndex
        var cursorOffset = 0
        forEachTokenBytes(in: text) { bytes, range in
            let lower = utf8.index(cursor, offsetBy: range.lowerBound - cursorOffset)
            let upper = utf8.index(lower, offsetBy: range.count)
            cursor = upper
            cursorOffset = range.upperBound
            body(String(decoding: bytes, as: UTF8.self), lower..<upper)
        }
    }

    /// The folded tokens of a text, in order.
    public mutating func tokens(in text: String) -> [String] {
        var result: [String] = []
        forEachTokenBytes(in: text) { bytes, _ in result.append(String(decoding: bytes, as: UTF8.self)) }
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

    @inline(__always)
    private mutating func appendToToken(_ byte: UInt8) {
        if tokenLength < token.count { token[tokenLength] = byte } else { token.append(byte) }
        tokenLength += 1
    }

    /// Appends a scalar's folded bytes to the current token.
    @inline(__always)
    private mutating func append(_ folding: Folding, of value: UInt32) {
        guard folding.count >= 0 else {
            longFoldings[value].map { $0.forEach { appendToToken($0) } }
            return
        }
        for index in 0..<folding.count { appendToToken(UInt8(truncatingIfNeeded: folding.packed >> UInt64(index * 8))) }
    }

    /// The folding of a scalar, from the recent foldings when there.
    @inline(__always)
    private mutating func fold(_ value: UInt32) -> Folding {
        if recentValues.isEmpty {
            foldsBeforeRecent += 1
            if foldsBeforeRecent < 256 { return foldUncached(value) }
            recentValues = [UInt32](repeating: 0, count: Tokenizer.recentSize)
            recentFoldings = [Folding](repeating: .none, count: Tokenizer.recentSize)
        }
        let slot = Int(value) & (Tokenizer.recentSize - 1)
        if recentValues[slot] == value &+ 1 { return recentFoldings[slot] }
        let folding = foldUncached(value)
        recentValues[slot] = value &+ 1
        recentFoldings[slot] = folding
        return folding
    }

    /// Lowercase, without diacritics; compatibility forms (fullwidth letters) unified.
    /// Characters of scripts without spaces keep their marks.
    private mutating func foldUncached(_ value: UInt32) -> Folding {
        if let cached = foldCache[value] { return cached }
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        let kind = Tokenizer.classify(scalar)
        var folded = ""
        if kind == .ideograph {
            // Kana voicing marks change the word: unify width forms only.
            folded = String(scalar).precomposedStringWithCompatibilityMapping
        } else if kind != .separator {
            let decomposed = String(scalar).decomposedStringWithCompatibilityMapping.lowercased()
            for part in decomposed.unicodeScalars {
                switch part.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark: continue
                default: folded.unicodeScalars.append(part)
                }
            }
        }
        let bytes = Array(folded.utf8)
        var folding = Folding(kind: kind, packed: 0, count: bytes.count)
        if bytes.count > 8 {
            folding.count = -1
            longFoldings[value] = bytes
        } else {
            for (index, byte) in bytes.enumerated() { folding.packed |= UInt64(byte) << UInt64(index * 8) }
        }
        foldCache[value] = folding
        return folding
    }
}
