extension LinkGraph {
    /// Splits the articles into reading chains as ``chains`` documents.
    static func makeChains(next: [LinkResolution?], previous: [LinkResolution?]) -> [[Int]] {
        let count = next.count
        var nextTarget = [Int](repeating: -1, count: count)
        var hasIncoming = [Bool](repeating: false, count: count)
        // The articles whose previous link names each article, in archive order, side by side
        // in one array (no array per article): article `a`'s are
        // `followerList[followerStarts[a]..<followerStarts[a + 1]]`.
        var followerStarts = [Int](repeating: 0, count: count + 1)
        for article in 0..<count {
            if let target = next[article]?.target {
                nextTarget[article] = target
                hasIncoming[target] = true
            }
            if let target = previous[article]?.target {
                followerStarts[target + 1] += 1
                hasIncoming[article] = true
            }
        }
        for article in 0..<count { followerStarts[article + 1] += followerStarts[article] }
        var followerList = [Int](repeating: 0, count: followerStarts[count])
        var filled = followerStarts
        for article in 0..<count {
            if let target = previous[article]?.target {
                followerList[filled[target]] = article
                filled[target] += 1
            }
        }

        var placed = [Bool](repeating: false, count: count)
        var chains: [[Int]] = []

        func successor(of article: Int) -> Int? {
            let preferred = nextTarget[article]
            if preferred >= 0, !placed[preferred] { return preferred }
            return followerList[followerStarts[article]..<followerStarts[article + 1]].first { !placed[$0] }
        }

        func walk(from start: Int) {
            var chain: [Int] = []
            var current: Int? = start
            while let article = current {
                placed[article] = true
                chain.append(article)
                current = successor(of: article)
            }
            chains.append(chain)
        }

        for start in 0..<count where !hasIncoming[start] && !placed[start] {
            walk(from: start)
        }
        for start in 0..<count where !placed[start] {
            walk(from: start)
        }
        return chains
    }
}
