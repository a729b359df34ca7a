import GazetteCore

/// Picks the benchmark queries from an archive, deterministically: word frequencies come from
/// an evenly spaced sample of at most 2,000 articles, ties are broken alphabetically.
struct QueryPicker {
    /// Most articles whose text is counted.
    static let sampleSize = 2_000

    /// Sample words seen once that are checked against `hitCount` for the rare-word query.
    static let rareCandidates = 100

    /// The queries, in ``BenchmarkQuery/Kind`` order; kinds the archive cannot provide (no CJK
    /// text, no Latin words) are left out and named in `missing`. With `hitCount` (the whole
    /// archive's count of matching articles), the rare word is the one of the first 100 sample
    /// words seen once (alphabetically) that the fewest articles contain.
    static func pick(
        from articles: [Article], hitCount: ((String) -> Int)? = nil
    ) -> (queries: [BenchmarkQuery], missing: [BenchmarkQuery.Kind]) {
        let stride = max(1, articles.count / sampleSize)
        let sample = Swift.stride(from: 0, to: articles.count, by: stride).prefix(sampleSize).map { articles[$0] }
        var tokenizer = Tokenizer()
        var counts: [String: Int] = [:]
        var phrase: [String]?
        var ideographs: String?
        for (offset, article) in sample.enumerated() {
            for paragraph in article.body {
                let tokens = tokenizer.tokens(in: paragraph)
                for token in tokens where isLatinWord(token) { counts[token, default: 0] += 1 }
                if phrase == nil, offset >= sample.count / 2 {
                    phrase = latinRun(in: tokens, length: 3)
                }
                if ideographs == nil { ideographs = ideographPair(in: paragraph) }
            }
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        var queries: [BenchmarkQuery] = []
        var missing: [BenchmarkQuery.Kind] = []
        func add(_ kind: BenchmarkQuery.Kind, _ text: String?) {
            if let text { queries.append(BenchmarkQuery(kind: kind, text: text)) } else { missing.append(kind) }
        }
        add(.commonWord, ranked.first)
        let singletons = counts.filter { $0.value == 1 && $0.key.count >= 5 }.map(\.key).sorted()
        var rare = singletons.first
        if let hitCount {
            let checked = singletons.prefix(rareCandidates).map { (word: $0, hits: hitCount($0)) }
            rare = checked.min { $0.hits != $1.hits ? $0.hits < $1.hits : $0.word < $1.word }?.word ?? rare
        }
        add(.rareWord, rare ?? ranked.last)
        let spread = [9, 99, 999].compactMap { ranked.indices.contains($0) ? ranked[$0] : nil }
        add(.threeWords, spread.count == 3 ? spread.joined(separator: " ") : nil)
        add(.phrase, phrase.map { "\"" + $0.joined(separator: " ") + "\"" })
        let long = ranked.lazy.filter { $0.count >= 6 }.dropFirst(49).first ?? ranked.first { $0.count >= 6 }
        add(.prefix, long.map { String($0.prefix(4)) + "*" })
        add(.cjk, ideographs)
        return (queries, missing)
    }

    /// Letters a–z only, at least three of them.
    private static func isLatinWord(_ token: String) -> Bool {
        token.utf8.count >= 3 && token.utf8.allSatisfy { (0x61...0x7A).contains($0) }
    }

    /// The first `length` consecutive Latin words after the fifth token.
    private static func latinRun(in tokens: [String], length: Int) -> [String]? {
        guard tokens.count >= 5 + length else { return nil }
        for start in 5...(tokens.count - length) {
            let run = Array(tokens[start..<start + length])
            if run.allSatisfy(isLatinWord), Set(run).count == length { return run }
        }
        return nil
    }

    /// The first two consecutive CJK ideographs of a text.
    private static func ideographPair(in text: String) -> String? {
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            let isIdeograph = (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
            if isIdeograph, let first = previous { return String(first) + String(scalar) }
            previous = isIdeograph ? scalar : nil
        }
        return nil
    }
}
