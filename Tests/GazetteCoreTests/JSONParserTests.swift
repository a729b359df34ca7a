import Foundation
import Testing
@testable import GazetteCore

@Suite struct JSONParserTests {
    @Test func parsesNestedValuesInOrder() throws {
        let value = try JSONParser.parse(#"{"b": [1, -2.5e3, true, null], "a": {"x": "y"}, "b": "last"}"#)
        let object = try #require(value.objectValue)
        #expect(object.members.map(\.key) == ["b", "a", "b"])
        #expect(object["b"] == .string("last"))
        #expect(object.members[0].value == .array([.number("1"), .number("-2.5e3"), .bool(true), .null]))
    }

    @Test func decodesEscapesAndSurrogates() throws {
        let value = try JSONParser.parse(#"["a\"b\\c\/d\n\t\u00e9\ud83d\ude00", "\ud800x", "\udc00"]"#)
        #expect(value == .array([.string("a\"b\\c/d\n\té😀"), .string("\u{FFFD}x"), .string("\u{FFFD}")]))
    }

    @Test(arguments: [
        ("{\n  \"a\": 1,\n  \"b\": ]\n}", 3, 8, "expected a value"),
        ("[1, 2,]", 1, 7, "expected a value"),
        ("{\"a\" 1}", 1, 6, "expected ':'"),
        ("[\"é\u{1}\"]", 1, 4, "control character"),
        ("[1] x", 1, 5, "after the top-level value"),
        ("[01]", 1, 3, "leading zeros"),
        ("\"abc", 1, 1, "unterminated string"),
        ("", 1, 1, "end of input"),
        ("[\"日本\", tru]", 1, 8, "invalid literal"),
    ])
    func reportsLineAndColumn(input: String, line: Int, column: Int, reason: String) {
        do {
            _ = try JSONParser.parse(input)
            Issue.record("parsed \(input)")
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(error.reason.contains(reason), "\(error.reason)")
        }
    }

    @Test func rejectsInvalidUTF8WithPosition() {
        let data = Data([0x5B, 0x22, 0x61, 0xC3, 0x28, 0x22, 0x5D])
        #expect(throws: JSONParseError(line: 1, column: 4, reason: "invalid UTF-8 sequence")) {
            try JSONParser.parse(data)
        }
        #expect(throws: JSONParseError.self) { try JSONParser.parse(Data([0x22, 0xED, 0xA0, 0x80, 0x22])) }
    }

    @Test func limitsNestingWithoutCrashing() throws {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
        let allowed = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try JSONParser.parse(allowed) }
        let objects = String(repeating: "{\"a\":", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(objects) }
    }

    @Test func handlesATenMegabyteString() throws {
        let big = String(repeating: "x", count: 10_000_000)
        let value = try JSONParser.parse("[\"\(big)\"]")
        #expect(value.arrayValue?.first?.stringValue?.utf8.count == 10_000_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse("[\"\(big)") }
    }

    @Test func writerEscapesControlsAndRoundTrips() throws {
        let text = "q\"\\\u{1B}[31m\u{7F}\u{85}\u{2028}日本 😀 é"
        let written = JSONWriter(pretty: false).string(for: .array([.string(text), .number("1.5")]))
        #expect(written == #"["q\"\\\u001b[31m\u007f\u0085\u2028日本 😀 é",1.5]"#)
        #expect(try JSONParser.parse(written) == .array([.string(text), .number("1.5")]))
    }
}
