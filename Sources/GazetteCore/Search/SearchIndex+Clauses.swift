extension SearchIndex {
    /// Per-article frequencies of one clause.
    func matches(for clause: SearchQuery.Clause) -> ClauseMatches {
        switch clause {
        case .term(let term):
            guard let id = termIDs[term] else { return ClauseMatches() }
            return termMatches(postings[Int(id)])
        case .prefix(let prefix):
            let ids = termIDs(withPrefix: prefix)
            if ids.count == 1 { return termMatches(postings[Int(ids[0])]) }
            return union(ids.map { postings[Int($0)] })
        case .phrase(let words):
            var lists: [Postings] = []
            for word in words {
                guard let id = termIDs[word] else { return ClauseMatches() }
                lists.append(postings[Int(id)])
            }
            return phraseMatches(lists)
        }
    }

    private func termMatches(_ list: Postings) -> ClauseMatches {
        ClauseMatches(
            documents: list.documents,
            titleFrequencies: list.titleFrequencies.map(Double.init),
            bodyFrequencies: list.bodyFrequencies.map(Double.init))
    }

    /// Ids of every term starting with `prefix`, found by binary search in the sorted terms.
    func termIDs(withPrefix prefix: String) -> [UInt32] {
        let key = Array(prefix.utf8)
        var low = 0, high = sortedTerms.count
        while low < high {
            let mid = (low + high) / 2
            if sortedTerms[mid].utf8.lexicographicallyPrecedes(key) { low = mid + 1 } else { high = mid }
        }
        var ids: [UInt32] = []
        var index = low
        while index < sortedTerms.count, sortedTerms[index].utf8.starts(with: key) {
            if let id = termIDs[sortedTerms[index]] { ids.append(id) }
            index += 1
        }
        return ids
    }

    private func union(_ lists: [Postings]) -> ClauseMatches {
        var totals: [UInt32: (title: Double, body: Double)] = [:]
        for list in lists {
            for (row, document) in list.documents.enumerated() {
                let previous = totals[document] ?? (0, 0)
                totals[document] = (previous.title + Double(list.titleFrequencies[row]),
                                    previous.body + Double(list.bodyFrequencies[row]))
            }
        }
        var result = ClauseMatches()
        for document in totals.keys.sorted() {
            let entry = totals[document] ?? (0, 0)
            result.documents.append(document)
            result.titleFrequencies.append(entry.title)
            result.bodyFrequencies.append(entry.body)
        }
        return result
    }

    /// Articles where the lists' tokens stand at consecutive positions.
    private func phraseMatches(_ lists: [Postings]) -> ClauseMatches {
        var result = ClauseMatches()
        guard let first = lists.first else { return result }
        var cursors = Array(repeating: 0, count: lists.count)
        outer: for (row, document) in first.documents.enumerated() {
            var rows = [row]
            for k in 1..<max(1, lists.count) where lists.count > 1 {
                let list = lists[k]
                while cursors[k] < list.documents.count && list.documents[cursors[k]] < document { cursors[k] += 1 }
                guard cursors[k] < list.documents.count, list.documents[cursors[k]] == document else { continue outer }
                rows.append(cursors[k])
            }
            let sets = (1..<lists.count).map { Set(lists[$0].positions(at: rows[$0])) }
            var title = 0.0, body = 0.0
            for start in first.positions(at: row)
            where sets.enumerated().allSatisfy({ $1.contains(start + UInt32($0 + 1)) }) {
                if start < titleLengths[Int(document)] { title += 1 } else { body += 1 }
            }
            if title + body > 0 {
                result.documents.append(document)
                result.titleFrequencies.append(title)
                result.bodyFrequencies.append(body)
            }
        }
        return result
    }
}
