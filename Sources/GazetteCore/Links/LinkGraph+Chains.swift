extension LinkGraph {
    /// Splits the articles into reading chains as ``chains`` documents.
    static func makeChains(next: [LinkResolution?], previous: [LinkResolution?]) -> [[Int]] {
        let count = next.count
        var nextTarget = [Int](repeating: -1, count: count)
        var followers = [[Int]](repeating: [], count: count)
        var hasIncoming = [Bool](repeating: false, count: count)
        for article in 0..<count {
            if let target = next[article]?.target {
                nextTarget[article] = target
                hasIncoming[target] = true
            }
            if let target = previous[article]?.target {
                followers[target].append(article)
                hasIncoming[article] = true
            }
        }

        var placed = [Bool](repeating: false, count: count)
        var chains: [[Int]] = []

        func successor(of article: Int) -> Int? {
            let preferred = nextTarget[article]
            if preferred >= 0, !placed[preferred] { return preferred }
            return followers[article].first { !placed[$0] }
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
