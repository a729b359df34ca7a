import Foundation

/// Maps a range of indices on all cores, in chunks, keeping the order: for output that takes
/// real work per item (decoding an article, finding its snippet) and many items.
enum ParallelMap {
    /// `transform` of each index in `0..<count`, in order; chunks of `chunkSize` indices run
    /// on parallel threads, and below two chunks everything runs on the calling thread.
    static func map<Element>(
        _ count: Int, chunkSize: Int = 512, _ transform: @Sendable (Int) -> Element
    ) -> [Element] {
        let chunks = (count + chunkSize - 1) / max(1, chunkSize)
        guard chunks > 1 else { return (0..<count).map(transform) }
        var parts = [[Element]](repeating: [], count: chunks)
        parts.withUnsafeMutableBufferPointer { buffer in
            // Each chunk writes only its own element of `parts`.
            nonisolated(unsafe) let parts = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let range = chunk * chunkSize..<min(count, (chunk + 1) * chunkSize)
                parts[chunk] = range.map(transform)
            }
        }
        return parts.flatMap { $0 }
    }
}
