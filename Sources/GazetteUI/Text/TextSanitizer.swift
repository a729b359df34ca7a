/// Makes untrusted text (archive titles, bodies, sources) safe to put on one terminal line.
///
/// Replacements:
/// - C0 controls except tab, newline and carriage return → the matching Control Picture
///   (U+2400 + code, so ESC shows as "␛" and an escape sequence becomes harmless text);
/// - DEL → "␡"; C1 controls (U+0080–U+009F) → U+FFFD;
/// - newline, carriage return, CR LF, U+2028 and U+2029 → one space;
/// - tab → spaces up to the next multiple of `tabWidth` columns, counted by display width
///   from the start of the text;
/// - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and
///   the marks U+200E, U+200F and U+061C are **removed**: a placeholder would clutter
///   right-to-left text that uses them legitimately, while removing them keeps text from
///   reordering the rest of the screen line.
///
/// Everything else is kept, including ZWJ, ZWNJ and variation selectors, which emoji and
/// many scripts need and which terminals render harmlessly.
public enum TextSanitizer {
    /// Makes untrusted text safe for one terminal line; returns the input unchanged when
    /// there is nothing to replace.
    public static func sanitize(_ text: String, tabWidth: Int = 8) -> String {
        if isSafe(text) { return text }
        let tabWidth = max(1, tabWidth)
        var output = String.UnicodeScalarView()
        output.reserveCapacity(text.utf8.count)
        var column = 0
        var measuredUpTo = output.startIndex
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            defer { previousWasCarriageReturn = value == 0x0D }
            switch value {
            case 0x09:
                // Measure what was appended since the last tab; each tab ends with spaces,
                // so a grapheme never straddles two measured segments.
                column += DisplayWidth.of(String(output[measuredUpTo...]))
                let spaces = tabWidth - column % tabWidth
                for _ in 0..<spaces { output.append(" ") }
                column += spaces
                measuredUpTo = output.endIndex
            case 0x0A where previousWasCarriageReturn:
                continue  // CR LF already produced its space
            default:
                switch action(for: scalar) {
                case .keep: output.append(scalar)
                case .drop: break
                case .replace(let replacement): output.append(replacement)
                }
            }
        }
        return String(output)
    }

    /// Whether the text has nothing ``sanitize(_:tabWidth:)`` would replace.
    public static func isSafe(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            if byte < 0x80 {
                if byte < 0x20 || byte == 0x7F { return false }
                continue
            }
            switch byte {
            case 0xC2:
                // U+0080–U+009F are C2 80 … C2 9F.
                if let next = utf8.next(), next < 0xA0 { return false }
            case 0xD8:
                // U+061C ARABIC LETTER MARK is D8 9C.
                if let next = utf8.next(), next == 0x9C { return false }
            case 0xE2:
                // U+200E/F, U+2028/9, U+202A–E are E2 80 xx; U+2066–9 are E2 81 A6…A9.
                guard let second = utf8.next(), let third = utf8.next() else { return true }
                if second == 0x80, third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third) {
                    return false
                }
                if second == 0x81, (0xA6...0xA9).contains(third) { return false }
            default:
                continue
            }
        }
        return true
    }

    /// What sanitizing does with one scalar.
    enum Action: Equatable {
        /// The scalar is safe.
        case keep
        /// The scalar is removed (bidi controls).
        case drop
        /// The scalar is shown as another one.
        case replace(Unicode.Scalar)
    }

    /// What sanitizing does with a scalar. Tabs are replaced by one space here; the caller
    /// expands them when it knows the column.
    static func action(for scalar: Unicode.Scalar) -> Action {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A, 0x0D, 0x2028, 0x2029:
            return .replace(" ")
        case 0x00..<0x20:
            return .replace(scalar.controlPicture)
        case 0x7F:
            return .replace("\u{2421}")
        case 0x80...0x9F:
            return .replace("\u{FFFD}")
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return .drop
        default:
            return .keep
        }
    }
}

extension Unicode.Scalar {
    /// The Control Picture (U+2400 + code) for a C0 control; the scalar itself otherwise.
    fileprivate var controlPicture: Unicode.Scalar {
        Unicode.Scalar(0x2400 + value) ?? self
    }
}
