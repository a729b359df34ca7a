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

    /// The one term a clause stands for: a word, or a prefix only one term starts with.
    func singleTerm(_ clause: SearchQuery.Clause) -> UInt32? {
        switch clause {
        case .term(let term): return terms.id(of: term)
        case .prefix(let prefix):
            let ids = termIDs(withPrefix: prefix)
            return ids.count == 1 ? ids[0] : nil
        case .phrase: return nil
        }
    }

    /// The hits of a one-term query: what ``BM25Ranking`` gives for that clause alone. A long
    /// list (one with blocks) ranks its best hits by reading only the blocks that can hold
    /// them, and is scored whole only when more is asked for; a short one is scored as its
    /// records are read.
    func rankedHits(ofTerm term: UInt32, firstRanks: Int) -> RankedHits {
        let count = Int(postings.documentCounts[Int(term)])
        guard count > firstRanks, let blocks, !blocks.range(of: Int(term)).isEmpty else {
            let scored = scoredHits(ofTerm: term)
            return RankedHits(documents: scored.documents, scores: scored.scores, firstRanks: firstRanks)
        }
        let weight = ranking.termWeight(documentFrequency: count)
        let best = blocks.inverseNorms.withUnsafeBufferPointer { inverseNorms in
            postings.withReader(term, blocks: blocks) { reader in
                // Highest bound first: once a block's bound cannot beat the worst hit kept, no
                // block left can. Within a block, a record whose tf / norm is below what the
                // worst kept hit needs is passed over without being scored.
                var best = BestHits(limit: firstRanks)
                var queue = BoundQueue(reader.skips.bounds)
                var floor = 0.0
                while let (block, bound) = queue.pop(), best.admits(upTo: weight * Double(bound)) {
                    reader.jump(toBlock: block)
                    for _ in 0..<PostingBlocks.blockSize {
                        guard let record = reader.next() else { break }
                        let document = Int(record.document)
                        let tf = BM25Ranking.weightedFrequency(title: Double(record.title), body: Double(record.body))
                        guard document < inverseNorms.count, tf * inverseNorms[document] >= floor else { continue }
                        if best.offer(document, score: ranking.score(frequency: tf, document: document, weight: weight)),
                           let threshold = best.threshold {
                            floor = PostingBlocks.ratioFloor(threshold: threshold, weight: weight)
                        }
                    }
                }
                return best.hits
            }
        }
        return RankedHits(count: count, best: best) { [self] in scoredHits(ofTerm: term) }
    }

    /// Every hit of one term, scored as its records are read (no per-clause frequency arrays,
    /// no intersection).
    func scoredHits(ofTerm term: UInt32) -> RankedHits.Scored {
        postings.withReader(term) { reader in
            var documents: [UInt32] = []
            var scores: [Double] = []
            documents.reserveCapacity(reader.count)
            scores.reserveCapacity(reader.count)
            reader.forEachRecord { document, title, body in
                documents.append(document)
                scores.append(BM25Ranking.weightedFrequency(title: Double(title), body: Double(body)))
            }
            let weight = ranking.termWeight(documentFrequency: documents.count)
            documents.withUnsafeBufferPointer { documents in
                scores.withUnsafeMutableBufferPointer { scores in
                    for row in 0..<scores.count {
                        scores[row] = ranking.score(frequency: scores[row], document: Int(documents[row]), weight: weight)
                    }
                }
            }
            return RankedHits.Scored(documents: documents, scores: scores)
        }
    }

    /// The hits of several one-term clauses, all required: the rarest term's records are read,
    /// and each other term's list only as far as it can hold them — its blocks that end before
    /// the next candidate are skipped. The same hits and scores as ``BM25Ranking``'s
    /// intersection of the clauses' frequencies (the clauses are taken in the same order).
    func intersection(of clauseTerms: [UInt32], firstRanks: Int) -> RankedHits {
        let counts = clauseTerms.map { Int(postings.documentCounts[Int($0)]) }
        let order = clauseTerms.indices.sorted { (counts[$0], $0) < (counts[$1], $1) }
        let rarest = scoredHits(ofTerm: clauseTerms[order[0]])
        var documents = rarest.documents, scores = rarest.scores
        postings.withReaders(order.dropFirst().map { clauseTerms[$0] }, blocks: blocks ?? PostingBlocks()) { readers in
            for k in readers.indices where !documents.isEmpty {
                let weight = ranking.termWeight(documentFrequency: readers[k].count)
                var kept = 0
                var current = readers[k].next()
                for i in documents.indices {
                    let document = documents[i]
                    if let found = current, found.document < document { current = readers[k].advance(to: document) }
                    guard let found = current else { break }
                    guard found.document == document else { continue }
                    let tf = BM25Ranking.weightedFrequency(title: Double(found.title), body: Double(found.body))
                    documents[kept] = document
                    scores[kept] = scores[i] + ranking.score(frequency: tf, document: Int(document), weight: weight)
                    kept += 1
                }
                documents.removeLast(documents.count - kept)
                scores.removeLast(scores.count - kept)
            }
        }
        return RankedHits(documents: documents, scores: scores, firstRanks: firstRanks)
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
        return postings.withReaders(ids, blocks: blocks ?? PostingBlocks()) { readers in
            var current = [UInt32](repeating: 0, count: ids.count)
            var exhausted = false
            for k in readers.indices {
                guard let record = readers[k].next() else { return result }
                current[k] = record.document
            }
            // Every word's positions in the article, one after the other.
            var positions: [UInt32] = []
            var starts = [Int](repeating: 0, count: ids.count + 1)
            while !exhausted {
                // Advance every list to the largest current article until all agree.
                let target = current.max() ?? 0
                var aligned = true
                for k in readers.indices where current[k] < target {
                    aligned = false
                    guard let record = readers[k].advance(to: target) else {
                        exhausted = true
                        break
                    }
                    current[k] = record.document
                }
                if exhausted { break }
                guard aligned else { continue }
                let document = current[0]
                positions.removeAll(keepingCapacity: true)
                for k in readers.indices {
                    starts[k] = positions.count
                    readers[k].appendPositions(to: &positions)
                }
                starts[ids.count] = positions.count
                let (title, body) = Self.countPhrase(positions, starts: starts, titleLength: titleLengths[Int(document)])
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

    /// How many times the words stand one after the other in an article, in its title and
    /// in its body, from each word's ascending positions (word `k`'s are
    /// `positions[starts[k]..<starts[k + 1]]`): one pass over each list, every later word's
    /// cursor only moving forward.
    static func countPhrase(_ positions: [UInt32], starts: [Int], titleLength: UInt32) -> (title: Double, body: Double) {
        let words = starts.count - 1
        var title = 0.0, body = 0.0
        positions.withUnsafeBufferPointer { positions in
            starts.withUnsafeBufferPointer { starts in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: words) { cursors in
                    for k in 0..<words { cursors[k] = starts[k] }
                    for index in starts[0]..<starts[1] {
                        let first = positions[index]
                        var matched = true
                        for k in 1..<max(1, words) {
                            let wanted = first &+ UInt32(k)
                            var cursor = cursors[k]
                            let end = starts[k + 1]
                            while cursor < end && positions[cursor] < wanted { cursor += 1 }
                            cursors[k] = cursor
                            // A word with no position left past this one ends every later match.
                            if cursor == end { return }
                            if positions[cursor] != wanted {
                                matched = false
                                break
                            }
                        }
                        if matched {
                            if first < titleLength { title += 1 } else { body += 1 }
                        }
                    }
                }
            }
        }
        return (title, body)
    }
}
