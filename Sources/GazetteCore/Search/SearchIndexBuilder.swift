/// Accumulates the postings of a run of consecutive articles (one shard) for ``SearchIndex``.
///
/// Positions: the title's tokens come first; the body starts after a gap, and each
/// paragraph after another, so a phrase never spans the title and the body or two paragraphs.
/// Tokens go straight from the tokenizer's bytes to a ``TermTable`` id; each term's postings
/// grow as two byte streams in the ``CompactPostings`` layout.
struct SearchIndexBuilder {
    var terms = TermTable(capacity: 16_384)
    /// Ids of short terms, looked up before `terms`.
    private var shortTerms = ShortTermCache(capacity: 16_384)
    /// Per term: its document records and its positions, as in ``CompactPostings``.
    var documentStreams = PostingPool()
    var positionStreams = PostingPool()
    var documentCounts: [UInt32] = []
    /// Per term: the last article id added + 1 (the base of the next gap).
    var nextDocument: [UInt32] = []
    var titleLengths: [UInt32] = []
    var bodyLengths: [UInt32] = []
    /// Id of the shard's first article.
    let firstDocument: UInt32
    private var tokenizer = Tokenizer()
    /// `term << 32 | position` of the current article's tokens.
    private var occurrences: [UInt64] = []
    private var position: UInt32 = 0
    /// Scratch space for one term's bytes of a batch.
    private var encoded: [UInt8] = []
    private var encodedPositions: [UInt8] = []
    private var batch = Batch()
    private var sortScratch: [UInt64] = []

    init(firstDocument: Int, capacity: Int) {
        self.firstDocument = UInt32(firstDocument)
        titleLengths.reserveCapacity(capacity)
        bodyLengths.reserveCapacity(capacity)
    }

    mutating func add(_ article: Article) {
        occurrences.removeAll(keepingCapacity: true)
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

    /// Records the current article's postings in the batch (sequential writes only, into
    /// room reserved once per article).
    private mutating func finishArticle(titleLength: UInt32) {
        let document = firstDocument + UInt32(titleLengths.count)
        titleLengths.append(titleLength)
        bodyLengths.append(UInt32(occurrences.count) - titleLength)
        RadixSort.sortByHighHalf(&occurrences, scratch: &sortScratch)
        // At most one record per occurrence, and a position gap takes at most 5 bytes.
        batch.reserve(records: occurrences.count, positionBytes: occurrences.count * 5)
        var recordCount = batch.count, positionCount = batch.positionCount
        occurrences.withUnsafeBufferPointer { occurrences in
        batch.keys.withUnsafeMutableBufferPointer { keys in
        batch.records.withUnsafeMutableBufferPointer { records in
        batch.positions.withUnsafeMutableBufferPointer { positions in
            var start = 0
            while start < occurrences.count {
                let term = occurrences[start] >> 32
                var end = start
                var inTitle: UInt32 = 0
                var previous: UInt32 = 0
                let positionStart = positionCount
                while end < occurrences.count && occurrences[end] >> 32 == term {
                    let position = UInt32(truncatingIfNeeded: occurrences[end])
                    if position < titleLength { inTitle += 1 }
                    VarInt.write(position - previous, to: positions, at: &positionCount)
                    previous = position
                    end += 1
                }
                keys[recordCount] = term << 32 | UInt64(recordCount)
                records[recordCount] = Batch.Record(
                    document: document, title: inTitle, body: UInt32(end - start) - inTitle,
                    positionStart: UInt32(positionStart), positionEnd: UInt32(positionCount))
                recordCount += 1
                start = end
            }
        }
        }
        }
        }
        batch.count = recordCount
        batch.positionCount = positionCount
        batch.articles += 1
        if batch.count >= Batch.flushRecords { flush() }
    }

    /// Moves the batch's postings to their terms, one append per term and stream: appending
    /// posting by posting would touch a different term's buffer (a cache miss) every time.
    /// The loop works on raw buffers (taken out of `self` for its length), so a term costs
    /// no reference counting or uniqueness checks.
    mutating func flush() {
        let recordCount = batch.count
        batch.keys.withUnsafeMutableBufferPointer { keys in
            RadixSort.sortByHighHalf(UnsafeMutableBufferPointer(rebasing: keys[0..<recordCount]), scratch: &sortScratch)
        }
        // A term has at most one record per article of the batch, and a record's three
        // numbers take at most 5 bytes each.
        let documentBound = min(recordCount, batch.articles) * 15
        if encoded.count < documentBound { encoded = [UInt8](repeating: 0, count: documentBound) }
        if encodedPositions.count < batch.positionCount {
            encodedPositions = [UInt8](repeating: 0, count: batch.positionCount)
        }
        var batch = self.batch, encoded = self.encoded, encodedPositions = self.encodedPositions
        var nextDocument = self.nextDocument, documentCounts = self.documentCounts
        self.batch = Batch()
        self.encoded = []
        self.encodedPositions = []
        self.nextDocument = []
        self.documentCounts = []
        batch.keys.withUnsafeBufferPointer { allKeys in
        batch.records.withUnsafeBufferPointer { records in
        batch.positions.withUnsafeBufferPointer { positions in
        encoded.withUnsafeMutableBufferPointer { encoded in
        encodedPositions.withUnsafeMutableBufferPointer { encodedPositions in
        nextDocument.withUnsafeMutableBufferPointer { nextDocument in
        documentCounts.withUnsafeMutableBufferPointer { documentCounts in
            guard let positionBase = positions.baseAddress, let encodedPositionBase = encodedPositions.baseAddress
            else { return }
            let keys = UnsafeBufferPointer(rebasing: allKeys[0..<recordCount])
            var start = 0
            while start < keys.count {
                let term = Int(keys[start] >> 32)
                var end = start
                var documentBytes = 0
                var positionBytes = 0
                var next = nextDocument[term]
                while end < keys.count && Int(keys[end] >> 32) == term {
                    let record = records[Int(UInt32(truncatingIfNeeded: keys[end]))]
                    VarInt.write(record.document - next, to: encoded, at: &documentBytes)
                    VarInt.write(record.title, to: encoded, at: &documentBytes)
                    VarInt.write(record.body, to: encoded, at: &documentBytes)
                    next = record.document + 1
                    // Mostly one to three bytes: a plain loop beats a call to memmove.
                    for offset in Int(record.positionStart)..<Int(record.positionEnd) {
                        encodedPositionBase[positionBytes] = positionBase[offset]
                        positionBytes += 1
                    }
                    end += 1
                }
                nextDocument[term] = next
                documentCounts[term] += UInt32(end - start)
                documentStreams.append(UnsafeBufferPointer(rebasing: encoded[0..<documentBytes]), to: term)
                positionStreams.append(UnsafeBufferPointer(rebasing: encodedPositions[0..<positionBytes]), to: term)
                start = end
            }
        }
        }
        }
        }
        }
        }
        }
        batch.clear()
        self.batch = batch
        self.encoded = encoded
        self.encodedPositions = encodedPositions
        self.nextDocument = nextDocument
        self.documentCounts = documentCounts
    }

    /// Flushes the last batch and releases the scratch space of building.
    mutating func finish() {
        flush()
        batch = Batch()
        occurrences = []
        sortScratch = []
        encoded = []
        encodedPositions = []
        shortTerms = ShortTermCache(capacity: 0)
    }

    private mutating func tokenize(_ text: String) {
        var text = text
        text.withUTF8 { tokenize(utf8: $0) }
    }

    private mutating func tokenize(utf8 text: UnsafeBufferPointer<UInt8>) {
        // Take the tokenizer out so its fold cache is not copied on write.
        var tokenizer = self.tokenizer
        self.tokenizer = Tokenizer()
        tokenizer.forEachTokenBytes(inUTF8: text) { bytes, _ in
            let id: UInt32
            if let key = ShortTermCache.key(bytes) {
                id = shortTerms.id(for: key) { terms.insert(bytes) }
            } else {
                id = terms.insert(bytes)
            }
            if Int(id) == documentStreams.count {
                _ = documentStreams.addStream()
                _ = positionStreams.addStream()
                documentCounts.append(0)
                nextDocument.append(0)
            }
            occurrences.append(UInt64(id) << 32 | UInt64(position))
            position &+= 1
        }
        self.tokenizer = tokenizer
    }

    /// Postings of recent articles, in article order, not yet moved to their terms.
    private struct Batch {
        /// Flush once this many postings are waiting (about 7 MB of records, some 800 articles).
        static let flushRecords = 1 << 18
        /// One article's postings of one term.
        struct Record {
            var document: UInt32
            var title: UInt32
            var body: UInt32
            /// Its positions in `positions`.
            var positionStart: UInt32
            var positionEnd: UInt32
        }

        /// `term << 32 | record`; the first `count` are in use (the arrays keep their size).
        var keys: [UInt64] = []
        var records: [Record] = []
        /// Varint position gaps; the first `positionCount` bytes are in use.
        var positions: [UInt8] = []
        /// Records in the batch.
        var count = 0
        var positionCount = 0
        /// Articles whose postings are in the batch.
        var articles = 0

        /// Makes room for `records` more records and `positionBytes` more position bytes.
        mutating func reserve(records: Int, positionBytes: Int) {
            if count + records > keys.count {
                let size = max(keys.count * 2, count + records, 1_024)
                keys.append(contentsOf: repeatElement(0, count: size - keys.count))
                self.records.append(contentsOf: repeatElement(
                    Record(document: 0, title: 0, body: 0, positionStart: 0, positionEnd: 0), count: size - self.records.count))
            }
            if positionCount + positionBytes > positions.count {
                let size = max(positions.count * 2, positionCount + positionBytes, 4_096)
                positions.append(contentsOf: repeatElement(0, count: size - positions.count))
            }
        }

        mutating func clear() {
            articles = 0
            count = 0
            positionCount = 0
        }
    }
}
