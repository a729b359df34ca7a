import Foundation

/// A strict RFC 8259 JSON parser over UTF-8 bytes.
///
/// It is iterative (an explicit stack, never recursion), limits nesting to
/// ``maximumDepth`` levels, validates UTF-8, and reports every error with its line and
/// column. Lone surrogate escapes (`"\uD800"`) decode to U+FFFD.
public struct JSONParser {
    /// The deepest nesting of arrays and objects accepted.
    public static let maximumDepth = 512

    /// Parses a complete JSON document.
    public static func parse(_ data: Data) throws(JSONParseError) -> JSONValue {
        let result = data.withUnsafeBytes { buffer in
            Result { () throws(JSONParseError) -> JSONValue in
                var parser = JSONParser(bytes: buffer)
                return try parser.parseDocument()
            }
        }
        return try result.get()
    }

    /// Parses a complete JSON document from a string.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Data(text.utf8))
    }

    let bytes: UnsafeRawBufferPointer
    var position = 0

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    func error(_ reason: String, at offset: Int? = nil) -> JSONParseError {
        JSONParseError.at(offset: offset ?? position, in: bytes, reason)
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    var current: UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    private func describeCurrent() -> String {
        guard let byte = current else { return "end of input" }
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return String(format: "byte 0x%02X", byte)
    }

    /// Open containers are kept in parallel stacks (not in enum payloads) so that appending
    /// to the innermost one mutates it in place instead of copying it.
    private mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        var isObject: [Bool] = []
        var arrays: [[JSONValue]] = []
        var objects: [[JSONMember]] = []
        var keys: [String] = []
        skipWhitespace()
        while true {
            var value: JSONValue
            // Parse one value, or open a container and continue with its first element.
            guard let byte = current else { throw error("expected a value, found end of input") }
            switch byte {
            case UInt8(ascii: "{"):
                position += 1
                skipWhitespace()
                if current == UInt8(ascii: "}") {
                    position += 1
                    value = .object(JSONObject())
                } else {
                    guard isObject.count < JSONParser.maximumDepth else {
                        throw error("nesting deeper than \(JSONParser.maximumDepth) levels")
                    }
                    keys.append(try parseMemberKey())
                    objects.append([])
                    isObject.append(true)
                    continue
                }
            case UInt8(ascii: "["):
                position += 1
                skipWhitespace()
                if current == UInt8(ascii: "]") {
                    position += 1
                    value = .array([])
                } else {
                    guard isObject.count < JSONParser.maximumDepth else {
                        throw error("nesting deeper than \(JSONParser.maximumDepth) levels")
                    }
                    arrays.append([])
                    isObject.append(false)
                    continue
                }
            case UInt8(ascii: "\""):
                value = .string(try parseString())
            case UInt8(ascii: "t"):
                try expectLiteral("true")
                value = .bool(true)
            case UInt8(ascii: "f"):
                try expectLiteral("false")
                value = .bool(false)
            case UInt8(ascii: "n"):
                try expectLiteral("null")
                value = .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = .number(try parseNumber())
            default:
                throw error("expected a value, found \(describeCurrent())")
            }
            // Attach the finished value to its container; close containers as they end.
            while true {
                guard let inObject = isObject.last else {
                    skipWhitespace()
                    guard position == bytes.count else {
                        throw error("unexpected \(describeCurrent()) after the top-level value")
                    }
                    return value
                }
                skipWhitespace()
                if inObject {
                    objects[objects.count - 1].append(JSONMember(keys.removeLast(), value))
                    if current == UInt8(ascii: ",") {
                        position += 1
                        skipWhitespace()
                        keys.append(try parseMemberKey())
                    } else if current == UInt8(ascii: "}") {
                        position += 1
                        isObject.removeLast()
                        value = .object(JSONObject(objects.removeLast()))
                        continue
                    } else {
                        throw error("expected ',' or '}' after object member, found \(describeCurrent())")
                    }
                } else {
                    arrays[arrays.count - 1].append(value)
                    if current == UInt8(ascii: ",") {
                        position += 1
                        skipWhitespace()
                    } else if current == UInt8(ascii: "]") {
                        position += 1
                        isObject.removeLast()
                        value = .array(arrays.removeLast())
                        continue
                    } else {
                        throw error("expected ',' or ']' after array element, found \(describeCurrent())")
                    }
                }
                break
            }
        }
    }

    /// Parses `"key" :` and leaves the position at the member's value.
    private mutating func parseMemberKey() throws(JSONParseError) -> String {
        guard current == UInt8(ascii: "\"") else {
            throw error("expected a string key, found \(describeCurrent())")
        }
        let key = try parseString()
        skipWhitespace()
        guard current == UInt8(ascii: ":") else {
            throw error("expected ':' after object key, found \(describeCurrent())")
        }
        position += 1
        skipWhitespace()
        return key
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let start = position
        let length = literal.utf8CodeUnitCount
        guard position + length <= bytes.count else {
            throw error("invalid literal, expected \(literal)", at: start)
        }
        let matches = literal.withUTF8Buffer { expected in
            (0..<length).allSatisfy { bytes[start + $0] == expected[$0] }
        }
        guard matches else { throw error("invalid literal, expected \(literal)", at: start) }
        position += length
    }

    mutating func parseNumber() throws(JSONParseError) -> String {
        let start = position
        func isDigit(_ byte: UInt8?) -> Bool {
            guard let byte else { return false }
            return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        }
        if current == UInt8(ascii: "-") { position += 1 }
        if current == UInt8(ascii: "0") {
            position += 1
            if isDigit(current) { throw error("leading zeros are not allowed in numbers") }
        } else if isDigit(current) {
            while isDigit(current) { position += 1 }
        } else {
            throw error("expected a digit in number, found \(describeCurrent())")
        }
        if current == UInt8(ascii: ".") {
            position += 1
            guard isDigit(current) else { throw error("expected a digit after '.', found \(describeCurrent())") }
            while isDigit(current) { position += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard isDigit(current) else { throw error("expected a digit in exponent, found \(describeCurrent())") }
            while isDigit(current) { position += 1 }
        }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }
}
