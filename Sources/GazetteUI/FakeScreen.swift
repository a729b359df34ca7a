/// A scripted ``Screen`` for tests and benchmarks: it hands out queued events and keeps every
/// grid presented. When the script runs out it reports no more events.
public final class FakeScreen: Screen {
    /// The current size (a `.resize` event changes it as it is delivered).
    public private(set) var size: Size
    /// Every grid presented, oldest first.
    public private(set) var frames: [CellGrid] = []
    private var events: [KeyEvent]
    private var nextEventIndex = 0
    /// Whether to keep every frame (benchmarks keep only the last).
    public var keepsAllFrames: Bool

    /// Creates a screen of a size with scripted events.
    public init(size: Size, events: [KeyEvent] = [], keepsAllFrames: Bool = true) {
        self.size = size
        self.events = events
        self.keepsAllFrames = keepsAllFrames
    }

    /// Queues more events.
    public func enqueue(_ more: [KeyEvent]) {
        events.append(contentsOf: more)
    }

    /// The most recent grid.
    public var lastFrame: CellGrid? { frames.last }

    /// Records the grid.
    public func present(_ grid: CellGrid) throws {
        if keepsAllFrames || frames.isEmpty {
            frames.append(grid)
        } else {
            frames[frames.count - 1] = grid
        }
    }

    /// The next scripted event, or nil when none are left.
    public func nextEvent(timeoutMilliseconds: Int?) throws -> KeyEvent? {
        guard nextEventIndex < events.count else { return nil }
        let event = events[nextEventIndex]
        nextEventIndex += 1
        if case .resize(let newSize) = event { size = newSize }
        return event
    }
}
