import Foundation

/// Serializes ``JSONValue`` deterministically: members in their stored order, pretty
/// (two-space indent) or compact.
///
/// Escaping keeps the output safe to print: `"`, `\`, every C0 control, DEL, the C1
/// controls U+0080–U+009F, U+2028/U+2029 and the bidi controls (U+061C, U+200E/U+200F,
/// U+202A–U+202E, U+2066–U+2069) are escaped, so the document reads back to exactly the
/// original text while none of it can steer or reorder a terminal; everything else is raw
/// UTF-8.
public struct JSONWriter {
    /// Whether to indent with newlines and two spaces.
    public var pretty: Bool

    /// Creates a writer.
    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    /// The UTF-8 text of a value, with a trailing newline when pretty.
    public func data(for value: JSONValue) -> Data {
        var output: [UInt8] = []
        write(value, indent: 0, into: &output)
        if pretty { output.append(0x0A) }
        return Data(output)
    }

    /// The text of a value.
    public func string(for value: JSONValue) -> String {
        String(decoding: data(for: value), as: UTF8.self)
    }

    private func newline(_ indent: Int, into output: inout [UInt8]) {
        guard pretty else { return }
        output.append(0x0A)
        output.append(contentsOf: repeatElement(0x20, count: indent * 2))
    }

    private func write(_ value: JSONValue, indent: Int, into output: inout [UInt8]) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let text): output.append(contentsOf: text.utf8)
        case .string(let text): JSONWriter.appendQuoted(text, to: &output)
        case .array(let items):
            guard !items.isEmpty else { output.append(contentsOf: "[]".utf8); return }
            output.append(UInt8(ascii: "["))
            for (offset, item) in items.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                newline(indent + 1, into: &output)
                write(item, indent: indent + 1, into: &output)
            }
            newline(indent, into: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            guard !object.members.isEmpty else { output.append(contentsOf: "{}".utf8); return }
            output.append(UInt8(ascii: "{"))
            for (offset, member) in object.members.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                newline(indent + 1, into: &output)
                JSONWriter.appendQuoted(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(0x20) }
                write(member.value, indent: indent + 1, into: &output)
            }
            newline(indent, into: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Appends a JSON string literal for `text` with Gazette's escaping rules.
    public static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // The escaped scalars are SafeText's unsafe ones plus the quote and the backslash:
        // text with none of them (nearly all) goes out as its bytes.
        var text = text
        let plain = text.withUTF8 { bytes in
            SafeText.isSafe(utf8: bytes) && !bytes.contains(where: { $0 == 0x22 || $0 == 0x5C })
        }
        if plain {
            output.append(contentsOf: text.utf8)
            output.append(UInt8(ascii: "\""))
            return
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x22: output.append(contentsOf: [0x5C, 0x22])
            case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: output.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: output.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case _ where SafeText.replacement(for: value) != nil:
                // Every scalar SafeText would replace (controls, separators, bidi marks).
                let digits = Array("0123456789abcdef".utf8)
                output.append(contentsOf: [0x5C, UInt8(ascii: "u")])
                for shift in stride(from: 12, through: 0, by: -4) {
                    output.append(digits[Int((value >> UInt32(shift)) & 0xF)])
                }
            case 0x20..<0x80:
                output.append(UInt8(value))
            default:
                UTF8.encode(scalar) { output.append($0) }
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
