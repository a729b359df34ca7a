/// Accumulates the postings of a run of consecutive articles (one shard) for ``SearchIndex``.
///
/// Positions: the title's tokens come first; the body starts after a gap, and each
/// paragraph after another, so a phrase never spans the title and the body or two paragraphs.
/// Tokens go straight from the tokenizer (most of them already packed, see
/// ``Tokenizer/forEachStretch(inUTF8:packed:otherStretch:)``), through a ``LookaheadRing``,
/// to a term id and the term's slot in the article (``ShortTermCache``); an article's
/// positions are grouped by slot with one counting pass and written as its block
/// (``PositionBlocks``), and each of its document records goes straight to its term's
/// stream, in the ``CompactPostings`` layout.
struct SearchIndexBuilder {
    var terms = TermTable(capacity: 16_384)
    /// Ids of short terms, looked up before `terms`.
    private var shortTerms = ShortTermCache(capacity: 16_384)
    /// Per term: its document records, as in ``CompactPostings``.
    var documentStreams = PostingPool()
    /// An empty pool that stands in for `documentStreams` while an article's records are
    /// appended (never written).
    private let spareStreams = PostingPool()
    /// Per article: its position block.
    var positions = PositionBlocks()
    var titleLengths: [UInt32] = []
    var bodyLengths: [UInt32] = []
    /// Id of the shard's first article.
    let firstDocument: UInt32
    private var tokenizer = Tokenizer()
    /// `slot << 32 | position` of the current article's tokens, where `slot` numbers the
    /// article's distinct terms in order of appearance: the first `occurrenceCount` (the
    /// array only grows, so writing into it needs no capacity checks).
    private var occurrences = ScratchBuffer<UInt64>()
    private var occurrenceCount = 0
    /// Per slot of the current article: `term << 32 | occurrences`; the first `slotCount`.
    private var slots = ScratchBuffer<UInt64>()
    private var slotCount = 0
    /// The current article's slot `s` is marked `markBase + s` in `shortTerms`; slots of terms
    /// too long for it are in `longTermSlots`.
    private var markBase: UInt32 = 1
    private var longTermSlots: [UInt32: UInt32] = [:]
    /// The current article's positions grouped by slot, and where each slot's group goes.
    private var groupedPositions: [UInt32] = []
    private var groupStarts: [UInt32] = []
    private var position: UInt32 = 0
    /// Scratch space for the current article's block.
    private var block: [UInt8] = []

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

    /// Writes the current article's position block and appends its document records to their
    /// terms' streams (sequential writes into room reserved once per article, and one state
    /// line per record, prefetched ``prefetchDistance`` records ahead).
    private mutating func finishArticle(titleLength: UInt32) {
        let document = firstDocument + UInt32(titleLengths.count)
        titleLengths.append(titleLength)
        bodyLengths.append(UInt32(occurrenceCount) - titleLength)
        let occurrenceCount = self.occurrenceCount, slotCount = self.slotCount
        SearchIndexBuilder.makeRoom(&groupedPositions, for: occurrenceCount)
        SearchIndexBuilder.makeRoom(&groupStarts, for: slotCount)
        // A position gap takes at most 5 bytes.
        SearchIndexBuilder.makeRoom(&block, for: occurrenceCount * 5)
        var positionCount = 0
        // Taken out of `self` while the buffers below are open (the spare stands in: an empty
        // pool made here would allocate and clear a page per article); its states owned once
        // for all the article's records.
        var streams = documentStreams
        documentStreams = spareStreams
        streams.ownStates()
        let occurrences = self.occurrences.base, slots = self.slots.base
        groupedPositions.withUnsafeMutableBufferPointer { groupedBuffer in
        groupStarts.withUnsafeMutableBufferPointer { startsBuffer in
        block.withUnsafeMutableBufferPointer { positionsBuffer in
            // The closures get their buffers `inout`: as constants, the buffers' addresses
            // stay in registers instead of being loaded again after every store.
            let grouped = groupedBuffer, starts = startsBuffer, positions = positionsBuffer
            // The first records' states start coming while the positions are sorted.
            for slot in 0..<min(slotCount, SearchIndexBuilder.prefetchDistance) {
                streams.prefetch(Int(slots[slot] >> 32))
            }
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
                let ahead = Int(slots[min(slot &+ SearchIndexBuilder.prefetchDistance, slotCount &- 1)] >> 32)
                streams.prefetch(ahead)
                let term = Int(slots[slot] >> 32)
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
                // The term's numbers, in its stream's state line: the next gap's base (the
                // article after its last record) low, its record count high.
                let numbers = streams.ownerWord(of: term)
                // Most records have no title tokens: then the body frequency and a flag share
                // one number (see ``CompactPostings``).
                SearchIndexBuilder.appendRecord(
                    gap: document &- UInt32(truncatingIfNeeded: numbers), body: UInt32(end - start) - inTitle,
                    title: inTitle, positionOffset: UInt32(truncatingIfNeeded: positionStart), to: term, of: &streams)
                let recordCount = (numbers >> 32) &+ 1
                streams.setOwnerWordOfOwnStates(recordCount << 32 | UInt64(document &+ 1), of: term)
                start = end
            }
        }
        }
        }
        documentStreams = streams
        block.withUnsafeBufferPointer { positions.append(UnsafeBufferPointer(rebasing: $0[0..<positionCount])) }
        markBase &+= UInt32(truncatingIfNeeded: slotCount)
    }

    /// Appends one document record to `term`'s stream: as one word when its numbers fit in
    /// eight bytes (nearly always), else byte by byte.
    @inline(__always)
    private static func appendRecord(
        gap: UInt32, body: UInt32, title: UInt32, positionOffset: UInt32, to term: Int, of streams: inout PostingPool
    ) {
        let flagged = body &<< 1 | (title > 0 ? 1 : 0)
        let length = VarInt.length(gap) + VarInt.length(flagged) + (title > 0 ? VarInt.length(title) : 0)
            + VarInt.length(positionOffset)
        if length <= 8 {
            var word: UInt64 = 0, shift: UInt64 = 0
            VarInt.pack(gap, into: &word, at: &shift)
            VarInt.pack(flagged, into: &word, at: &shift)
            if title > 0 { VarInt.pack(title, into: &word, at: &shift) }
            VarInt.pack(positionOffset, into: &word, at: &shift)
            streams.appendToOwnStates(word: word, count: length, to: term)
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { record in
            var offset = 0
            VarInt.write(gap, to: record, at: &offset)
            VarInt.write(flagged, to: record, at: &offset)
            if title > 0 { VarInt.write(title, to: record, at: &offset) }
            VarInt.write(positionOffset, to: record, at: &offset)
            streams.append(UnsafeBufferPointer(rebasing: record[0..<offset]), to: term)
        }
    }

    /// How many records ahead of the one being appended ``finishArticle(titleLength:)``
    /// prefetches its term's stream state.
    static let prefetchDistance = 24

    /// A term's number of document records, kept in its stream's line.
    func documentCount(of term: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: documentStreams.ownerWord(of: term) >> 32)
    }

    /// The article after a term's last record (the base of its next gap), kept in its
    /// stream's line.
    func nextDocument(of term: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: documentStreams.ownerWord(of: term))
    }

    /// Releases the scratch space of building.
    mutating func finish() {
        slots = ScratchBuffer()
        groupedPositions = []
        groupStarts = []
        occurrences = ScratchBuffer()
        occurrenceCount = 0
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
        if !isKnownUniquelyReferenced(&occurrences) { occurrences = occurrences.copy(keeping: occurrenceCount) }
        if !isKnownUniquelyReferenced(&slots) { slots = slots.copy(keeping: slotCount) }
        occurrences.reserve(occurrenceCount + text.count, keeping: occurrenceCount)
        slots.reserve(slotCount + text.count, keeping: slotCount)
        let occurrences = self.occurrences.base, slots = self.slots.base
        withUnsafeTemporaryAllocation(of: PackedToken.self, capacity: LookaheadRing.capacity) { waiting in
            guard let waiting = waiting.baseAddress else { return }
            // The counters and the cache's tables are locals while the text is read, kept in
            // registers: as fields of `self`, every token would load and store them, and
            // reach the tables through their arrays' checks.
            var occurrenceCount = self.occurrenceCount, slotCount = UInt32(truncatingIfNeeded: self.slotCount)
            var position = self.position
            let markBase = self.markBase
            var probes = shortTerms.probes()
            var ring = LookaheadRing(waiting)
            @inline(__always)
            func recordPacked(_ token: PackedToken) {
                let (id, slot) = shortTerms.idAndSlot(for: token, probes: &probes, base: markBase, slotCount: slotCount) {
                    SearchIndexBuilder.newTerm(token, terms: &terms, streams: &documentStreams)
                }
                SearchIndexBuilder.record(
                    id, slot: slot, occurrences: occurrences, slots: slots,
                    occurrenceCount: &occurrenceCount, slotCount: &slotCount, position: &position)
            }
            Tokenizer.forEachStretch(inUTF8: text, packed: { token in
                SearchIndexBuilder.prefetch(token, probes)
                ring.add(token, lookingUp: recordPacked)
            }, otherStretch: { stretch in
                // The counters go back to `self` for the call and come back from it.
                ring.drain(lookingUp: recordPacked)
                self.occurrenceCount = occurrenceCount
                self.slotCount = Int(slotCount)
                self.position = position
                tokenize(stretch: stretch, of: text, occurrences: occurrences, slots: slots)
                occurrenceCount = self.occurrenceCount
                slotCount = UInt32(truncatingIfNeeded: self.slotCount)
                position = self.position
                probes = shortTerms.probes()
            })
            ring.drain(lookingUp: recordPacked)
            self.occurrenceCount = occurrenceCount
            self.slotCount = Int(slotCount)
            self.position = position
        }
    }

    /// Starts bringing a token's entry of ``shortTerms`` into the cache (see ``LookaheadRing``).
    @inline(__always)
    private static func prefetch(
        _ token: PackedToken, _ probes: (short: ShortTermCache.Probe<UInt64>, long: ShortTermCache.Probe<PackedToken>)
    ) {
        if token.high == 0 { probes.short.prefetch(token.low) } else { probes.long.prefetch(token) }
    }

    /// The tokens of a stretch that is not one short ASCII word (non-ASCII letters, a long
    /// word), one lookup at a time: out of the inner loop of ``tokenize(utf8:)``, whose state
    /// would otherwise live in memory for the closures this needs.
    @inline(never)
    private mutating func tokenize(
        stretch: Range<Int>, of text: UnsafeBufferPointer<UInt8>,
        occurrences: UnsafeMutablePointer<UInt64>, slots: UnsafeMutablePointer<UInt64>
    ) {
        guard let base = text.baseAddress else { return }
        // Taken out so that its fold cache is not copied on write while the closures below
        // change the rest of `self`.
        var tokenizer = self.tokenizer
        self.tokenizer = Tokenizer()
        defer { self.tokenizer = tokenizer }
        var occurrenceCount = self.occurrenceCount, slotCount = UInt32(truncatingIfNeeded: self.slotCount)
        var position = self.position
        func recordPacked(_ token: PackedToken) {
            let (id, slot) = shortTerms.idAndSlot(for: token, base: markBase, slotCount: slotCount) {
                SearchIndexBuilder.newTerm(token, terms: &terms, streams: &documentStreams)
            }
            SearchIndexBuilder.record(
                id, slot: slot, occurrences: occurrences, slots: slots,
                occurrenceCount: &occurrenceCount, slotCount: &slotCount, position: &position)
        }
        tokenizer.forEachToken(inStretch: stretch, of: base, packed: recordPacked, unpacked: { bytes in
            if let token = PackedToken(bytes) {
                recordPacked(token)
                return
            }
            let id = SearchIndexBuilder.insert(bytes, into: &terms, streams: &documentStreams)
            let slot = longTermSlots[id] ?? slotCount
            if slot == slotCount { longTermSlots[id] = slot }
            SearchIndexBuilder.record(
                id, slot: slot, occurrences: occurrences, slots: slots,
                occurrenceCount: &occurrenceCount, slotCount: &slotCount, position: &position)
        })
        self.occurrenceCount = occurrenceCount
        self.slotCount = Int(slotCount)
        self.position = position
    }

    /// Adds an occurrence of term `id` at position `position` (then moves it on); `slot` is
    /// the term's slot in the article, new when it is `slotCount`. No branch on which (the two
    /// are about as likely): the id is written to the next new slot either way, and only a
    /// new slot moves the count past it. There is room: a text has at most one token and one
    /// new slot per byte.
    @inline(__always)
    private static func record(
        _ id: UInt32, slot: UInt32, occurrences: UnsafeMutablePointer<UInt64>, slots: UnsafeMutablePointer<UInt64>,
        occurrenceCount: inout Int, slotCount: inout UInt32, position: inout UInt32
    ) {
        slots[Int(slotCount)] = UInt64(id) << 32
        // Counts and positions stay far below 2³² (a text is shorter than 4 GB): wrapping
        // arithmetic skips the overflow checks.
        slots[Int(slot)] &+= 1
        slotCount &+= slot == slotCount ? 1 : 0
        occurrences[occurrenceCount] = UInt64(slot) << 32 | UInt64(position)
        occurrenceCount &+= 1
        position &+= 1
    }

    /// The id of a packed token that missed ``shortTerms`` (a term new to the shard): kept
    /// out of the inner loop of ``tokenize(utf8:)``. (Static, on the builder's parts: it runs
    /// while `shortTerms` is being modified.)
    @inline(never)
    private static func newTerm(_ token: PackedToken, terms: inout TermTable, streams: inout PostingPool) -> UInt32 {
        token.withBytes { insert($0, into: &terms, streams: &streams) }
    }

    /// Grows `array` (doubling) to at least `count` elements.
    @inline(__always)
    private static func makeRoom<Element: FixedWidthInteger>(_ array: inout [Element], for count: Int) {
        guard array.count < count else { return }
        array.append(contentsOf: repeatElement(0, count: max(count, array.count * 2) - array.count))
    }

    /// The id of a term that missed ``shortTerms`` (or is too long for it), from `terms`: a
    /// new term gets its stream here, so the tokens that hit need no check. (Static,
    /// on the builder's parts: it runs while `shortTerms` is being modified.)
    private static func insert(_ bytes: UnsafeBufferPointer<UInt8>, into terms: inout TermTable, streams: inout PostingPool) -> UInt32 {
        let id = terms.insert(bytes)
        if Int(id) == streams.count { _ = streams.addStream() }
        return id
    }
}
