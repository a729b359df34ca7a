import GazetteCore

/// How the article list shows dates.
///
/// `iso` is `2024-03-09`; `short` is `9 Mar 24`; a pattern is text with `%` directives:
/// `%Y` year, `%y` two-digit year, `%m` month 01–12, `%d` day 01–31, `%e` day without a
/// leading zero, `%b` month abbreviation (`Mar`), `%B` month name (`March`), `%%` a percent sign.
public enum DateFormat: Hashable, Sendable {
    /// `2024-03-09`.
    case iso
    /// `9 Mar 24`.
    case short
    /// A `%` pattern (already validated).
    case pattern(String)

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// Parses `iso`, `short` or a pattern; throws a one-line message for an unknown directive,
    /// an empty pattern or one with control characters.
    public init(configValue text: String) throws(ConfigProblem) {
        switch text {
        case "iso": self = .iso
        case "short": self = .short
        default:
            guard !text.isEmpty else { throw ConfigProblem(line: 0, message: "date-format is empty") }
            guard !text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
                throw ConfigProblem(line: 0, message: "date-format contains a control character")
            }
            var characters = text.makeIterator()
            while let character = characters.next() {
                guard character == "%" else { continue }
                guard let directive = characters.next() else {
                    throw ConfigProblem(line: 0, message: "date-format ends with a lone '%'")
                }
                guard "YymdebB%".contains(directive) else {
                    throw ConfigProblem(line: 0, message: "date-format has unknown directive '%\(directive)' (use %Y %y %m %d %e %b %B %%)")
                }
            }
            self = .pattern(text)
        }
    }

    /// The configuration spelling.
    public var configValue: String {
        switch self {
        case .iso: "iso"
        case .short: "short"
        case .pattern(let pattern): pattern
        }
    }

    /// The date as text.
    public func format(_ date: ArticleDate) -> String {
        switch self {
        case .iso: return date.dayText
        case .short: return Self.expand("%e %b %y", date)
        case .pattern(let pattern): return Self.expand(pattern, date)
        }
    }

    /// The widest text this format gives (for the list's date column).
    public var columnWidth: Int {
        guard self != .iso else { return 10 }
        return (1...12).compactMap { month -> Int? in
            let day = month == 2 ? 28 : 30
            let text = "2000-" + (month < 10 ? "0" : "") + "\(month)-\(day)"
            return ArticleDate(text).map { DisplayWidth.of(format($0)) }
        }.max() ?? 10
    }

    private static func expand(_ pattern: String, _ date: ArticleDate) -> String {
        var output = ""
        var characters = pattern.makeIterator()
        while let character = characters.next() {
            guard character == "%", let directive = characters.next() else {
                output.append(character)
                continue
            }
            switch directive {
            case "Y": output += "\(date.year)"
            case "y": output += twoDigits(date.year % 100)
            case "m": output += twoDigits(date.month)
            case "d": output += twoDigits(date.day)
            case "e": output += "\(date.day)"
            case "b": output += String(monthNames[date.month - 1].prefix(3))
            case "B": output += monthNames[date.month - 1]
            default: output.append(directive)
            }
        }
        return output
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
