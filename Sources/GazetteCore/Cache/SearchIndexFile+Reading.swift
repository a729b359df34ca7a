import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SearchIndexFile {
    /// What reading a persisted index gave.
    enum Loaded {
        /// The index, for exactly the expected key.
        case index(SearchIndex)
        /// The file is for another version of the archive, another Gazette or another file:
        /// an ordinary miss.
        case stale
        /// The file is damaged (truncated, wrong checksum, inconsistent arrays): why.
        case corrupt(String)
    }

    /// Reads the index at `path` if it was written for `stamp` with `fingerprint`, and the
    /// archive's `articleCount` (when given) and `contentHash()` match too. The hash is asked
    /// for last, once the sections are read, and only when the cheap parts of the key match:
    /// `keyMatched` is called then, before the sections are read (so that another thread can
    /// compute the hash meanwhile). Never trusts the file: every length, offset and id is
    /// checked before use.
    static func load(path: String, stamp: ArchiveStamp, fingerprint: UInt64, articleCount: Int?,
                     keyMatched: () -> Void = {}, contentHash: () -> UInt64) -> Loaded {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .stale }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .stale }
        var reader = FileReader(descriptor: descriptor, size: Int(status.st_size))
        let header: Header
        switch readHeader(&reader) {
        case .success(let value?): header = value
        case .success(nil): return .stale
        case .failure(let problem): return .corrupt(problem.reason)
        }
        guard header.key.stamp == stamp, header.key.fingerprint == fingerprint,
              articleCount.map({ $0 == header.articleCount }) ?? true else { return .stale }
        keyMatched()
        guard header.fileSize == reader.size else { return .corrupt("truncated or oversized") }
        guard let index = readSections(&reader, header: header) else {
            return .corrupt("inconsistent contents")
        }
        return header.key.contentHash == contentHash() ? index : .stale
    }

    private struct Problem: Error {
        var reason: String
    }

    /// The header, nil when it is intact but for another format or machine.
    private static func readHeader(_ reader: inout FileReader) -> Result<Header?, Problem> {
        guard let bytes = reader.read(headerSize) else { return .failure(Problem(reason: "truncated header")) }
        guard Array(bytes[0..<8]) == magic else { return .failure(Problem(reason: "not a Gazette index")) }
        var offset = 8
        func number<T: FixedWidthInteger>(_ type: T.Type) -> T {
            defer { offset += MemoryLayout<T>.size }
            return bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
        }
        let fileVersion = number(UInt32.self)
        guard fileVersion == version else { return .success(nil) }
        let byteOrder = number(UInt32.self)
        let contentHash = number(UInt64.self), size = number(UInt64.self)
        let seconds = number(Int64.self), nanoseconds = number(Int64.self), fingerprint = number(UInt64.self)
        let articleCount = number(UInt64.self), termCount = number(UInt64.self), pathLength = number(UInt64.self)
        let lengths = Section.allCases.map { _ in number(UInt64.self) }
        let payloadChecksum = number(UInt64.self)
        let numbers = Array(bytes[0..<offset])
        let headerChecksum = number(UInt64.self)
        // Sizes beyond the file cannot be right (and must not be allocated).
        let limit = UInt64(reader.size)
        guard pathLength <= limit, let pathBytes = reader.read(padded(Int(pathLength))) else {
            return .failure(Problem(reason: "truncated header"))
        }
        guard SearchIndexFile.headerChecksum(numbers, path: pathBytes) == headerChecksum,
              pathBytes[Int(pathLength)...].allSatisfy({ $0 == 0 }) else {
            return .failure(Problem(reason: "header checksum mismatch"))
        }
        guard byteOrder == byteOrderMarker else { return .success(nil) }
        guard articleCount <= limit, termCount <= limit, lengths.allSatisfy({ $0 <= limit }) else {
            return .failure(Problem(reason: "impossible sizes"))
        }
        let path = String(decoding: pathBytes[0..<Int(pathLength)], as: UTF8.self)
        let stamp = ArchiveStamp(path: path, size: size, modifiedSeconds: seconds, modifiedNanoseconds: nanoseconds)
        return .success(Header(
            version: fileVersion, byteOrder: byteOrder,
            key: Key(stamp: stamp, contentHash: contentHash, fingerprint: fingerprint),
            articleCount: Int(articleCount), termCount: Int(termCount),
            sectionLengths: lengths.map { Int($0) }, payloadChecksum: payloadChecksum))
    }

    /// Reads every section into its array and checks the checksum and the structure.
    private static func readSections(_ reader: inout FileReader, header: Header) -> Loaded? {
        var checksum: UInt64 = 0
        func section<T>(_ section: Section, as type: T.Type) -> [T]? {
            let length = header.sectionLengths[section.rawValue]
            guard length % MemoryLayout<T>.stride == 0, let array: [T] = reader.readArray(byteCount: length) else { return nil }
            checksum = array.withUnsafeBytes { ContentHash.hash($0, seed: checksum) }
            guard let padding = reader.read(padded(length) - length), padding.allSatisfy({ $0 == 0 }) else { return nil }
            return array
        }
        guard let termBytes = section(.termBytes, as: UInt8.self),
              let termStarts = section(.termStarts, as: UInt32.self),
              let termSlots = section(.termSlots, as: UInt32.self),
              let sortedTermIDs = section(.sortedTermIDs, as: UInt32.self),
              let documentBytes = section(.documentBytes, as: UInt8.self),
              let positionBytes = section(.positionBytes, as: UInt8.self),
              let documentStarts = section(.documentStarts, as: Int.self),
              let positionBlockStarts = section(.positionBlockStarts, as: Int.self),
              let documentCounts = section(.documentCounts, as: UInt32.self),
              let titleLengths = section(.titleLengths, as: UInt32.self),
              let weightedLengths = section(.weightedLengths, as: Double.self),
              let articleStarts = section(.articleStarts, as: Int.self),
              let metadataBytes = section(.archiveMetadata, as: UInt8.self)
        else { return nil }
        guard checksum == header.payloadChecksum else { return .corrupt("checksum mismatch") }
        let articleCount = header.articleCount, termCount = header.termCount
        guard articleCount < Int(UInt32.max),
              let terms = TermTable(bytes: termBytes, starts: termStarts, slots: termSlots), terms.count == termCount,
              sortedTermIDs.count == termCount, sortedTermIDs.allSatisfy({ Int($0) < termCount }),
              titleLengths.count == articleCount, weightedLengths.count == articleCount
        else { return nil }
        let postings = CompactPostings(
            documentBytes: documentBytes, positionBytes: positionBytes, documentStarts: documentStarts,
            positionBlockStarts: positionBlockStarts, documentCounts: documentCounts, documentLimit: UInt32(articleCount))
        guard postings.isWellFormed(termCount: termCount, articleCount: articleCount) else { return nil }
        var directory: ArchiveDirectory?
        if !articleStarts.isEmpty || !metadataBytes.isEmpty {
            guard let metadata = decodeMetadata(metadataBytes), articleStarts.count == articleCount else { return nil }
            let found = ArchiveDirectory(metadata: metadata, articleStarts: articleStarts)
            guard found.fits(fileSize: Int(clamping: header.key.stamp.size)) else { return nil }
            directory = found
        }
        return .index(SearchIndex(
            articleCount: articleCount, terms: terms, sortedTermIDs: sortedTermIDs, postings: postings,
            titleLengths: titleLengths, weightedLengths: weightedLengths, directory: directory))
    }
}

/// Sequential reads from a file descriptor straight into arrays.
private struct FileReader {
    let descriptor: Int32
    let size: Int
    private var offset = 0

    init(descriptor: Int32, size: Int) {
        self.descriptor = descriptor
        self.size = size
    }

    /// The next `count` bytes, or nil past the end.
    mutating func read(_ count: Int) -> [UInt8]? {
        readArray(byteCount: count)
    }

    /// The next `byteCount` bytes as an array of `T` (a multiple of its stride), or nil when
    /// the file ends first.
    mutating func readArray<T>(byteCount: Int) -> [T]? {
        guard byteCount >= 0, offset <= size, byteCount <= size - offset else { return nil }
        let count = byteCount / MemoryLayout<T>.stride
        var complete = true
        let start = offset
        let array = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            var done = 0
            while done < byteCount, let base = raw.baseAddress {
                let got = pread(descriptor, base + done, byteCount - done, off_t(start + done))
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { break }
                done += got
            }
            if done < byteCount {
                // Zero what was not read so the array is initialized; it is discarded.
                if let base = raw.baseAddress { memset(base + done, 0, byteCount - done) }
                complete = false
            }
            initialized = count
        }
        offset += byteCount
        return complete ? array : nil
    }
}
