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
                documentStarts: postings.documentStarts.map { $0 + 1 }, positionStarts: postings.positionStarts,
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
        // A record naming article 10 when there are 3 (positions end with a whole number, as
        // loading checks).
        let documents: [UInt8] = [0, 1, 0, 9, 1, 0]
        let positions: [UInt8] = [0x85, 0x01, 0x02]
        documents.withUnsafeBufferPointer { documents in
            positions.withUnsafeBufferPointer { positions in
                var reader = PostingReader(documents: documents, positions: positions, count: 2, documentLimit: 3)
                var found: [UInt32] = []
                var read: [UInt32] = []
                while let record = reader.next() {
                    found.append(record.document)
                    reader.readPositions(into: &read)
                }
                #expect(found == [0])
                #expect(read == [133])
            }
        }
    }
}
