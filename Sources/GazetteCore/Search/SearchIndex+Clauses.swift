extension SearchIndex {
    /// Per-article frequencies of one clause.
    func matches(for clause: SearchQuery.Clause) -> ClauseMatches {
        switch clause {
        case .term(let term):
            guard let id = terms.id(of: term) else { return ClauseMatches() }
            return termMatches(id)
        case .prefix(let prefix):
            let ids = termIDs(withPrefix: prefix)
            if ids.count == 1 { return termMatches(ids[0]) }
            return union(ids)
        case .phrase(let words):
            var ids: [UInt32] = []
            for word in words {
                guard let id = terms.id(of: word) else { return ClauseMatches() }
                ids.append(id)
            }
            return phraseMatches(ids)
        }
    }

    private func termMatches(_ term: UInt32) -> ClauseMatches {
        postings.withReader(term) { reader in
            var result = ClauseMatches()
            result.documents.reserveCapacity(reader.count)
            result.titleFrequencies.reserveCapacity(reader.count)
            result.bodyFrequencies.reserveCapacity(reader.count)
            reader.forEachRecord { document, title, body in
                result.documents.append(document)
                result.titleFrequencies.append(Double(title))
                result.bodyFrequencies.append(Double(body))
            }
            return result
        }
    }

    /// Ids of every term starting with `prefix`, found by binary search in the sorted terms.
    func termIDs(withPrefix prefix: String) -> [UInt32] {
        var key = prefix
        return key.withUTF8 { key in
            var low = 0, high = sortedTermIDs.count
            while low < high {
                let mid = (low + high) / 2
                if terms.withTerm(sortedTermIDs[mid], { $0.lexicographicallyPrecedes(key) }) { low = mid + 1 } else { high = mid }
            }
            var ids: [UInt32] = []
            var index = low
            while index < sortedTermIDs.count, terms.withTerm(sortedTermIDs[index], { $0.starts(with: key) }) {
                ids.append(sortedTermIDs[index])
                index += 1
            }
            return ids
        }
    }

    /// Sums the frequencies of several terms per article (dense accumulators: no hashing).
    private func union(_ ids: [UInt32]) -> ClauseMatches {
        var title = [Double](repeating: 0, count: articleCount)
        var body = [Double](repeating: 0, count: articleCount)
        var seen = [Bool](repeating: false, count: articleCount)
        var total = 0
        for id in ids {
            postings.withReader(id) { reader in
                reader.forEachRecord { document, titleFrequency, bodyFrequency in
                    let document = Int(document)
                    if !seen[document] { seen[document] = true; total += 1 }
                    title[document] += Double(titleFrequency)
                    body[document] += Double(bodyFrequency)
                }
            }
        }
        var result = ClauseMatches()
        result.documents.reserveCapacity(total)
        result.titleFrequencies.reserveCapacity(total)
        result.bodyFrequencies.reserveCapacity(total)
        for document in seen.indices where seen[document] {
            result.documents.append(UInt32(document))
            result.titleFrequencies.append(title[document])
            result.bodyFrequencies.append(body[document])
        }
        return result
    }

    /// Articles where the terms' tokens stand at consecutive positions.
    private func phraseMatches(_ ids: [UInt32]) -> ClauseMatches {
        var result = ClauseMatches()
        guard !ids.isEmpty else { return result }
        return postings.withReaders(ids) { readers in
            var current = [UInt32](repeating: 0, count: ids.count)
            var exhausted = false
            for k in readers.indices {
                guard let record = readers[k].next() else { return result }
                current[k] = record.document
            }
            var firstPositions: [UInt32] = []
            var otherPositions: [[UInt32]] = Array(repeating: [], count: ids.count)
            while !exhausted {
                // Advance every list to the largest current article until all agree.
                let target = current.max() ?? 0
                var aligned = true
                for k in readers.indices where current[k] < target {
                    aligned = false
                    while current[k] < target {
                        guard let record = readers[k].next() else { exhausted = true; break }
                        current[k] = record.document
                    }
                    if exhausted { break }
                }
                if exhausted { break }
                guard aligned else { continue }
                let document = current[0]
                readers[0].readPositions(into: &firstPositions)
                for k in readers.indices.dropFirst() { readers[k].readPositions(into: &otherPositions[k]) }
                var title = 0.0, body = 0.0
                for start in firstPositions
                where readers.indices.dropFirst().allSatisfy({ Self.contains(otherPositions[$0], start &+ UInt32($0)) }) {
                    if start < titleLengths[Int(document)] { title += 1 } else { body += 1 }
                }
                if title + body > 0 {
                    result.documents.append(document)
                    result.titleFrequencies.append(title)
                    result.bodyFrequencies.append(body)
                }
                guard let record = readers[0].next() else { break }
                current[0] = record.document
            }
            return result
        }
    }

    /// Binary search in sorted positions.
    private static func contains(_ sorted: [UInt32], _ value: UInt32) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value
    }
}
