import Foundation

/// Reads archive files (format v1) into an ``Archive``, with one-line typed errors.
public enum ArchiveLoader {
    /// Reads and decodes an archive file. The file is only ever opened for reading.
    public static func load(contentsOf url: URL) throws(ArchiveError) -> Archive {
        let name = url.isFileURL ? url.relativePath : url.absoluteString
        let data: Data
        do {
            data = try Data(contentsOf: url, options: [.mappedIfSafe])
        } catch {
            throw ArchiveError(kind: .unreadable, file: name, reason: FileReadFailure.reason(for: error, at: url))
        }
        return try load(data: data, fileName: name)
    }

    /// Decodes archive bytes; `fileName` names the source in error messages.
    public static func load(data: Data, fileName: String) throws(ArchiveError) -> Archive {
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
