/// Browser-like history of opened articles: going somewhere new after going back drops the
/// forward entries.
public struct ReaderHistory: Hashable, Sendable {
    /// Articles to go back to, oldest first.
    public private(set) var back: [Int] = []
    /// Articles to go forward to, the next one last.
    public private(set) var forward: [Int] = []
    /// The most entries kept on each side.
    public static let limit = 1000

    /// Creates an empty history.
    public init() {}

    /// Creates a history with entries to go `back` to (oldest first) and `forward` to (the
    /// next one last), each cut to ``limit`` entries.
    public init(back: [Int], forward: [Int]) {
        self.back = Array(back.suffix(ReaderHistory.limit))
        self.forward = Array(forward.suffix(ReaderHistory.limit))
    }

    /// Records leaving `current` for a new place.
    public mutating func visit(leaving current: Int) {
        back.append(current)
        if back.count > ReaderHistory.limit { back.removeFirst(back.count - ReaderHistory.limit) }
        forward.removeAll()
    }

    /// The article to show when going back from `current`, or nil when there is none.
    public mutating func goBack(from current: Int) -> Int? {
        guard let target = back.popLast() else { return nil }
        forward.append(current)
        return target
    }

    /// The article to show when going forward from `current`, or nil when there is none.
    public mutating func goForward(from current: Int) -> Int? {
        guard let target = forward.popLast() else { return nil }
        back.append(current)
        return target
    }
}
