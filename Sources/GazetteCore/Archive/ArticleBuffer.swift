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

    /// The articles of all buffers in order, moved out of them (they are left empty).
    static func joined(_ buffers: [ArticleBuffer]) -> [Article] {
        let total = buffers.reduce(0) { $0 + $1.count }
        return [Article](unsafeUninitializedCapacity: total) { destination, initialized in
            guard var cursor = destination.baseAddress else { return }
            for buffer in buffers {
                if let storage = buffer.storage { cursor.moveInitialize(from: storage, count: buffer.count) }
                cursor += buffer.count
                buffer.count = 0
            }
            initialized = total
        }
    }
}
