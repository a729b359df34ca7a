extension SearchIndexFile {
    /// The ``ArchiveMetadata`` section: the title's byte count (8 bytes) and UTF-8, then the
    /// source's byte count and UTF-8, or the count `UInt64.max` alone when there is none.
    static func encode(_ metadata: ArchiveMetadata) -> [UInt8] {
        var bytes: [UInt8] = []
        func append(_ count: UInt64) { withUnsafeBytes(of: count.littleEndian) { bytes.append(contentsOf: $0) } }
        append(UInt64(metadata.title.utf8.count))
        bytes.append(contentsOf: metadata.title.utf8)
        if let source = metadata.source {
            append(UInt64(source.utf8.count))
            bytes.append(contentsOf: source.utf8)
        } else {
            append(UInt64.max)
        }
        return bytes
    }

    /// The metadata of that section, nil unless the bytes are exactly one valid encoding.
    static func decodeMetadata(_ bytes: [UInt8]) -> ArchiveMetadata? {
        var offset = 0
        func count() -> UInt64? {
            guard bytes.count - offset >= 8 else { return nil }
            defer { offset += 8 }
            return bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        }
        func text(_ length: UInt64) -> String? {
            guard length <= UInt64(bytes.count - offset) else { return nil }
            defer { offset += Int(length) }
            return String(validating: bytes[offset..<offset + Int(length)], as: UTF8.self)
        }
        guard let titleLength = count(), let title = text(titleLength), let sourceLength = count() else { return nil }
        var source: String?
        if sourceLength != UInt64.max {
            guard let text = text(sourceLength) else { return nil }
            source = text
        }
        guard offset == bytes.count else { return nil }
        return ArchiveMetadata(title: title, source: source)
    }
}
