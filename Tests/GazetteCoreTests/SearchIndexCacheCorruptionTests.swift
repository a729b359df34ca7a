import Foundation
import Testing
@testable import GazetteCore

/// Damaged cache files are ignored (with a warning) and rebuilt: never used, never a crash.
@Suite struct SearchIndexCacheCorruptionTests {
    struct Stored {
        let folder: CacheFolder
        let file: ArchiveFile
        let articles: [Article]
        let built: SearchIndex
        let bytes: Data

        init(articleCount: Int, seed: UInt64) throws {
            folder = try CacheFolder(SyntheticArchive(articleCount: articleCount, seed: seed).makeArchive())
            file = try folder.file()
            articles = try file.open().articles
            built = SearchIndex(articles: articles)
            guard folder.cache.store(built, for: file) == nil else { throw CocoaError(.fileWriteUnknown) }
            bytes = try Data(contentsOf: folder.indexURL)
        }

        /// Offsets where the header, the path and each section end.
        var boundaries: [Int] {
            var offsets = [SearchIndexFile.headerSize]
            offsets.append(offsets[0] + SearchIndexFile.padded(file.stamp.path.utf8.count))
            SearchIndexFile.forEachSection(of: built) { _, section in
                offsets.append(offsets[offsets.count - 1] + SearchIndexFile.padded(section.count))
            }
            return offsets
        }

        func load(_ damaged: Data) throws -> SearchIndexCache.Lookup {
            try damaged.write(to: folder.indexURL)
            return folder.cache.load(for: file, articleCount: articles.count)
        }
    }

    @Test func truncationAtEverySectionBoundaryIsCorruption() throws {
        let stored = try Stored(articleCount: 60, seed: 21)
        defer { stored.folder.remove() }
        #expect(stored.boundaries.last == stored.bytes.count)
        var cuts = Set([0, 1, 7, 8, 100])
        for boundary in stored.boundaries.dropLast() {
            cuts.formUnion([boundary - 1, boundary, boundary + 1])
        }
        cuts.insert(stored.bytes.count - 1)
        for cut in cuts.sorted() where cut < stored.bytes.count {
            let lookup = try stored.load(stored.bytes.prefix(cut))
            #expect(SearchIndexCacheTests.isCorrupt(lookup), "cut at \(cut)")
        }
        // Extra bytes at the end are damage too.
        #expect(SearchIndexCacheTests.isCorrupt(try stored.load(stored.bytes + Data([0]))))
    }

    @Test func everyFlippedByteIsNeverUsed() throws {
        let stored = try Stored(articleCount: 8, seed: 22)
        defer { stored.folder.remove() }
        let header = stored.boundaries[1]
        // Every byte of the header and path, a spread of payload bytes, and the bytes around
        // each section boundary (padding included).
        var offsets = Set(0..<header)
        offsets.formUnion(stride(from: header, to: stored.bytes.count, by: 401))
        for boundary in stored.boundaries { offsets.formUnion(boundary - 9..<boundary + 2) }
        for offset in offsets.sorted() where offset < stored.bytes.count {
            var damaged = stored.bytes
            damaged[offset] ^= 0x5A
            let lookup = try stored.load(damaged)
            #expect(!SearchIndexCacheTests.isHit(lookup), "flipped byte \(offset)")
        }
    }

    @Test func damagedFileIsReportedOnceAndRebuilt() throws {
        let stored = try Stored(articleCount: 40, seed: 23)
        defer { stored.folder.remove() }
        var damaged = stored.bytes
        damaged[stored.bytes.count / 2] ^= 0xFF
        try damaged.write(to: stored.folder.indexURL)
        var warnings: [String] = []
        let index = stored.folder.cache.index(for: stored.file, articles: stored.articles, warn: { warnings.append($0) })
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains(stored.folder.indexURL.path) == true)
        SearchIndexCacheTests.expectSameAnswers(index, stored.built, for: Archive(metadata: ArchiveMetadata(title: "t"), articles: stored.articles))
        // Rebuilt: the next lookup is a clean hit.
        #expect(SearchIndexCacheTests.isHit(stored.folder.cache.load(for: stored.file, articleCount: stored.articles.count)))
    }

    @Test func inconsistentArraysWithAValidChecksumAreRejected() throws {
        let stored = try Stored(articleCount: 30, seed: 24)
        defer { stored.folder.remove() }
        // Postings pointing past the article count (checksummed as if they were right).
        let postings = stored.built.postings
        let damaged = SearchIndex(
            articleCount: stored.built.articleCount, terms: stored.built.terms, sortedTermIDs: stored.built.sortedTermIDs,
            postings: CompactPostings(
                documentBytes: postings.documentBytes, positionBytes: postings.positionBytes,
                documentStarts: postings.documentStarts.map { $0 + 1 }, positionBlockStarts: postings.positionBlockStarts,
                documentCounts: postings.documentCounts),
            titleLengths: stored.built.titleLengths, weightedLengths: stored.built.weightedLengths, directory: nil)
        #expect(stored.folder.cache.store(damaged, for: stored.file) == nil)
        #expect(SearchIndexCacheTests.isCorrupt(stored.folder.cache.load(for: stored.file, articleCount: stored.articles.count)))
    }

    @Test func impossibleDirectoriesWithAValidChecksumAreRejected() throws {
        let stored = try Stored(articleCount: 30, seed: 25)
        defer { stored.folder.remove() }
        let good = try #require(ArchiveDirectory(try stored.file.open()))
        let starts = good.articleStarts
        let size = Int(stored.file.stamp.size)
        let directories = [
            ArchiveDirectory(metadata: good.metadata, articleStarts: Array(starts.dropLast())),
            ArchiveDirectory(metadata: good.metadata, articleStarts: [starts[1], starts[0]] + starts.dropFirst(2)),
            ArchiveDirectory(metadata: good.metadata, articleStarts: starts.dropLast() + [size]),
        ]
        for directory in directories {
            let built = stored.built
            let damaged = SearchIndex(
                articleCount: built.articleCount, terms: built.terms, sortedTermIDs: built.sortedTermIDs,
                postings: built.postings, titleLengths: built.titleLengths, weightedLengths: built.weightedLengths,
                directory: directory)
            #expect(stored.folder.cache.store(damaged, for: stored.file) == nil)
            #expect(SearchIndexCacheTests.isCorrupt(stored.folder.cache.load(for: stored.file, articleCount: stored.articles.count)))
        }
    }

    @Test(arguments: [[UInt8](), [1, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0xFF],
                      [0, 0, 0, 0, 0, 0, 0, 0] + [UInt8](repeating: 0xFF, count: 8) + [1],
                      [1, 0, 0, 0, 0, 0, 0, 0, 0xC3] + [UInt8](repeating: 0xFF, count: 8)])
    func badMetadataIsRejected(bytes: [UInt8]) {
        #expect(SearchIndexFile.decodeMetadata(bytes) == nil)
    }

    @Test func postingReaderStaysInBoundsOnBadRecords() {
        // Three articles whose position blocks are [0x85 0x01] (133), [0x02] and nothing, each
        // ending with a whole number, as loading checks. Records: article gap, body frequency
        // × 2 + 1 when the title has the term, then the title frequency, and the offset in the
        // article's block.
        let positions: [UInt8] = [0x85, 0x01, 0x02]
        let blockStarts = [0, 2, 3, 3]
        let cases: [(documents: [UInt8], expected: [[UInt32]])] = [
            // Article 0 (once in the title), then a record naming article 10: the reader stops.
            ([0, 1, 1, 0, 9, 2, 0], [[133]]),
            // Article 1 claims two positions (its block holds one); article 2 an offset past
            // its (empty) block.
            ([1, 1, 2, 0, 0, 1, 1, 7], [[2], []]),
            // Article 0, twice in the body, at an offset into the middle of its block.
            ([0, 4, 1], [[1]]),
            // An offset far past every block; a record cut short after its flag.
            ([0, 1, 1, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F], [[]]),
            ([0, 1], []),
        ]
        for (documents, expected) in cases {
            documents.withUnsafeBufferPointer { documents in
                positions.withUnsafeBufferPointer { positions in
                    blockStarts.withUnsafeBufferPointer { blockStarts in
                        var reader = PostingReader(
                            documents: documents, positions: positions, blockStarts: blockStarts, count: 2, documentLimit: 3)
                        var read: [[UInt32]] = []
                        var scratch: [UInt32] = []
                        while reader.next() != nil {
                            reader.readPositions(into: &scratch)
                            read.append(scratch)
                        }
                        #expect(read == expected)
                    }
                }
            }
        }
    }
}
