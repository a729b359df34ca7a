/// Counts, token by token, how often each clause of a query matches in one article's title
/// and in its body: the frequencies the index's postings hold for the clause (``SearchScan``).
///
/// A term counts its tokens, a prefix the tokens starting with it (what the index sums over
/// the terms the prefix expands to), a phrase the tokens where it ends (a phrase that repeats
/// a word can overlap itself, as in the index). Tokens are compared packed
/// (``PackedToken``): nearly every token is, and nearly every token matches nothing.
struct ClauseCounter {
    /// What a clause needs of a token: indices into the distinct words and the prefixes.
    private enum Rule {
        case term(word: Int)
        case prefix(Int)
        /// The words in order, and where the phrase's state starts in `phraseState`.
        case phrase(words: [Int], state: Int)
    }

    private let rules: [Rule]
    /// The distinct words of the terms and phrases: packed (all zero when too long to pack),
    /// and as bytes.
    private let packedWords: [PackedToken]
    private let words: [[UInt8]]
    /// The prefixes as bytes, and packed with the masks that keep a token's first bytes.
    private let prefixes: [[UInt8]]
    private let packedPrefixes: [(prefix: PackedToken, low: UInt64, high: UInt64)]
    /// Per phrase word `k` (after the phrase's start in it): true when the last `k + 1`
    /// tokens are the phrase's first `k + 1` words.
    private var phraseState: [Bool]
    private var phraseStateIsClear = true
    /// Scratch: which prefixes the current token starts with.
    private var prefixMatched: [Bool]

    /// Per clause of the query: its matches in the current article's title and body.
    private(set) var titleCounts: [UInt32]
    private(set) var bodyCounts: [UInt32]
    /// The current article's tokens in its title and in its body.
    private(set) var titleTokens: UInt32 = 0
    private(set) var bodyTokens: UInt32 = 0
    /// Whether tokens are counted in the title (else in the body).
    var inTitle = true

    /// A counter for the clauses of `query`, in their order.
    init(_ query: SearchQuery) {
        var words: [[UInt8]] = []
        var prefixes: [[UInt8]] = []
        var stateCount = 0
        func word(_ text: String) -> Int {
            let bytes = Array(text.utf8)
            if let index = words.firstIndex(of: bytes) { return index }
            words.append(bytes)
            return words.count - 1
        }
        rules = query.clauses.map { clause in
            switch clause {
            case .term(let term):
                return .term(word: word(term))
            case .prefix(let prefix):
                prefixes.append(Array(prefix.utf8))
                return .prefix(prefixes.count - 1)
            case .phrase(let phrase):
                let rule = Rule.phrase(words: phrase.map(word), state: stateCount)
                stateCount += phrase.count
                return rule
            }
        }
        self.words = words
        self.prefixes = prefixes
        packedWords = words.map { word in
            word.withUnsafeBufferPointer { PackedToken($0) } ?? PackedToken(low: 0, high: 0)
        }
        packedPrefixes = prefixes.map { prefix in
            let count = prefix.count
            let packed = prefix.prefix(PackedToken.capacity).withUnsafeBufferPointer { PackedToken($0) }
                ?? PackedToken(low: 0, high: 0)
            let low: UInt64 = count >= 8 ? .max : (1 << (UInt64(count) << 3)) - 1
            let high: UInt64 = count >= 16 ? .max : count <= 8 ? 0 : (1 << (UInt64(count - 8) << 3)) - 1
            return (packed, low, high)
        }
        phraseState = [Bool](repeating: false, count: stateCount)
        prefixMatched = [Bool](repeating: false, count: prefixes.count)
        titleCounts = [UInt32](repeating: 0, count: rules.count)
        bodyCounts = titleCounts
    }

    /// Starts a new article: counts back to zero, in its title.
    mutating func startArticle() {
        for index in rules.indices {
            titleCounts[index] = 0
            bodyCounts[index] = 0
        }
        titleTokens = 0
        bodyTokens = 0
        inTitle = true
        breakPhrases()
    }

    /// Ends a run of consecutive tokens (the title, a paragraph): no phrase spans it.
    mutating func breakPhrases() {
        guard !phraseStateIsClear else { return }
        for index in phraseState.indices { phraseState[index] = false }
        phraseStateIsClear = true
    }

    /// Counts the tokens of a run of consecutive text (the title, a paragraph), then breaks
    /// the phrases.
    mutating func count(inUTF8 text: UnsafeBufferPointer<UInt8>, with tokenizer: inout Tokenizer) {
        tokenizer.forEachToken(inUTF8: text, packed: { count($0) }, unpacked: { count(bytes: $0) })
        breakPhrases()
    }

    /// Counts the next token, packed.
    @inline(__always)
    mutating func count(_ token: PackedToken) {
        if inTitle { titleTokens += 1 } else { bodyTokens += 1 }
        var word = -1
        for index in packedWords.indices where packedWords[index] == token {
            word = index
            break
        }
        var anyPrefix = false
        for index in packedPrefixes.indices {
            let (prefix, low, high) = packedPrefixes[index]
            // A prefix longer than 16 bytes never packs whole: no packed token starts with it.
            let matched = prefixes[index].count <= PackedToken.capacity
                && token.low & low == prefix.low && token.high & high == prefix.high
            prefixMatched[index] = matched
            anyPrefix = anyPrefix || matched
        }
        record(word: word, anyPrefix: anyPrefix)
    }

    /// Counts the next token, as folded bytes.
    mutating func count(bytes token: UnsafeBufferPointer<UInt8>) {
        if let packed = PackedToken(token) {
            count(packed)
            return
        }
        if inTitle { titleTokens += 1 } else { bodyTokens += 1 }
        var word = -1
        for index in words.indices where words[index].count == token.count && words[index].elementsEqual(token) {
            word = index
            break
        }
        var anyPrefix = false
        for index in prefixes.indices {
            let prefix = prefixes[index]
            let matched = prefix.count <= token.count && prefix.elementsEqual(UnsafeBufferPointer(rebasing: token[0..<prefix.count]))
            prefixMatched[index] = matched
            anyPrefix = anyPrefix || matched
        }
        record(word: word, anyPrefix: anyPrefix)
    }

    /// Updates the clauses for a token that is distinct word `word` (-1: none of them).
    @inline(__always)
    private mutating func record(word: Int, anyPrefix: Bool) {
        if word < 0 && !anyPrefix {
            breakPhrases()
            return
        }
        for index in rules.indices {
            switch rules[index] {
            case .term(let term):
                if term == word { countMatch(index) }
            case .prefix(let prefix):
                if prefixMatched[prefix] { countMatch(index) }
            case .phrase(let phrase, let state):
                // Longest first, so each step reads the previous token's state.
                var k = phrase.count - 1
                while k > 0 {
                    phraseState[state + k] = phraseState[state + k - 1] && phrase[k] == word
                    k -= 1
                }
                phraseState[state] = phrase[0] == word
                if phraseState[state + phrase.count - 1] { countMatch(index) }
                phraseStateIsClear = false
            }
        }
    }

    @inline(__always)
    private mutating func countMatch(_ clause: Int) {
        if inTitle { titleCounts[clause] += 1 } else { bodyCounts[clause] += 1 }
    }
}
