/// Where each `key = value` line of a TOML document is, by section and key, so that
/// semantic errors (an unknown action, a bad value) can name their line. TOMLKit reports
/// positions only for syntax errors; this scan runs only on documents it has accepted and
/// understands just what the configuration uses: `[section]` headers and bare or quoted keys.
struct KeyLines {
    private var lines: [String: Int] = [:]
    private var sections: [String: Int] = [:]

    init(_ text: String) {
        var section = ""
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("["), !line.hasPrefix("[["), let close = line.firstIndex(of: "]") {
                section = line[line.index(after: line.startIndex)..<close].trimmingSpaces()
                if sections[section] == nil { sections[section] = index + 1 }
            } else if let key = Self.leadingKey(line) {
                lines[Self.path(section, key)] = lines[Self.path(section, key)] ?? index + 1
            }
        }
    }

    /// The line of `key` in `section` ("" for the top level); else the section's header
    /// line; else 0.
    func line(of key: String, in section: String = "") -> Int {
        lines[Self.path(section, key)] ?? sections[section] ?? 0
    }

    /// The line of a `[section]` header, or 0.
    func line(ofSection section: String) -> Int {
        sections[section] ?? 0
    }

    private static func path(_ section: String, _ key: String) -> String {
        section + "\u{0}" + key
    }

    /// The key of a `key = value` line: bare (`A-Za-z0-9_-`) or in double or single quotes.
    private static func leadingKey(_ line: Substring) -> String? {
        var rest = line
        let key: Substring
        if let quote = rest.first, quote == "\"" || quote == "'" {
            rest = rest.dropFirst()
            guard let close = rest.firstIndex(of: quote) else { return nil }
            key = rest[..<close]
            rest = rest[rest.index(after: close)...]
        } else {
            key = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
            guard !key.isEmpty else { return nil }
            rest = rest.dropFirst(key.count)
        }
        return rest.drop { $0 == " " || $0 == "\t" }.hasPrefix("=") ? String(key) : nil
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
