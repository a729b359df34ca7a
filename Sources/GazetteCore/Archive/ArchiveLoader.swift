import Foundation

/// Reads archive files (format v1) into an ``Archive``, with one-line typed errors.
public enum ArchiveLoader {
    /// Reads and decodes an archive file. The file is only ever opened for reading.
    public static func load(contentsOf url: URL) throws(ArchiveError) -> Archive {
        let (name, data) = try read(url)
        return try load(data: data, fileName: name)
    }

    /// The file's name for messages and its bytes, memory-mapped when possible (see
    /// ``MappedFile``).
    static func read(_ url: URL) throws(ArchiveError) -> (name: String, data: Data) {
        let name = url.isFileURL ? url.relativePath : url.absoluteString
        do {
            return (name, try (url.isFileURL ? MappedFile.map(path: url.path) : nil) ?? Data(contentsOf: url))
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
        if let archive = ArchiveFastDecoder.decode(ArchiveBytes(data)) { return archive }
        let document: JSONValue
        do {
            document = try JSONParser.parse(data)
        } catch {
            throw ArchiveError(
                kind: .malformedJSON, file: fileName, line: error.line, column: error.column, reason: error.reason)
        }
        return try ArchiveDecoder(file: fileName).decode(document)
    }
}
