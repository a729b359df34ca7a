/// The occurrences of one term: the articles holding it, in archive order, with per-field
/// frequencies and token positions (title tokens first, then the body's).
struct Postings: Sendable {
    var documents: [UInt32] = []
    var titleFrequencies: [UInt16] = []
    var bodyFrequencies: [UInt32] = []
    /// `positions[positionStarts[i]..<positionStarts[i + 1]]` belong to `documents[i]`.
    var positionStarts: [UInt32] = [0]
    var positions: [UInt32] = []

    func positions(at posting: Int) -> ArraySlice<UInt32> {
        positions[Int(positionStarts[posting])..<Int(positionStarts[posting + 1])]
    }
}

/// Per-article frequencies of one query clause, sorted by article.
struct ClauseMatches {
    var documents: [UInt32] = []
    var titleFrequencies: [Double] = []
    var bodyFrequencies: [Double] = []

    var count: Int { documents.count }
}
