/// Converts an HTML fragment into plain-text paragraphs.
///
/// Tags are dropped; block elements (`p`, `div`, `br`, `li`, headings, `blockquote`, `pre`,
/// `tr`, `section`, `article`, `header`, `footer`, lists, `hr`) end a paragraph; the content
/// of `script`, `style`, `template` and `head` is dropped; comments and CDATA are handled;
/// entities are decoded (named, decimal and hex; unknown ones are kept as written);
/// whitespace is collapsed. A single linear pass: broken markup never makes it slow or crash.
public enum HTMLText {
    static let blockElements: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "tr", "table", "section", "article", "header", "footer", "hr", "figure",
        "figcaption", "main", "aside", "nav", "address", "body", "html",
    ]
    static let droppedElements: Set<String> = ["script", "style", "template", "head", "noscript", "iframe", "object"]

    /// The paragraphs of an HTML fragment.
    public static func paragraphs(_ html: String) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        var text = Substring(html).unicodeScalars[...]
        var pendingSpace = false
        func flush() {
            if !current.isEmpty { paragraphs.append(current) }
            current = ""
            pendingSpace = false
        }
        func append(_ scalar: Unicode.Scalar) {
            if scalar.properties.isWhitespace {
                pendingSpace = !current.isEmpty
            } else {
                if pendingSpace { current.unicodeScalars.append(" ") }
                pendingSpace = false
                current.unicodeScalars.append(scalar)
            }
        }
        while let scalar = text.first {
            if scalar == "<" {
                let rest = text.dropFirst()
                if rest.starts(with: "!--".unicodeScalars) {
                    text = skip(past: "-->", in: rest.dropFirst(3))
                    continue
                }
                if rest.starts(with: "![CDATA[".unicodeScalars) {
                    let body = rest.dropFirst(8)
                    let end = find("]]>", in: body)
                    for character in body[body.startIndex..<(end ?? body.endIndex)] { append(character) }
                    text = end.map { body[$0...].dropFirst(3) } ?? body[body.endIndex...]
                    continue
                }
                guard let tag = parseTag(rest) else {
                    append(scalar)  // a lone "<" in text
                    text = rest
                    continue
                }
                text = tag.rest
                if droppedElements.contains(tag.name) && !tag.isClosing && !tag.isSelfClosing {
                    text = skipElement(named: tag.name, in: text)
                    continue
                }
                if blockElements.contains(tag.name) { flush() }
                continue
            }
            if scalar == "&" {
                let (decoded, rest) = decodeEntity(text.dropFirst())
                if let decoded {
                    for character in decoded.unicodeScalars { append(character) }
                    text = rest
                    continue
                }
            }
            append(scalar)
            text = text.dropFirst()
        }
        flush()
        return paragraphs
    }

    struct Tag {
        var name: String
        var isClosing: Bool
        var isSelfClosing: Bool
        var rest: Substring.UnicodeScalarView.SubSequence
    }

    /// Parses a tag after its "<"; nil when it is not a tag (text like "a < b").
    static func parseTag(_ input: Substring.UnicodeScalarView.SubSequence) -> Tag? {
        var cursor = input
        var closing = false
        if cursor.first == "/" {
            closing = true
            cursor = cursor.dropFirst()
        }
        if cursor.first == "!" || cursor.first == "?" {
            guard let end = cursor.firstIndex(of: ">") else { return nil }
            return Tag(name: "", isClosing: false, isSelfClosing: true, rest: cursor[cursor.index(after: end)...])
        }
        guard let first = cursor.first, first.properties.isAlphabetic else { return nil }
        var name = ""
        while let scalar = cursor.first, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == ":" {
            name.unicodeScalars.append(scalar)
            cursor = cursor.dropFirst()
        }
        // Skip attributes, honouring quotes, up to ">".
        var quote: Unicode.Scalar?
        var previous: Unicode.Scalar?
        while let scalar = cursor.first {
            cursor = cursor.dropFirst()
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return Tag(name: name.lowercased(), isClosing: closing, isSelfClosing: previous == "/", rest: cursor)
            }
            previous = scalar
        }
        return Tag(name: name.lowercased(), isClosing: closing, isSelfClosing: false, rest: cursor)
    }

    static func find(_ needle: String, in haystack: Substring.UnicodeScalarView.SubSequence) -> Substring.UnicodeScalarView.Index? {
        let pattern = Array(needle.unicodeScalars)
        var index = haystack.startIndex
        while index < haystack.endIndex {
            if haystack[index...].starts(with: pattern) { return index }
            index = haystack.index(after: index)
        }
        return nil
    }

    static func skip(past needle: String, in text: Substring.UnicodeScalarView.SubSequence) -> Substring.UnicodeScalarView.SubSequence {
        guard let found = find(needle, in: text) else { return text[text.endIndex...] }
        return text[found...].dropFirst(needle.unicodeScalars.count)
    }

    /// Skips to after `</name>` (case-insensitive).
    static func skipElement(named name: String, in text: Substring.UnicodeScalarView.SubSequence) -> Substring.UnicodeScalarView.SubSequence {
        var cursor = text
        while let open = cursor.firstIndex(of: "<") {
            let after = cursor[cursor.index(after: open)...]
            if after.first == "/", let tag = parseTag(after), tag.name == name {
                return tag.rest
            }
            cursor = after
        }
        return text[text.endIndex...]
    }
}
