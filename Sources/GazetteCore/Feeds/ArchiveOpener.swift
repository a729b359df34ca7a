import Foundation

/// Opens any file Gazette reads as an archive: a Gazette archive or a JSON Feed, told apart
/// by parsing once. Errors stay one line with the file and position.
public enum ArchiveOpener {
    /// Reads the file (read-only) and decodes it by its kind.
    public static func open(contentsOf url: URL) throws(ArchiveError) -> Archive {
        let (name, bytes) = try ArchiveLoader.read(url)
        return try open(bytes: bytes, fileName: name)
    }

    /// Decodes bytes as a Gazette archive or a JSON Feed.
    /// Valid Gazette archives take the loader's fast path (see ``ArchiveLoader``).
    public static func open(data: Data, fileName: String) throws(ArchiveError) -> Archive {
        try open(bytes: ArchiveBytes(data, isMapped: false), fileName: fileName)
    }

    /// ``open(data:fileName:)`` of bytes as read (``ArchiveLoader/read(_:)``).
    static func open(bytes: ArchiveBytes, fileName: String) throws(ArchiveError) -> Archive {
        if let archive = ArchiveFastDecoder.decode(bytes) { return archive }
        let document = try ArchiveLoader.parse(bytes.data, fileName: fileName)
        if JSONFeed.isJSONFeed(document) { return try JSONFeed.archive(from: document, fileName: fileName) }
        return try ArchiveDecoder(file: fileName).decode(document)
    }
}
