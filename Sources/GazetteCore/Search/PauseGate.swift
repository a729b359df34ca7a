import Foundation

/// Lets one thread hold other threads' work at their next check point until it lets them
/// go on: how a reader gives all cores to a search scan while its index builds.
final class PauseGate: @unchecked Sendable {
    private let condition = NSCondition()
    private var paused = false

    /// Holds (true) or releases (false) the threads that check the gate.
    func setPaused(_ paused: Bool) {
        condition.lock()
        self.paused = paused
        if !paused { condition.broadcast() }
        condition.unlock()
    }

    /// Returns at once unless the gate is held; then waits until it is released.
    func waitWhilePaused() {
        condition.lock()
        while paused { condition.wait() }
        condition.unlock()
    }
}
