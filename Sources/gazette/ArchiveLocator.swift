import Foundation
import GazetteCore

/// Finds the archive a command works on: the ARCHIVE argument, or the bundled
/// `data/bjast.json` found next to the package (searched upwards from the current
/// directory and from the executable's location).
enum ArchiveLocator {
    static let bundledName = "data/bjast.json"

    static func url(for argument: String?) throws -> URL {
        if let argument { return URL(fileURLWithPath: argument) }
        if let bundled = bundledArchive() { return bundled }
        throw Console.fail("no ARCHIVE given and the bundled \(bundledName) was not found; pass an archive path")
    }

    static func bundledArchive() -> URL? {
        var starts = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        starts.append(executable.deletingLastPathComponent())
        for start in starts {
            var directory = start.standardizedFileURL
            for _ in 0..<8 {
                let candidate = directory.appendingPathComponent(bundledName)
                if FileManager.default.fileExists(atPath: candidate.path) {
                    return relativeToCurrentDirectory(candidate)
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return nil
    }

    private static func relativeToCurrentDirectory(_ url: URL) -> URL {
        let current = FileManager.default.currentDirectoryPath + "/"
        if url.path.hasPrefix(current) {
            return URL(fileURLWithPath: String(url.path.dropFirst(current.count)))
        }
        return url
    }

    /// Reads and decodes the archive, keeping the file (its identity and bytes: the search
    /// index cache's key); errors become a one-line message and exit code 2.
    static func open(_ argument: String?) throws -> (url: URL, file: ArchiveFile, archive: Archive) {
        let url = try url(for: argument)
        let file = try read(url)
        return (url, file, try decode(file))
    }

    /// Reads the archive file (see ``open(_:)``).
    static func read(_ url: URL) throws -> ArchiveFile {
        do {
            return try ArchiveFile(url: url)
        } catch {
            throw Console.fail(error.description)
        }
    }

    /// Decodes a read archive file (see ``open(_:)``).
    static func decode(_ file: ArchiveFile) throws -> Archive {
        do {
            return try file.open()
        } catch {
            throw Console.fail(error.description)
        }
    }

    /// Loads the archive (a Gazette archive or a JSON Feed), turning errors into a one-line message and exit code 2.
    static func load(_ argument: String?) throws -> (url: URL, archive: Archive) {
        let url = try url(for: argument)
        do {
            return (url, try ArchiveOpener.open(contentsOf: url))
        } catch {
            throw Console.fail(error.description)
        }
    }
}
