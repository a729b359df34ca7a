/// Counts, token by token, how often each clause of a query matches in one article's title
/// and in its body: the frequencies the index's postings hold for the clause (``SearchScan``).
///
/// A term counts its tokens, a prefix the tokens starting with it (what the index sums over
/// the terms the prefix expands to), a phrase the tokens where it ends (a phrase that repeats
/// a word can overlap itself, as in the index). Tokens are compared packed
/// (``PackedToken``): nearly every token is, and nearly every token matches nothing. A token
/// costs the same whatever the query's length: its word and prefixes are looked up in hash
/// tables once the query has more than a few, and only the clauses using them are updated.
struct ClauseCounter {
    /// A phrase's words (indices into the distinct words) and where its state starts in
    /// `phraseAlive`.
    private struct Phrase {
        var words: [Int]
        var state: Int
    }

    /// What a token that is a given word (or has a given prefix) changes: a clause it counts
    /// for, or a phrase (by index into `phrases`) it may advance.
    private enum Effect {
        case count(clause: Int)
        case phrase(Int, clause: Int)
    }

    /// The distinct words of the terms and phrases: as bytes, and packed (all zero when too
    /// long to pack), with a table from packed word to index once there are many.
    private let words: [[UInt8]]
    private let packedWords: [PackedToken]
    private let wordTable: PackedTable?
    private let wordEffects: [[Effect]]
    /// The prefixes as bytes; per length of those that pack, the packed prefixes, with a
    /// table from packed prefix to index once there are many.
    private let prefixes: [[UInt8]]
    private let prefixGroups: [PrefixGroup]
    private let longPrefixes: [Int]
    private let prefixClauses: [Int]
    private var phrases: [Phrase]
    /// Per phrase word `k` (after the phrase's start in it): true when the tokens up to the
    /// phrase's `phrasePositions` entry end with the phrase's first `k + 1` words.
    private var phraseAlive: [Bool]
    private var phrasePositions: [Int]
    /// The current token's position: consecutive within a run of text, with a gap after
    /// each run, so a phrase state left from an earlier token is seen to be stale.
    private var position = 0

    /// Per clause of the query: its matches in the current article's title and body.
    private(set) var titleCounts: [UInt32]
    private(set) var bodyCounts: [UInt32]
    /// The clauses that matched in the current article, each once: an article costs its
    /// matches, not the query's length.
    private(set) var matchedClauses: [Int] = []
    /// The current article's tokens in its title and in its body.
    private(set) var titleTokens: UInt32 = 0
    private(set) var bodyTokens: UInt32 = 0
    /// Whether tokens are counted in the title (else in the body).
    var inTitle = true

    /// Above this many words or prefixes of one length, tokens are looked up in a table
    /// instead of compared with each.
    static let linearLimit = 4

    /// A counter for the clauses of `query`, in their order.
    init(_ query: SearchQuery) {
        var words: [[UInt8]] = []
        var wordIndices: [[UInt8]: Int] = [:]
        var wordEffects: [[Effect]] = []
        var prefixes: [[UInt8]] = []
        var prefixClauses: [Int] = []
        var phrases: [Phrase] = []
        var stateCount = 0
        func word(_ text: String) -> Int {
            let bytes = Array(text.utf8)
            if let index = wordIndices[bytes] { return index }
            wordIndices[bytes] = words.count
            words.append(bytes)
            wordEffects.append([])
            return words.count - 1
        }
        for (clause, kind) in query.clauses.enumerated() {
            switch kind {
            case .term(let term):
                wordEffects[word(term)].append(.count(clause: clause))
            case .prefix(let prefix):
                prefixes.append(Array(prefix.utf8))
                prefixClauses.append(clause)
            case .phrase(let phrase):
                let indices = phrase.map(word)
                for index in Set(indices) { wordEffects[index].append(.phrase(phrases.count, clause: clause)) }
                phrases.append(Phrase(words: indices, state: stateCount))
                stateCount += indices.count
            }
        }
        self.words = words
        self.wordEffects = wordEffects
        packedWords = words.map { word in
            word.withUnsafeBufferPointer { PackedToken($0) } ?? PackedToken(low: 0, high: 0)
        }
        wordTable = words.count > ClauseCounter.linearLimit ? PackedTable(packedWords) : nil
        self.prefixes = prefixes
        self.prefixClauses = prefixClauses
        var groups: [PrefixGroup] = []
        for length in 1...PackedToken.capacity {
            let members = prefixes.indices.filter { prefixes[$0].count == length }
            if !members.isEmpty { groups.append(PrefixGroup(length: length, members: members, prefixes: prefixes)) }
        }
        prefixGroups = groups
        longPrefixes = prefixes.indices.filter { prefixes[$0].count > PackedToken.capacity }
        self.phrases = phrases
        phraseAlive = [Bool](repeating: false, count: stateCount)
        phrasePositions = [Int](repeating: -2, count: phrases.count)
        titleCounts = [UInt32](repeating: 0, count: query.clauses.count)
        bodyCounts = titleCounts
    }

    /// Starts a new article: counts back to zero, in its title.
    mutating func startArticle() {
        for clause in matchedClauses {
            titleCounts[clause] = 0
            bodyCounts[clause] = 0
        }
        matchedClauses.removeAll(keepingCapacity: true)
        titleTokens = 0
        bodyTokens = 0
        inTitle = true
        breakPhrases()
    }

    /// Ends a run of consecutive text (the title, a paragraph): no phrase spans it.
    mutating func breakPhrases() {
        position += 1
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
        position += 1
        if let wordTable {
            if let word = wordTable.index(of: token) { apply(word: word) }
        } else {
            for index in packedWords.indices where packedWords[index] == token {
                apply(word: index)
                break
            }
        }
        for group in prefixGroups {
            if let member = group.match(token) { countMatch(prefixClauses[member]) }
        }
    }

    /// Counts the next token, as folded bytes.
    mutating func count(bytes token: UnsafeBufferPointer<UInt8>) {
        if let packed = PackedToken(token) {
            count(packed)
            return
        }
        // Longer than 16 bytes: a long word, a packable prefix of it, or a long prefix.
        if inTitle { titleTokens += 1 } else { bodyTokens += 1 }
        position += 1
        if let word = words.indices.first(where: { words[$0].count == token.count && words[$0].elementsEqual(token) }) {
            apply(word: word)
        }
        for group in prefixGroups {
            let head = PackedToken(UnsafeBufferPointer(rebasing: token[0..<group.length])) ?? PackedToken(low: 0, high: 0)
            if let member = group.match(head) { countMatch(prefixClauses[member]) }
        }
        for member in longPrefixes {
            let prefix = prefixes[member]
            if prefix.count <= token.count && prefix.elementsEqual(UnsafeBufferPointer(rebasing: token[0..<prefix.count])) {
                countMatch(prefixClauses[member])
            }
        }
    }

    /// Applies what the current token, distinct word `word` of the query, changes.
    private mutating func apply(word: Int) {
        for effect in wordEffects[word] {
            switch effect {
            case .count(let clause):
                countMatch(clause)
            case .phrase(let index, let clause):
                advance(phrase: index, clause: clause, word: word)
            }
        }
    }

    /// Moves a phrase's state to the current token, distinct word `token` (one of the
    /// phrase's words).
    private mutating func advance(phrase index: Int, clause: Int, word token: Int) {
        let phrase = phrases[index]
        let continues = phrasePositions[index] == position - 1
        // Longest first, so each step reads the previous token's state.
        var k = phrase.words.count - 1
        while k > 0 {
            phraseAlive[phrase.state + k] = continues && phraseAlive[phrase.state + k - 1] && phrase.words[k] == token
            k -= 1
        }
        phraseAlive[phrase.state] = phrase.words[0] == token
        phrasePositions[index] = position
        if phraseAlive[phrase.state + phrase.words.count - 1] { countMatch(clause) }
    }

    @inline(__always)
    private mutating func countMatch(_ clause: Int) {
        if titleCounts[clause] == 0 && bodyCounts[clause] == 0 { matchedClauses.append(clause) }
        if inTitle { titleCounts[clause] += 1 } else { bodyCounts[clause] += 1 }
    }
}
