extension CompactPostings {
    /// Whether the layout is safe to read with ``PostingReader``: one start per term and one
    /// per article, increasing from 0 to their stream's size, and each non-empty term stream
    /// and article block ending with the last byte of a number (below 0x80), so no number runs
    /// past its term or its article.
    ///
    /// Checked when a persisted index is loaded; it costs one pass over the terms and the
    /// articles, not over the postings (the readers check the rest as they go).
    func isWellFormed(termCount: Int, articleCount: Int) -> Bool {
        guard documentCounts.count == termCount, documentStarts.count == termCount + 1,
              positionBlockStarts.count == articleCount + 1 else { return false }
        return Self.endsWell(documentBytes, starts: documentStarts) && Self.endsWell(positionBytes, starts: positionBlockStarts)
    }

    private static func endsWell(_ bytes: [UInt8], starts: [Int]) -> Bool {
        guard starts.first == 0, starts.last == bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                for term in 1..<starts.count {
                    let lower = starts[term - 1], upper = starts[term]
                    guard lower <= upper else { return false }
                    if upper > lower && bytes[upper - 1] >= 0x80 { return false }
                }
                return true
            }
        }
    }
}
