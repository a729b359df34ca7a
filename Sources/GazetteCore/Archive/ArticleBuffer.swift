import Foundation

/// A growing run of articles in memory it manages itself, so that the runs decoded by
/// different threads become one array by moving their bytes (``joined(_:)``), without
/// copying — retaining and later releasing — every article's strings.
final class ArticleBuffer: @unchecked Sendable {
    /// Articles held.
    private(set) var count = 0
    private var capacity = 0
    private var storage: UnsafeMutablePointer<Article>?

    init() {}

    deinit {
        guard let storage else { return }
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// Adds an article at the end.
    func append(_ article: Article) {
        if count == capacity { grow() }
        guard let storage else { return }
        (storage + count).initialize(to: article)
        count += 1
    }

    /// Doubles the capacity, moving the articles (a plain copy of their bytes).
    private func grow() {
        let larger = max(1_024, capacity * 2)
        let moved = UnsafeMutablePointer<Article>.allocate(capacity: larger)
        if let storage {
            moved.moveInitialize(from: storage, count: count)
            storage.deallocate()
        }
        storage = moved
        capacity = larger
    }

    /// The id of the article at `index` (below ``count``).
    func id(at index: Int) -> ArticleID {
        precondition(index >= 0 && index < count, "no such article")
        guard let storage else { preconditionFailure("no such article") }
        return storage[index].id
    }

    /// The articles of all buffers in order, moved out of them (they are left empty); several
    /// buffers are moved at once, one per thread.
    static func joined(_ buffers: [ArticleBuffer]) -> [Article] {
        // Where each buffer's articles go.
        var starts: [Int] = []
        var total = 0
        for buffer in buffers {
            starts.append(total)
            total += buffer.count
        }
        let firsts = starts
        return [Article](unsafeUninitializedCapacity: total) { destination, initialized in
            guard let base = destination.baseAddress else { return }
            let target = Target(base: base)
            let move: @Sendable (Int) -> Void = { index in
                let buffer = buffers[index]
                if let storage = buffer.storage { (target.base + firsts[index]).moveInitialize(from: storage, count: buffer.count) }
                buffer.count = 0
            }
            if buffers.count == 1 {
                move(0)
            } else {
                DispatchQueue.concurrentPerform(iterations: buffers.count, execute: move)
            }
            initialized = total
        }
    }

    /// Where ``joined(_:)`` moves the articles: each thread writes its own part.
    private struct Target: @unchecked Sendable {
        let base: UnsafeMutablePointer<Article>
    }
}
