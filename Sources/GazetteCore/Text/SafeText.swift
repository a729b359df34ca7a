/// Makes untrusted text safe to print on a terminal or into a pipe.
///
/// Nothing from an archive may steer the terminal: every C0 control (except tab, which
/// becomes spaces) is shown as its Control Picture (ESC → `␛`, BEL → `␇`), DEL as `␡`, each C1
/// control (U+0080–U+009F) as U+FFFD; line and paragraph separators become spaces; bidi
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the directional
/// marks U+200E/U+200F and U+061C are dropped, so text cannot reorder the interface around
/// it. Zero-width joiners and variation selectors are kept: emoji sequences need them.
public enum SafeText {
    /// The replacement for a scalar, or nil when the scalar is safe as is.
    @inline(__always)
    static func replacement(for value: UInt32) -> String? {
        switch value {
        case 0x09: return " "
        case 0x0A, 0x0D, 0x2028, 0x2029: return " "
        case 0x00..<0x20: return String(Character(Unicode.Scalar(0x2400 + value) ?? "\u{FFFD}"))
        case 0x7F: return "\u{2421}"
        case 0x80...0x9F: return "\u{FFFD}"
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: return ""
        default: return nil
        }
    }

    /// True when the text can be printed unchanged.
    public static func isSafe(_ text: some StringProtocol) -> Bool {
        if let safe = text.utf8.withContiguousStorageIfAvailable(isSafe(utf8:)) { return safe }
        return text.unicodeScalars.allSatisfy { replacement(for: $0.value) == nil }
    }

    /// ``isSafe(_:)`` over valid UTF-8, byte by byte: only a few lead bytes start a scalar
    /// that needs replacing (C2 for C1 controls, D8 for U+061C, E2 80 and E2 81 for the
    /// separators, marks and bidi controls).
    static func isSafe(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte < 0x20 || byte == 0x7F { return false }
            } else if index + 1 < count {
                let second = bytes[index + 1]
                switch byte {
                case 0xC2 where second <= 0x9F: return false
                case 0xD8 where second == 0x9C: return false
                case 0xE2 where index + 2 < count:
                    let third = bytes[index + 2]
                    if second == 0x80 && (third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third)) { return false }
                    if second == 0x81 && (0xA6...0xA9).contains(third) { return false }
                default: break
                }
            }
            index += 1
        }
        return true
    }

    /// One printable line: controls replaced as described above, tabs expanded to the next
    /// multiple of `tabWidth` columns (counting one column per character before the tab).
    public static func line(_ text: String, tabWidth: Int = 8) -> String {
        var utf8 = text
        if utf8.withUTF8(isSafe(utf8:)) { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var column = 0
        for scalar in text.unicodeScalars {
            if scalar.value == 0x09 {
                let width = max(1, tabWidth)
                let spaces = width - column % width
                result.unicodeScalars.append(contentsOf: repeatElement(" ", count: spaces))
                column += spaces
            } else if let replacement = replacement(for: scalar.value) {
                result += replacement
                column += replacement.isEmpty ? 0 : 1
            } else {
                result.unicodeScalars.append(scalar)
                column += 1
            }
        }
        return result
    }

    /// Multi-line text: newlines kept as line breaks, each line made safe.
    public static func lines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line(String($0)) }
            .joined(separator: "\n")
    }
}
