import Foundation

/// The binary layout of a persisted ``SearchIndex``.
///
/// All numbers are little-endian (the machine's order, checked by a marker), every part
/// starts on an 8-byte boundary:
///
/// | bytes | content |
/// |---|---|
/// | 8 | magic `GZTINDEX` |
/// | 4, 4 | format version, byte-order marker `0x01020304` |
/// | 8 × 5 | key: content hash, size, mtime seconds, mtime nanoseconds, index fingerprint |
/// | 8 × 3 | article count, term count, canonical path length |
/// | 8 × 13 | byte length of each section (see ``Section``) |
/// | 8, 8 | checksum of the payload, checksum of the header (the rest of it and the path) |
/// | … | canonical path (UTF-8), then each section, each padded with zeros to 8 bytes |
///
/// Padding must be zeros, so every byte of the file is checked.
///
/// The sections are the index's arrays exactly as it holds them, so loading reads them into
/// place (no per-term decoding) and then checks their structure (``SearchIndexFile/index``).
/// The last two are the ``ArchiveDirectory``, both empty when the index has none.
enum SearchIndexFile {
    /// Bump when the layout changes.
    static let version: UInt32 = 3
    static let magic = Array("GZTINDEX".utf8)
    static let byteOrderMarker: UInt32 = 0x0102_0304
    /// Header bytes before the path.
    static let headerSize = 8 + 8 + 8 * 5 + 8 * 3 + 8 * Section.allCases.count + 8 + 8

    /// The arrays of an index, in file order.
    enum Section: Int, CaseIterable {
        case termBytes, termStarts, termSlots, sortedTermIDs
        case documentBytes, positionBytes, documentStarts, positionBlockStarts, documentCounts
        case titleLengths, weightedLengths
        case articleStarts, archiveMetadata
    }

    /// What identifies the version of an archive an index describes.
    struct Key: Equatable {
        var stamp: ArchiveStamp
        var contentHash: UInt64
        /// ``SearchIndex/fingerprint``: changes when the same text would index differently.
        var fingerprint: UInt64
    }

    /// Everything in the header.
    struct Header {
        var version: UInt32
        var byteOrder: UInt32
        var key: Key
        var articleCount: Int
        var termCount: Int
        var sectionLengths: [Int]
        var payloadChecksum: UInt64

        /// Bytes of the whole file the header announces.
        var fileSize: Int {
            let path = SearchIndexFile.padded(key.stamp.path.utf8.count)
            return sectionLengths.reduce(SearchIndexFile.headerSize + path) { $0 + SearchIndexFile.padded($1) }
        }
    }

    /// The checksum of the header's numbers and its padded path.
    static func headerChecksum(_ numbers: [UInt8], path: [UInt8]) -> UInt64 {
        path.withUnsafeBytes { ContentHash.hash($0, seed: numbers.withUnsafeBytes { ContentHash.hash($0) }) }
    }

    /// `count` rounded up to a multiple of 8.
    static func padded(_ count: Int) -> Int { (count + 7) & ~7 }

    /// Calls `body` with each section's bytes, in file order.
    static func forEachSection(of index: SearchIndex, _ body: (Section, UnsafeRawBufferPointer) throws -> Void) rethrows {
        for section in Section.allCases {
            switch section {
            case .termBytes: try index.terms.bytes.withUnsafeBytes { try body(section, $0) }
            case .termStarts: try index.terms.starts.withUnsafeBytes { try body(section, $0) }
            case .termSlots: try index.terms.slots.withUnsafeBytes { try body(section, $0) }
            case .sortedTermIDs: try index.sortedTermIDs.withUnsafeBytes { try body(section, $0) }
            case .documentBytes: try index.postings.documentBytes.withUnsafeBytes { try body(section, $0) }
            case .positionBytes: try index.postings.positionBytes.withUnsafeBytes { try body(section, $0) }
            case .documentStarts: try index.postings.documentStarts.withUnsafeBytes { try body(section, $0) }
            case .positionBlockStarts: try index.postings.positionBlockStarts.withUnsafeBytes { try body(section, $0) }
            case .documentCounts: try index.postings.documentCounts.withUnsafeBytes { try body(section, $0) }
            case .titleLengths: try index.titleLengths.withUnsafeBytes { try body(section, $0) }
            case .weightedLengths: try index.weightedLengths.withUnsafeBytes { try body(section, $0) }
            case .articleStarts: try (index.directory?.articleStarts ?? []).withUnsafeBytes { try body(section, $0) }
            case .archiveMetadata:
                try (index.directory.map { encode($0.metadata) } ?? []).withUnsafeBytes { try body(section, $0) }
            }
        }
    }

    /// Streams `index` with `key` to `sink`: one pass to checksum the sections, one to write
    /// them, no copy of the index in memory.
    static func write(_ index: SearchIndex, key: Key, to sink: AtomicFile.Sink) throws {
        var lengths: [Int] = []
        var checksum: UInt64 = 0
        forEachSection(of: index) { _, bytes in
            lengths.append(bytes.count)
            checksum = ContentHash.hash(bytes, seed: checksum)
        }
        let header = Header(
            version: version, byteOrder: byteOrderMarker, key: key, articleCount: index.articleCount,
            termCount: index.terms.count, sectionLengths: lengths, payloadChecksum: checksum)
        try encode(header).withUnsafeBytes { try sink.write($0) }
        let zeros = [UInt8](repeating: 0, count: 8)
        try forEachSection(of: index) { _, bytes in
            try sink.write(bytes)
            try zeros.withUnsafeBytes { try sink.write(UnsafeRawBufferPointer(rebasing: $0[0..<(padded(bytes.count) - bytes.count)])) }
        }
    }

    /// The header and path, padded, as bytes.
    static func encode(_ header: Header) -> [UInt8] {
        var bytes = magic
        func append<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        append(header.version)
        append(header.byteOrder)
        append(header.key.contentHash)
        append(header.key.stamp.size)
        append(header.key.stamp.modifiedSeconds)
        append(header.key.stamp.modifiedNanoseconds)
        append(header.key.fingerprint)
        append(UInt64(header.articleCount))
        append(UInt64(header.termCount))
        let path = Array(header.key.stamp.path.utf8)
        append(UInt64(path.count))
        for length in header.sectionLengths { append(UInt64(length)) }
        append(header.payloadChecksum)
        let paddedPath = path + [UInt8](repeating: 0, count: padded(path.count) - path.count)
        append(headerChecksum(bytes, path: paddedPath))
        bytes.append(contentsOf: paddedPath)
        return bytes
    }
}
