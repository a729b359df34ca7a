import Foundation

/// Writes archives in format v1: deterministic, pretty JSON, written atomically.
public enum ArchiveWriter {
    /// The archive as UTF-8 JSON (two-space indent, fixed field order, trailing newline).
    public static func data(for archive: Archive) -> Data {
        JSONWriter(pretty: true).data(for: ArchiveEncoder.document(for: archive))
    }

    /// Writes the archive atomically: a temporary file in the same folder, fsync, rename
    /// over the destination, fsync of the folder. A crash leaves the old file or the new one.
    public static func write(_ archive: Archive, to url: URL) throws {
        try AtomicFile.write(data(for: archive), to: url)
    }
}
