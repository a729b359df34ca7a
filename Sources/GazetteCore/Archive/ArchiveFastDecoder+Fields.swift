import Foundation

/// Articles, bodies, links and the JSON primitives of the fast decoder. Member names of
/// articles and links are compared as bytes, never made into strings.
extension ArchiveFastDecoder {
    mutating func decodeArticle() throws -> Article {
        var id: String?, title: String?, date: ArticleDate?, url: String?, source: String?
        var body = ArticleBody.paragraphs([])
        var next: ArticleLink?, previous: ArticleLink?
        try forEachMember { decoder, key in
            switch key.count {
            case 2 where Self.matches(key, "id"): id = try decoder.string(); return 1
            case 5 where Self.matches(key, "title"): title = try decoder.string(); return 2
            case 4 where Self.matches(key, "date"):
                if let text = try decoder.optionalString() {
                    guard let parsed = ArticleDate(text) else { throw GiveUp() }
                    date = parsed
                }
                return 4
            case 3 where Self.matches(key, "url"): url = try decoder.optionalString(); return 8
            case 6 where Self.matches(key, "source"): source = try decoder.optionalString(); return 16
            case 4 where Self.matches(key, "body"): body = try decoder.decodeBody(); return 32
            case 4 where Self.matches(key, "next"): next = try decoder.decodeLink(); return 64
            case 8 where Self.matches(key, "previous"): previous = try decoder.decodeLink(); return 128
            default: try decoder.parser.skipValue(depthLimit: 256); return 0
            }
        }
        guard let id, !id.isEmpty, let title, !Self.isBlank(title) else { throw GiveUp() }
        return Article(
            id: ArticleID(id), title: title, date: date, url: url, source: source, storedBody: body,
            next: next, previous: previous)
    }

    /// A body array of strings, kept as its byte range.
    private mutating func decodeBody() throws -> ArticleBody {
        if parser.current == UInt8(ascii: "n") {
            try parser.expectLiteral("null")
            return .paragraphs([])
        }
        let start = parser.position
        var count = 0
        var more = try firstElement()
        while more {
            guard parser.current == UInt8(ascii: "\"") else { throw GiveUp() }
            _ = try parser.skipString()
            count += 1
            more = try nextElement()
        }
        return count == 0 ? .paragraphs([]) : .raw(self.source, start..<parser.position)
    }

    private mutating func decodeLink() throws -> ArticleLink? {
        if parser.current == UInt8(ascii: "n") {
            try parser.expectLiteral("null")
            return nil
        }
        var title: String?, id: String?, url: String?
        try forEachMember { decoder, key in
            switch key.count {
            case 5 where Self.matches(key, "title"): title = try decoder.string(); return 1
            case 2 where Self.matches(key, "id"): id = try decoder.optionalString(); return 2
            case 3 where Self.matches(key, "url"): url = try decoder.optionalString(); return 4
            default: try decoder.parser.skipValue(depthLimit: 256); return 0
            }
        }
        guard let title, !Self.isBlank(title), id.map({ !$0.isEmpty }) ?? true else { throw GiveUp() }
        return ArticleLink(title: title, id: id.map(ArticleID.init), url: url)
    }

    /// Walks an object's members: `member` reads the value of the member named by the bytes
    /// it gets and returns the member's bit, or skips it and returns 0 when it is unknown. A
    /// known member given twice gives up.
    private mutating func forEachMember(_ member: (inout ArchiveFastDecoder, UnsafeRawBufferPointer) throws -> UInt8) throws {
        var seen: UInt8 = 0
        var more = try enterObject()
        while more {
            let key = try rawKey()
            let bit = try member(&self, key)
            guard seen & bit == 0 else { throw GiveUp() }
            seen |= bit
            more = try nextMember()
        }
    }

    /// A string value: validated eight bytes at a time, and made from the file's bytes in one
    /// go unless it has escapes.
    mutating func string() throws -> String {
        guard parser.current == UInt8(ascii: "\"") else { throw GiveUp() }
        let start = parser.position
        guard try !parser.skipString() else {
            parser.position = start
            return try parser.parseString()
        }
        return String(decoding: UnsafeRawBufferPointer(rebasing: parser.bytes[(start + 1)..<(parser.position - 1)]), as: UTF8.self)
    }

    mutating func optionalString() throws -> String? {
        if parser.current == UInt8(ascii: "n") {
            try parser.expectLiteral("null")
            return nil
        }
        return try string()
    }

    /// A member name's bytes (the position then at its value); escaped names give up.
    private mutating func rawKey() throws -> UnsafeRawBufferPointer {
        guard parser.current == UInt8(ascii: "\"") else { throw GiveUp() }
        let start = parser.position
        guard try !parser.skipString() else { throw GiveUp() }
        let key = UnsafeRawBufferPointer(rebasing: parser.bytes[(start + 1)..<(parser.position - 1)])
        try expectColon()
        return key
    }

    /// Whether a member name's bytes spell `name`.
    private static func matches(_ key: UnsafeRawBufferPointer, _ name: StaticString) -> Bool {
        guard key.count == name.utf8CodeUnitCount, let base = key.baseAddress else { return false }
        return memcmp(base, name.utf8Start, key.count) == 0
    }

    /// After a member name: skips the colon and the white space around it.
    mutating func expectColon() throws {
        parser.skipWhitespace()
        guard parser.current == UInt8(ascii: ":") else { throw GiveUp() }
        parser.position += 1
        parser.skipWhitespace()
    }

    /// Enters an object; true when a member follows (the position is at its name).
    mutating func enterObject() throws -> Bool {
        try enter(UInt8(ascii: "{"), closedBy: UInt8(ascii: "}"))
    }

    /// After a member's value: true when another member follows (the position is at its name).
    mutating func nextMember() throws -> Bool {
        try continues(closedBy: UInt8(ascii: "}"))
    }

    /// Enters an array; true when an element follows (the position is at it).
    mutating func firstElement() throws -> Bool {
        try enter(UInt8(ascii: "["), closedBy: UInt8(ascii: "]"))
    }

    /// After an element: true when another follows, false at the array's end.
    mutating func nextElement() throws -> Bool {
        try continues(closedBy: UInt8(ascii: "]"))
    }

    /// Enters a container opened by `open`; true unless it closes at once.
    private mutating func enter(_ open: UInt8, closedBy close: UInt8) throws -> Bool {
        parser.skipWhitespace()
        guard parser.current == open else { throw GiveUp() }
        parser.position += 1
        parser.skipWhitespace()
        if parser.current == close {
            parser.position += 1
            return false
        }
        return true
    }

    /// After a value in a container: true when a comma announces another, false at `close`.
    private mutating func continues(closedBy close: UInt8) throws -> Bool {
        parser.skipWhitespace()
        if parser.current == close {
            parser.position += 1
            return false
        }
        guard parser.current == UInt8(ascii: ",") else { throw GiveUp() }
        parser.position += 1
        parser.skipWhitespace()
        return true
    }
}
