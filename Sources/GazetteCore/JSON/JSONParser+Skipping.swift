extension JSONParser {
    /// Validates the string at the position (opening quote) without building it and moves
    /// past it; returns whether it holds escapes. Runs of plain ASCII are checked eight bytes
    /// at a time: an archive's bodies are most of its bytes.
    mutating func skipString() throws(JSONParseError) -> Bool {
        let start = position
        position += 1
        var hasEscapes = false
        var scratch: [UInt8] = []
        let count = bytes.count
        guard let base = bytes.baseAddress else { throw error("unterminated string", at: start) }
        while true {
            while position + 8 <= count {
                let word = base.loadUnaligned(fromByteOffset: position, as: UInt64.self)
                if JSONParser.isPlainASCII(word) { position += 8 } else { break }
            }
            guard position < count else { throw error("unterminated string", at: start) }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return hasEscapes
            case UInt8(ascii: "\\"):
                hasEscapes = true
                scratch.removeAll(keepingCapacity: true)
                try appendEscape(to: &scratch)
            case 0..<0x20:
                // Let the full parser word the error.
                throw error("control character in a string")
            case 0x20..<0x80:
                position += 1
            case 0xC2...0xDF where position + 1 < count && JSONParser.isContinuation(base, position + 1):
                position += 2  // two bytes (Latin, Greek, Cyrillic…): always valid
            case 0xE1...0xEF
                where byte != 0xED && position + 2 < count && JSONParser.isContinuation(base, position + 1)
                    && JSONParser.isContinuation(base, position + 2):
                position += 3  // three bytes without the lead's special ranges (most CJK)
            default:
                try skipUTF8Sequence()
            }
        }
    }

    /// Whether the byte at `offset` is a UTF-8 continuation byte (10xxxxxx).
    @inline(__always)
    static func isContinuation(_ base: UnsafeRawPointer, _ offset: Int) -> Bool {
        base.load(fromByteOffset: offset, as: UInt8.self) & 0xC0 == 0x80
    }

    /// True when none of the eight bytes is a quote, a backslash, a control character or
    /// non-ASCII.
    @inline(__always)
    static func isPlainASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let hasControl = (word &- ones &* 0x20) & ~word & highs != 0
        return word & highs == 0 && !hasControl && quotesAndBackslashes(word) == 0
    }

    /// The top bit of each byte of `word` (eight bytes, the first lowest) that is a quote or
    /// a backslash: a byte `b` of `word ^ c` is zero exactly where `b == c`, and `(v - 1) & ~v`
    /// sets the top bit of a zero byte. The lowest set bit is exact (the borrow may also mark
    /// a byte above a match).
    @inline(__always)
    static func quotesAndBackslashes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* 0x22), backslashes = word ^ (ones &* 0x5C)
        return ((quotes &- ones) & ~quotes | (backslashes &- ones) & ~backslashes) & highs
    }

    /// Validates any JSON value at the position and moves past it. Nesting is limited to
    /// `depthLimit` levels below this value.
    mutating func skipValue(depthLimit: Int) throws(JSONParseError) {
        var isObject: [Bool] = []
        while true {
            // One value: a scalar, or an opening bracket (then its first element or its end).
            skipWhitespace()
            guard let byte = current else { throw error("expected a value") }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard isObject.count < depthLimit else { throw error("nesting too deep") }
                position += 1
                skipWhitespace()
                let object = byte == UInt8(ascii: "{")
                if current == (object ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    position += 1
                } else {
                    isObject.append(object)
                    if object { try skipMemberKey() }
                    continue
                }
            case UInt8(ascii: "\""): _ = try skipString()
            case UInt8(ascii: "t"): try expectLiteral("true")
            case UInt8(ascii: "f"): try expectLiteral("false")
            case UInt8(ascii: "n"): try expectLiteral("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try parseNumber()
            default: throw error("expected a value")
            }
            // After a value: the next element, or close containers.
            while true {
                guard let object = isObject.last else { return }
                skipWhitespace()
                if current == UInt8(ascii: ",") {
                    position += 1
                    skipWhitespace()
                    if object { try skipMemberKey() }
                    break
                }
                guard current == (object ? UInt8(ascii: "}") : UInt8(ascii: "]")) else {
                    throw error("expected ',' or the end of the container")
                }
                position += 1
                isObject.removeLast()
            }
        }
    }

    /// Validates `"key" :` and leaves the position at the member's value.
    private mutating func skipMemberKey() throws(JSONParseError) {
        guard current == UInt8(ascii: "\"") else { throw error("expected a key") }
        _ = try skipString()
        skipWhitespace()
        guard current == UInt8(ascii: ":") else { throw error("expected ':'") }
        position += 1
    }
}
