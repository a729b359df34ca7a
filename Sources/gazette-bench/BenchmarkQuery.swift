/// One query `gazette-bench run` times, chosen from the archive itself.
struct BenchmarkQuery {
    /// What the query exercises.
    enum Kind: String, CaseIterable {
        /// The most frequent word of the sample.
        case commonWord = "common word"
        /// A word seen once in the sample, the one of them the fewest articles contain.
        case rareWord = "rare word"
        /// Three words of decreasing frequency, all required.
        case threeWords = "3 words"
        /// Three consecutive words of an article, quoted.
        case phrase = "phrase"
        /// The first four letters of a frequent long word, with `*`.
        case prefix = "prefix"
        /// Two consecutive ideographs of a CJK article (searched as a phrase).
        case cjk = "CJK"
    }

    /// The kind.
    let kind: Kind
    /// The query as a person would type it.
    let text: String
}
