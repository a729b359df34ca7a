import Foundation

/// Reads archive files (format v1) into an ``Archive``, with one-line typed errors.
public enum ArchiveLoader {
    /// Reads and decodes an archive file. The file is only ever opened for reading.
    public static func load(contentsOf url: URL) throws(ArchiveError) -> Archive {
        let (name, bytes) = try read(url)
        return try load(bytes: bytes, fileName: name)
    }

    /// The file's name for messages and its bytes, memory-mapped when possible (see
    /// ``MappedFile``); anything else (a pipe, a device) is read to its end.
    static func read(_ url: URL) throws(ArchiveError) -> (name: String, bytes: ArchiveBytes) {
        let name = url.isFileURL ? url.relativePath : url.absoluteString
        if url.isFileURL, let mapped = MappedFile.map(path: url.path) { return (name, ArchiveBytes(mapped, isMapped: true)) }
        do {
            if url.isFileURL {
                // Not a mappable regular file: Foundation's whole-file read wants a size.
                let handle = try FileHandle(forReadingFrom: url)
                defer { try? handle.close() }
                return (name, ArchiveBytes(try handle.readToEnd() ?? Data(), isMapped: false))
            }
            return (name, ArchiveBytes(try Data(contentsOf: url), isMapped: false))
        } catch {
            throw ArchiveError(kind: .unreadable, file: name, reason: FileReadFailure.reason(for: error, at: url))
        }
    }

    /// Decodes archive bytes; `fileName` names the source in error messages.
    ///
    /// Valid files take a fast path that decodes straight from the bytes and keeps bodies as
    /// byte ranges of `data`; anything else goes through the full parser and decoder, which
    /// explain the problem.
    public static func load(data: Data, fileName: String) throws(ArchiveError) -> Archive {
        try load(bytes: ArchiveBytes(data, isMapped: false), fileName: fileName)
    }

    /// ``load(data:fileName:)`` of bytes as read (``read(_:)``).
    static func load(bytes: ArchiveBytes, fileName: String) throws(ArchiveError) -> Archive {
        if let archive = ArchiveFastDecoder.decode(bytes) { return archive }
        return try ArchiveDecoder(file: fileName).decode(parse(bytes.data, fileName: fileName))
    }

    /// The file parsed as JSON, for the decoders that explain what is wrong with it;
    /// malformed JSON is an error naming its line and column.
    static func parse(_ data: Data, fileName: String) throws(ArchiveError) -> JSONValue {
        do {
            return try JSONParser.parse(data)
        } catch {
            throw ArchiveError(
                kind: .malformedJSON, file: fileName, line: error.line, column: error.column, reason: error.reason)
        }
    }
}
