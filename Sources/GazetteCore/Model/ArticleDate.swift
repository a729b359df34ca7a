/// An ISO 8601 calendar date, optionally with a time of day and a UTC offset.
///
/// Accepted spellings: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, `YYYY-MM-DDTHH:MM:SS`, with optional
/// fractional seconds and an optional `Z` or `±HH:MM` offset. A space may stand for the `T`.
/// The original spelling is kept so that archives round-trip unchanged.
public struct ArticleDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The date as written in the archive.
    public let text: String
    /// Calendar year.
    public let year: Int
    /// Month, 1–12.
    public let month: Int
    /// Day of the month, 1–31.
    public let day: Int
    /// Hour, minute and second, when the value carries a time.
    public let time: (hour: Int, minute: Int, second: Int)?
    /// Offset from UTC in minutes, when the value carries one.
    public let utcOffsetMinutes: Int?

    /// Parses an ISO 8601 date or date-time; `nil` when the text is not one.
    public init?(_ text: String) {
        var utf8 = text
        guard let fields = utf8.withUTF8({ ArticleDate.fields(of: $0) }) else { return nil }
        self.text = text
        self.year = fields.year
        self.month = fields.month
        self.day = fields.day
        self.time = fields.time
        self.utcOffsetMinutes = fields.offset
    }

    private typealias Fields = (year: Int, month: Int, day: Int, time: (hour: Int, minute: Int, second: Int)?, offset: Int?)

    /// The parts of an ISO 8601 date or date-time spelled in `bytes`; nil when it is not one.
    private static func fields(of bytes: UnsafeBufferPointer<UInt8>) -> Fields? {
        var scanner = DigitScanner(bytes)
        guard let year = scanner.number(digits: 4), scanner.skip("-"),
              let month = scanner.number(digits: 2), scanner.skip("-"),
              let day = scanner.number(digits: 2),
              (1...12).contains(month), (1...ArticleDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        var time: (Int, Int, Int)?
        var offset: Int?
        if !scanner.atEnd {
            guard scanner.skip("T") || scanner.skip("t") || scanner.skip(" "),
                  let hour = scanner.number(digits: 2), scanner.skip(":"),
                  let minute = scanner.number(digits: 2), hour < 24, minute < 60
            else { return nil }
            var second = 0
            if scanner.skip(":") {
                guard let s = scanner.number(digits: 2), s < 61 else { return nil }
                second = s
                if scanner.skip(".") || scanner.skip(",") {
                    guard scanner.skipDigits() else { return nil }
                }
            }
            time = (hour, minute, second)
            if scanner.skip("Z") || scanner.skip("z") {
                offset = 0
            } else if let sign = scanner.sign() {
                guard let oh = scanner.number(digits: 2), oh < 24 else { return nil }
                _ = scanner.skip(":")
                guard let om = scanner.number(digits: 2), om < 60 else { return nil }
                offset = sign * (oh * 60 + om)
            }
            guard scanner.atEnd else { return nil }
        }
        return (year, month, day, time, offset)
    }

    /// The date as written in the archive.
    public var description: String { text }

    /// The calendar day as `YYYY-MM-DD`.
    public var dayText: String {
        String(text.prefix(10))
    }

    /// Minutes since 0000-01-01T00:00 UTC (times without an offset count as UTC; dates without
    /// a time as midnight). Used for ordering.
    public var sortKey: Int64 {
        let days = Int64(ArticleDate.daysFromCivil(year: year, month: month, day: day))
        let minutes = Int64((time?.hour ?? 0) * 60 + (time?.minute ?? 0) - (utcOffsetMinutes ?? 0))
        return days * 1440 + minutes
    }

    /// Chronological order; equal instants are ordered by their spelling.
    public static func < (lhs: ArticleDate, rhs: ArticleDate) -> Bool {
        let (l, r) = (lhs.sortKey, rhs.sortKey)
        if l != r { return l < r }
        let (ls, rs) = (lhs.time?.second ?? 0, rhs.time?.second ?? 0)
        return ls != rs ? ls < rs : lhs.text < rhs.text
    }

    /// Two dates are equal when they were spelled the same.
    public static func == (lhs: ArticleDate, rhs: ArticleDate) -> Bool {
        lhs.text == rhs.text
    }

    /// Hashes the spelling, consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

/// A tiny cursor over ASCII bytes used by ``ArticleDate``.
private struct DigitScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard character.isASCII, position < bytes.count, bytes[position] == UInt8(character.value) else {
            return false
        }
        position += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard position + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[position..<position + digits] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        position += digits
        return value
    }

    mutating func skipDigits() -> Bool {
        let start = position
        while position < bytes.count, (48...57).contains(bytes[position]) { position += 1 }
        return position > start
    }

    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }
}
