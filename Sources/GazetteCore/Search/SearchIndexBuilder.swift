import CPrefetch

/// Accumulates the postings of a run of consecutive articles (one shard) for ``SearchIndex``.
///
/// Positions: the title's tokens come first; the body starts after a gap, and each
/// paragraph after another, so a phrase never spans the title and the body or two paragraphs.
/// Tokens go straight from the tokenizer (most of them already packed, see
/// ``Tokenizer/forEachToken(inUTF8:packed:unpacked:)``) to a term id and the term's slot in
/// the article (``ShortTermCache``); an article's positions are grouped by slot with one
/// counting pass and written as its block (``PositionBlocks``), and batches of articles'
/// document records move to each term's stream, in the ``CompactPostings`` layout.
struct SearchIndexBuilder {
    var terms = TermTable(capacity: 16_384)
    /// Ids of short terms, looked up before `terms`.
    private var shortTerms = ShortTermCache(capacity: 16_384)
    /// Per term: its document records, as in ``CompactPostings``.
    var documentStreams = PostingPool()
    /// Per article: its position block.
    var positions = PositionBlocks()
    /// Per term, once built (``finish()``): its number of document records, and the last
    /// article id added + 1 (the base of the next gap).
    private(set) var documentCounts: [UInt32] = []
    private(set) var nextDocument: [UInt32] = []
    /// Per term while building (one per term of `terms` and stream of `documentStreams`).
    private var termStates: [TermState] = []
    var titleLengths: [UInt32] = []
    var bodyLengths: [UInt32] = []
    /// Id of the shard's first article.
    let firstDocument: UInt32
    private var tokenizer = Tokenizer()
    /// `slot << 32 | position` of the current article's tokens, where `slot` numbers the
    /// article's distinct terms in order of appearance: the first `occurrenceCount` (the
    /// array only grows, so writing into it needs no capacity checks).
    private var occurrences: [UInt64] = []
    private var occurrenceCount = 0
    /// Per slot of the current article: `term << 32 | occurrences`; the first `slotCount`.
    private var slots: [UInt64] = []
    private var slotCount = 0
    /// The current article's slot `s` is marked `markBase + s` in `shortTerms`; slots of terms
    /// too long for it are in `longTermSlots`.
    private var markBase: UInt32 = 1
    private var longTermSlots: [UInt32: UInt32] = [:]
    /// The current article's positions grouped by slot, and where each slot's group goes.
    private var groupedPositions: [UInt32] = []
    private var groupStarts: [UInt32] = []
    private var position: UInt32 = 0
    /// Scratch space for one term's bytes of a batch, and for the current article's block.
    private var encoded: [UInt8] = []
    private var block: [UInt8] = []
    private var batch = Batch()
    private var sortScratch: [UInt64] = []

    init(firstDocument: Int, capacity: Int) {
        self.firstDocument = UInt32(firstDocument)
        titleLengths.reserveCapacity(capacity)
        bodyLengths.reserveCapacity(capacity)
    }

    mutating func add(_ article: Article) {
        occurrenceCount = 0
        slotCount = 0
        if markBase > 1 << 31 {
            shortTerms.clearMarks()
            markBase = 1
        }
        if !longTermSlots.isEmpty { longTermSlots.removeAll(keepingCapacity: true) }
        position = 0
        tokenize(article.title)
        let titleLength = position
        position += 1
        article.storedBody.forEachParagraphUTF8 { paragraph in
            tokenize(utf8: paragraph)
            position += 1
        }
        finishArticle(titleLength: titleLength)
    }

    /// Writes the current article's position block and records its postings in the batch
    /// (sequential writes only, into room reserved once per article).
    private mutating func finishArticle(titleLength: UInt32) {
        let document = firstDocument + UInt32(titleLengths.count)
        titleLengths.append(titleLength)
        bodyLengths.append(UInt32(occurrenceCount) - titleLength)
        let occurrenceCount = self.occurrenceCount, slotCount = self.slotCount
        SearchIndexBuilder.makeRoom(&groupedPositions, for: occurrenceCount)
        SearchIndexBuilder.makeRoom(&groupStarts, for: slotCount)
        // A position gap takes at most 5 bytes.
        SearchIndexBuilder.makeRoom(&block, for: occurrenceCount * 5)
        batch.reserve(records: slotCount)
        var recordCount = batch.count, positionCount = 0
        occurrences.withUnsafeBufferPointer { occurrences in
        slots.withUnsafeBufferPointer { slots in
        groupedPositions.withUnsafeMutableBufferPointer { grouped in
        groupStarts.withUnsafeMutableBufferPointer { starts in
        batch.keys.withUnsafeMutableBufferPointer { keys in
        batch.records.withUnsafeMutableBufferPointer { records in
        block.withUnsafeMutableBufferPointer { positions in
            // A counting sort of the positions by slot: one pass, in position order.
            var next: UInt32 = 0
            for slot in 0..<slotCount {
                starts[slot] = next
                next += UInt32(truncatingIfNeeded: slots[slot])
            }
            for index in 0..<occurrenceCount {
                let occurrence = occurrences[index]
                let slot = Int(occurrence >> 32)
                grouped[Int(starts[slot])] = UInt32(truncatingIfNeeded: occurrence)
                starts[slot] += 1
            }
            var start = 0
            for slot in 0..<slotCount {
                let term = slots[slot] >> 32
                let end = start + Int(UInt32(truncatingIfNeeded: slots[slot]))
                var inTitle: UInt32 = 0
                var previous: UInt32 = 0
                let positionStart = positionCount
                for index in start..<end {
                    let position = grouped[index]
                    if position < titleLength { inTitle += 1 }
                    VarInt.write(position - previous, to: positions, at: &positionCount)
                    previous = position
                }
                keys[recordCount] = term << 32 | UInt64(recordCount)
                records[recordCount] = Batch.Record(
                    document: document, title: inTitle, body: UInt32(end - start) - inTitle,
                    positionOffset: UInt32(truncatingIfNeeded: positionStart))
                recordCount += 1
                start = end
            }
        }
        }
        }
        }
        }
        }
        }
        block.withUnsafeBufferPointer { positions.append(UnsafeBufferPointer(rebasing: $0[0..<positionCount])) }
        markBase &+= UInt32(truncatingIfNeeded: slotCount)
        batch.count = recordCount
        batch.articles += 1
        if batch.count >= Batch.flushRecords { flush() }
    }

    /// Moves the batch's document records to their terms, one append per term: appending
    /// record by record would touch a different term's buffer (a cache miss) every time.
    /// The loop works on raw buffers (taken out of `self` for its length), so a term costs
    /// no reference counting or uniqueness checks, and prefetches what it will need a few
    /// records ahead (``prefetchDistance``).
    private mutating func flush() {
        let recordCount = batch.count
        batch.keys.withUnsafeMutableBufferPointer { keys in
            RadixSort.sortByHighHalf(UnsafeMutableBufferPointer(rebasing: keys[0..<recordCount]), scratch: &sortScratch)
        }
        // A term has at most one record per article of the batch, and a record's four
        // numbers take at most 5 bytes each.
        let documentBound = min(recordCount, batch.articles) * 20
        if encoded.count < documentBound { encoded = [UInt8](repeating: 0, count: documentBound) }
        var batch = self.batch, encoded = self.encoded
        var termStates = self.termStates
        self.batch = Batch()
        self.encoded = []
        self.termStates = []
        batch.keys.withUnsafeBufferPointer { allKeys in
        batch.records.withUnsafeBufferPointer { records in
        encoded.withUnsafeMutableBufferPointer { encoded in
        termStates.withUnsafeMutableBufferPointer { termStates in
            let keys = UnsafeBufferPointer(rebasing: allKeys[0..<recordCount])
            var start = 0
            while start < keys.count {
                let term = Int(keys[start] >> 32)
                // Software prefetch: the stream state of the term some records ahead, and that
                // record itself. Each is a cache miss otherwise, and the loop's branches on the
                // varying numbers of records keep the CPU from running ahead.
                let ahead = Int(keys[min(start + SearchIndexBuilder.prefetchDistance, keys.count - 1)] >> 32)
                documentStreams.prefetch(ahead)
                var end = start
                var documentBytes = 0
                var next = termStates[term].nextDocument
                while end < keys.count && Int(keys[end] >> 32) == term {
                    let later = Int(UInt32(truncatingIfNeeded: keys[min(end + SearchIndexBuilder.prefetchDistance, keys.count - 1)]))
                    gazette_prefetch_for_reading(records.baseAddress.map { $0 + later })
                    let record = records[Int(UInt32(truncatingIfNeeded: keys[end]))]
                    VarInt.write(record.document - next, to: encoded, at: &documentBytes)
                    // Most records have no title tokens: then the body frequency and a flag
                    // share one number (see ``CompactPostings``).
                    VarInt.write(record.body &<< 1 | (record.title > 0 ? 1 : 0), to: encoded, at: &documentBytes)
                    if record.title > 0 { VarInt.write(record.title, to: encoded, at: &documentBytes) }
                    VarInt.write(record.positionOffset, to: encoded, at: &documentBytes)
                    next = record.document + 1
                    end += 1
                }
                termStates[term].nextDocument = next
                termStates[term].documentCount += UInt32(end - start)
                documentStreams.append(UnsafeBufferPointer(rebasing: encoded[0..<documentBytes]), to: term)
                start = end
            }
        }
        }
        }
        }
        batch.clear()
        self.batch = batch
        self.encoded = encoded
        self.termStates = termStates
    }

    /// How many records ahead of the one being moved ``flush()`` prefetches what it needs
    /// (measured at 100k articles: some 10% off the whole build against none).
    static let prefetchDistance = 24

    /// Flushes the last batch and releases the scratch space of building.
    mutating func finish() {
        flush()
        documentCounts = termStates.map(\.documentCount)
        nextDocument = termStates.map(\.nextDocument)
        termStates = []
        slots = []
        groupedPositions = []
        groupStarts = []
        batch = Batch()
        occurrences = []
        occurrenceCount = 0
        sortScratch = []
        encoded = []
        block = []
        shortTerms = ShortTermCache(capacity: 0)
    }

    private mutating func tokenize(_ text: String) {
        var text = text
        text.withUTF8 { tokenize(utf8: $0) }
    }

    private mutating func tokenize(utf8 text: UnsafeBufferPointer<UInt8>) {
        // A text has at most one token and one new slot per byte: room for all of them, then
        // plain writes.
        SearchIndexBuilder.makeRoom(&occurrences, for: occurrenceCount + text.count)
        SearchIndexBuilder.makeRoom(&slots, for: slotCount + text.count)
        // Take the tokenizer out so its fold cache is not copied on write; the buffers so
        // that writing them costs no uniqueness checks.
        var tokenizer = self.tokenizer, occurrences = self.occurrences, slots = self.slots
        self.tokenizer = Tokenizer()
        self.occurrences = []
        self.slots = []
        occurrences.withUnsafeMutableBufferPointer { occurrences in
        slots.withUnsafeMutableBufferPointer { slots in
        withUnsafeTemporaryAllocation(of: PackedToken.self, capacity: SearchIndexBuilder.lookahead) { waiting in
            // Packed tokens wait in a small ring, their cache entries prefetched, and are
            // looked up `lookahead` tokens later, in order: the lookup no longer stalls on
            // a cache miss for every rare word.
            var first = 0, waitingCount = 0
            @inline(__always)
            func recordPacked(_ token: PackedToken) {
                let (id, slot) = shortTerms.idAndSlot(for: token, base: markBase, slotCount: UInt32(slotCount)) {
                    token.withBytes { terms.insert($0) }
                }
                record(id, slot: slot, occurrences: occurrences, slots: slots)
            }
            @inline(__always)
            func recordWaiting() {
                while waitingCount > 0 {
                    recordPacked(waiting[first])
                    first = (first + 1) % SearchIndexBuilder.lookahead
                    waitingCount -= 1
                }
            }
            @inline(__always)
            func enqueue(_ token: PackedToken) {
                shortTerms.prefetch(token)
                if waitingCount == SearchIndexBuilder.lookahead {
                    recordPacked(waiting[first])
                    waiting[first] = token
                    first = (first + 1) % SearchIndexBuilder.lookahead
                } else {
                    waiting.initializeElement(at: (first + waitingCount) % SearchIndexBuilder.lookahead, to: token)
                    waitingCount += 1
                }
            }
            tokenizer.forEachToken(inUTF8: text, packed: enqueue, unpacked: { bytes in
                if let token = PackedToken(bytes) {
                    enqueue(token)
                } else {
                    recordWaiting()
                    let id = terms.insert(bytes)
                    let slot = longTermSlots[id] ?? UInt32(slotCount)
                    if slot == slotCount { longTermSlots[id] = slot }
                    record(id, slot: slot, occurrences: occurrences, slots: slots)
                }
            })
            recordWaiting()
        }
        }
        }
        self.occurrences = occurrences
        self.slots = slots
        self.tokenizer = tokenizer
    }

    /// How many tokens after its own a token's term is looked up (see ``tokenize(utf8:)``).
    static let lookahead = 16

    /// Grows `array` (doubling) to at least `count` elements.
    @inline(__always)
    private static func makeRoom<Element: FixedWidthInteger>(_ array: inout [Element], for count: Int) {
        guard array.count < count else { return }
        array.append(contentsOf: repeatElement(0, count: max(count, array.count * 2) - array.count))
    }

    /// Adds an occurrence of term `id`, whose slot in the current article is `slot` (new when
    /// it is `slotCount`), at the next position.
    @inline(__always)
    private mutating func record(
        _ id: UInt32, slot: UInt32,
        occurrences: UnsafeMutableBufferPointer<UInt64>, slots: UnsafeMutableBufferPointer<UInt64>
    ) {
        if Int(id) == termStates.count {
            _ = documentStreams.addStream()
            termStates.append(TermState())
        }
        let slot = Int(slot)
        if slot == slotCount {
            slots[slot] = UInt64(id) << 32
            slotCount += 1
        }
        slots[slot] += 1
        occurrences[occurrenceCount] = UInt64(slot) << 32 | UInt64(position)
        occurrenceCount += 1
        position &+= 1
    }

    /// What a batch's flush reads and updates per term, side by side.
    private struct TermState {
        var nextDocument: UInt32 = 0
        var documentCount: UInt32 = 0
    }

    /// Document records of recent articles, in article order, not yet moved to their terms.
    private struct Batch {
        /// Flush once this many records are waiting (about 1.5 MB of records and keys, some
        /// 250 articles): small enough to stay in a core's L2 cache, and the reader's memory
        /// peak (while both shards build) is 40 MB lower than with four times as many.
        static let flushRecords = 1 << 16
        /// One article's record of one term.
        struct Record {
            var document: UInt32
            var title: UInt32
            var body: UInt32
            /// Where the term's positions start in the article's block.
            var positionOffset: UInt32
        }

        /// `term << 32 | record`; the first `count` are in use (the arrays keep their size).
        var keys: [UInt64] = []
        var records: [Record] = []
        /// Records in the batch.
        var count = 0
        /// Articles whose records are in the batch.
        var articles = 0

        /// Makes room for `records` more records.
        mutating func reserve(records: Int) {
            guard count + records > keys.count else { return }
            let size = max(keys.count * 2, count + records, 1_024)
            keys.append(contentsOf: repeatElement(0, count: size - keys.count))
            self.records.append(contentsOf: repeatElement(
                Record(document: 0, title: 0, body: 0, positionOffset: 0), count: size - self.records.count))
        }

        mutating func clear() {
            articles = 0
            count = 0
        }
    }
}
