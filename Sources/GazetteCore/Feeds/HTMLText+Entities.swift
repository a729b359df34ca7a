extension HTMLText {
    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "mdash": "—", "ndash": "–",
        "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "sbquo": "‚", "bdquo": "„",
        "laquo": "«", "raquo": "»", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "middot": "·", "bull": "•",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "aacute": "á", "agrave": "à", "acirc": "â", "auml": "ä",
        "aring": "å", "ccedil": "ç", "iacute": "í", "igrave": "ì", "iuml": "ï", "ntilde": "ñ", "oacute": "ó",
        "ograve": "ò", "ocirc": "ô", "ouml": "ö", "oslash": "ø", "uacute": "ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü",
        "szlig": "ß", "Eacute": "É", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "times": "×", "divide": "÷", "euro": "€",
        "pound": "£", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶", "shy": "\u{AD}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "prime": "′", "Prime": "″",
    ]

    /// Decodes an entity after "&"; returns nil (and the input) when it is not one.
    static func decodeEntity(_ text: Substring.UnicodeScalarView.SubSequence) -> (String?, Substring.UnicodeScalarView.SubSequence) {
        var cursor = text
        var name = ""
        while let scalar = cursor.first, scalar != ";", name.unicodeScalars.count < 32,
              scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "#" {
            name.unicodeScalars.append(scalar)
            cursor = cursor.dropFirst()
        }
        guard !name.isEmpty else { return (nil, text) }
        let terminated = cursor.first == ";"
        if terminated { cursor = cursor.dropFirst() }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value else { return (nil, text) }
            let scalar = Unicode.Scalar(value).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
            return (String(Character(scalar)), cursor)
        }
        guard terminated, let decoded = namedEntities[name] else { return (nil, text) }
        return (decoded, cursor)
    }
}
