import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fixed-size byte chunks mapped straight from the kernel (anonymous `mmap`), for
/// ``PostingPool``.
///
/// The index build allocates a few hundred MB of posting chunks and frees each shard's as
/// soon as the merge has copied it; chunks from `malloc` would often stay in the allocator's
/// heap after that, still counted in the process's memory. Unmapped chunks go back at once.
/// Fresh pages read as zero and cost nothing until written.
final class PageChunks {
    let chunkSize: Int
    /// Only its owner's pool reads and grows it, from one thread: the dynamic exclusivity
    /// check of a class property would cost a runtime call on every posting append.
    @exclusivity(unchecked) private var chunks: [UnsafeMutablePointer<UInt8>] = []

    /// Creates an empty list of `chunkSize`-byte chunks.
    init(chunkSize: Int) {
        self.chunkSize = chunkSize
    }

    deinit {
        for (index, chunk) in chunks.enumerated() where !released.contains(index) {
            free(chunk)
        }
    }

    /// Gives chunk `index` back to the system at once (its bytes must not be read again).
    func release(_ index: Int) {
        guard released.insert(index).inserted else { return }
        free(chunks[index])
    }

    private func free(_ chunk: UnsafeMutablePointer<UInt8>) {
        if fallbacks.contains(chunk) { chunk.deallocate() } else { _ = munmap(UnsafeMutableRawPointer(chunk), chunkSize) }
    }

    /// Number of chunks.
    var count: Int { chunks.count }

    /// Chunk `index`'s bytes.
    @inline(__always)
    subscript(index: Int) -> UnsafeMutablePointer<UInt8> { chunks[index] }

    /// Adds a zeroed chunk.
    func append() {
        let address = mmap(nil, chunkSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        if let address, address != MAP_FAILED {
            chunks.append(address.assumingMemoryBound(to: UInt8.self))
        } else {
            // No address space left for a mapping: fall back to the allocator.
            let memory = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
            memory.initialize(repeating: 0, count: chunkSize)
            chunks.append(memory)
            fallbacks.insert(memory)
        }
    }

    /// A copy with the same bytes (for copy-on-write).
    func copy() -> PageChunks {
        let copy = PageChunks(chunkSize: chunkSize)
        for (index, chunk) in chunks.enumerated() {
            copy.append()
            if released.contains(index) { copy.release(index) } else { copy.chunks[copy.count - 1].update(from: chunk, count: chunkSize) }
        }
        return copy
    }

    /// Chunks that came from the allocator, not `mmap`.
    private var fallbacks: Set<UnsafeMutablePointer<UInt8>> = []
    /// Chunks already given back (``release(_:)``).
    private var released: Set<Int> = []
}
