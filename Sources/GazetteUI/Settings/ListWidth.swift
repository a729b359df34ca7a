/// How wide the list pane is when both panes are shown: a share of the terminal or a fixed
/// number of columns (either way at least 16 columns, leaving the article at least 30).
public enum ListWidth: Hashable, Sendable {
    /// A percentage of the terminal width.
    case percent(Int)
    /// A number of columns.
    case columns(Int)

    /// The default: a third of the terminal.
    public static let standard = ListWidth.percent(34)

    /// Accepted percentages.
    public static let percentRange = 15...70
    /// Accepted column counts.
    public static let columnRange = 16...400

    /// Parses `"40%"` (a percentage) or `"40"` (columns); `nil` when out of range or not a number.
    public init?(configValue text: String) {
        if text.hasSuffix("%") {
            guard let value = Int(text.dropLast()), Self.percentRange.contains(value) else { return nil }
            self = .percent(value)
        } else {
            guard let value = Int(text), Self.columnRange.contains(value) else { return nil }
            self = .columns(value)
        }
    }

    /// The configuration spelling.
    public var configValue: String {
        switch self {
        case .percent(let value): "\(value)%"
        case .columns(let value): "\(value)"
        }
    }

    /// The width one step wider (`by` 1) or narrower (-1): 5 percent or 4 columns, clamped.
    public func stepped(by direction: Int) -> ListWidth {
        switch self {
        case .percent(let value):
            .percent(min(Self.percentRange.upperBound, max(Self.percentRange.lowerBound, value + 5 * direction)))
        case .columns(let value):
            .columns(min(Self.columnRange.upperBound, max(Self.columnRange.lowerBound, value + 4 * direction)))
        }
    }

    /// The list pane's columns in a terminal `totalWidth` wide (two-pane layouts only).
    public func columns(inTotal totalWidth: Int) -> Int {
        let wanted: Int
        switch self {
        case .percent(let value): wanted = totalWidth * value / 100
        case .columns(let value): wanted = value
        }
        return min(max(16, wanted), totalWidth - 31)
    }
}
