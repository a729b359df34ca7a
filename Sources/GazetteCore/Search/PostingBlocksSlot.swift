import Foundation

/// Where an index keeps its ``PostingBlocks`` once they are made: a fresh build is ready
/// before them (they take a pass over every long posting list), so they arrive later, once,
/// from whichever thread makes them; queries read what is there when they start, and give
/// the same hits either way, only faster with blocks.
final class PostingBlocksSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: PostingBlocks?

    /// The blocks, when made.
    var blocks: PostingBlocks? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    /// The blocks, made now with `make` if they were not there yet (by one caller at a time).
    func blocks(orMake make: () -> PostingBlocks) -> PostingBlocks {
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        let made = make()
        stored = made
        return made
    }
}
