import GazetteCore

/// A mixed, deterministic query set drawn from the archive itself.
struct QuerySet {
    let queries: [(kind: String, query: String)]

    init(archive: Archive) {
        var tokenizer = Tokenizer()
        var counts: [String: Int] = [:]
        var cjk: String?
        var phrase: String?
        for article in archive.articles.prefix(2000) {
            for paragraph in article.body.prefix(2) {
                let tokens = tokenizer.tokens(in: paragraph)
                for token in tokens where token.unicodeScalars.first.map({ $0.value < 0x3000 }) ?? false {
                    counts[token, default: 0] += 1
                }
                if cjk == nil, let first = tokens.first, first.unicodeScalars.first.map({ $0.value >= 0x3000 }) ?? false,
                   tokens.count > 2 {
                    cjk = tokens.prefix(2).joined()
                }
                if phrase == nil, tokens.count > 4, tokens[1].unicodeScalars.first.map({ $0.value < 0x3000 }) ?? false {
                    phrase = "\"\(tokens[1]) \(tokens[2])\""
                }
            }
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        let common = ranked.first ?? "the"
        let rare = ranked.last(where: { counts[$0] == 2 }) ?? ranked.last ?? "zzz"
        let three = ranked.count > 30 ? "\(ranked[10]) \(ranked[20]) \(ranked[30])" : common
        let prefix = String(ranked.dropFirst(5).first?.prefix(3) ?? "a") + "*"
        queries = [
            ("common word", common), ("rare word", rare), ("3 words", three),
            ("phrase", phrase ?? "\"\(common) \(common)\""), ("prefix", prefix), ("CJK", cjk ?? "北京"),
        ]
    }
}
