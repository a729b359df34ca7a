import Foundation
import Testing
@testable import GazetteCore

/// `JSONWriter` output is safe to print and faithful: every Unicode scalar survives a round
/// trip while no control or bidi scalar appears raw in the document.
@Suite struct JSONWriterEscapingTests {
    /// Every scalar that would steer or reorder a terminal if printed raw.
    static func isUnsafeRaw(_ value: UInt32) -> Bool {
        switch value {
        case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    @Test func everyScalarRoundTripsAndNoneIsRawWhenUnsafe() throws {
        var text = ""
        for value in UInt32(0)...0x10FFFF {
            if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
        }
        let data = JSONWriter(pretty: false).data(for: .array([.string(text)]))
        let printed = String(decoding: data, as: UTF8.self)
        let raw = printed.unicodeScalars.filter { Self.isUnsafeRaw($0.value) }
        #expect(raw.isEmpty, "raw in the document: \(raw.prefix(5).map { String(format: "U+%04X", $0.value) })")
        #expect(try JSONParser.parse(data) == .array([.string(text)]))
    }

    @Test func eachScalarInPlainTextIsEscapedExactlyWhenItMustBe() throws {
        // One scalar among plain words takes the whole-string fast path unless it needs
        // escaping: it must then be escaped, and otherwise appear as itself.
        for value in UInt32(0)...0x10FFFF where value < 0x3000 || value % 331 == 0 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "plain é \(Character(scalar)) 北京"
            let data = JSONWriter(pretty: false).data(for: .string(text))
            let printed = String(decoding: data, as: UTF8.self)
            let escaped = Self.isUnsafeRaw(value) || value == 0x22 || value == 0x5C
            #expect(printed.unicodeScalars.contains(scalar) != escaped || value == 0x22 || value == 0x5C, "U+\(String(value, radix: 16))")
            #expect(try JSONParser.parse(data) == .string(text))
        }
    }

    @Test func bidiControlsAreEscapedNotDropped() {
        let printed = JSONWriter(pretty: false).string(for: .string("a\u{202E}b\u{2066}c\u{200F}d\u{061C}"))
        #expect(printed == #""a\u202eb\u2066c\u200fd\u061c""#)
    }
}
