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

    /// The blocks, made now with `make` if they were not there yet. They are made outside
    /// the lock, so queries reading ``blocks`` meanwhile never wait for them; were two callers
    /// to make them at once, the first stored wins.
    func blocks(orMake make: () -> PostingBlocks) -> PostingBlocks {
        if let existing = blocks { return existing }
        let made = make()
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        stored = made
        return made
    }
}
