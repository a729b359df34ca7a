/// Accumulates postings article by article for ``SearchIndex``.
///
/// Positions: the title's tokens come first; the body starts after a gap, and each
/// paragraph after another, so a phrase never spans the title and the body or two paragraphs.
struct SearchIndexBuilder {
    var termIDs: [String: UInt32] = [:]
    var postings: [Postings] = []
    var titleLengths: [UInt32] = []
    var bodyLengths: [UInt32] = []
    private var tokenizer = Tokenizer()
    private var occurrences: [(term: UInt32, position: UInt32)] = []

    init(capacity: Int) {
        titleLengths.reserveCapacity(capacity)
        bodyLengths.reserveCapacity(capacity)
    }

    mutating func add(_ article: Article) {
        let document = UInt32(titleLengths.count)
        occurrences.removeAll(keepingCapacity: true)
        var position: UInt32 = 0
        tokenize(article.title, position: &position)
        let titleLength = position
        position += 1
        for paragraph in article.body {
            tokenize(paragraph, position: &position)
            position += 1
        }
        titleLengths.append(titleLength)
        bodyLengths.append(UInt32(occurrences.count) - titleLength)
        occurrences.sort { $0.term != $1.term ? $0.term < $1.term : $0.position < $1.position }
        var start = 0
        while start < occurrences.count {
            let term = Int(occurrences[start].term)
            var end = start
            var inTitle = 0
            while end < occurrences.count && Int(occurrences[end].term) == term {
                if occurrences[end].position < titleLength { inTitle += 1 }
                postings[term].positions.append(occurrences[end].position)
                end += 1
            }
            postings[term].documents.append(document)
            postings[term].titleFrequencies.append(UInt16(clamping: inTitle))
            postings[term].bodyFrequencies.append(UInt32(end - start - inTitle))
            postings[term].positionStarts.append(UInt32(postings[term].positions.count))
            start = end
        }
    }

    private mutating func tokenize(_ text: String, position: inout UInt32) {
        var found = tokenTexts
        found.removeAll(keepingCapacity: true)
        tokenizer.forEachTokenBytes(in: text) { bytes, _ in found.append(String(decoding: bytes, as: UTF8.self)) }
        for token in found {
            occurrences.append((term: id(for: token), position: position))
            position &+= 1
        }
        tokenTexts = found
    }

    private var tokenTexts: [String] = []

    private mutating func id(for term: String) -> UInt32 {
        if let id = termIDs[term] { return id }
        let id = UInt32(postings.count)
        termIDs[term] = id
        postings.append(Postings())
        return id
    }
}
