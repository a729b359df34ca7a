/// Article indices by a key, with the rare duplicates kept apart so unique keys cost no array.
struct IndexTable<Key: Hashable> {
    /// What a lookup found.
    enum Match: Equatable {
        case none
        case unique(Int)
        case several([Int])
    }

    private var first: [Key: Int] = [:]
    private var others: [Key: [Int]] = [:]

    mutating func insert(_ key: Key, _ index: Int) {
        if first[key] == nil {
            first[key] = index
        } else {
            others[key, default: []].append(index)
        }
    }

    func lookup(_ key: Key) -> Match {
        guard let index = first[key] else { return .none }
        guard let more = others[key] else { return .unique(index) }
        return .several([index] + more)
    }
}
