import Foundation

/// Runs two independent pieces of work at the same time, one on another thread, and returns
/// both results: for the few steps that split into two halves of similar cost (a large
/// archive's link tables, its next and previous links). Small inputs should call the two
/// closures one after the other instead (a thread costs some microseconds).
enum BothAtOnce {
    /// `first()` and `second()`, run concurrently; both have finished when this returns.
    /// Each closure must touch only what is its own or read-only while both run.
    static func run<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
        var firstResult: First?
        var secondResult: Second?
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                // Each iteration writes only its own result; concurrentPerform returns after both.
                nonisolated(unsafe) let first = first, second = second
                withUnsafeMutablePointer(to: &firstResult) { firstSlot in
                    withUnsafeMutablePointer(to: &secondResult) { secondSlot in
                        nonisolated(unsafe) let firstSlot = firstSlot, secondSlot = secondSlot
                        DispatchQueue.concurrentPerform(iterations: 2) { part in
                            if part == 0 { firstSlot.pointee = first() } else { secondSlot.pointee = second() }
                        }
                    }
                }
            }
        }
        guard let firstResult, let secondResult else { preconditionFailure("concurrentPerform ran both parts") }
        return (firstResult, secondResult)
    }
}
