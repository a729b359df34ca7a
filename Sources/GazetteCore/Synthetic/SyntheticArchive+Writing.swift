import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Streaming output: the archive is encoded one article at a time, in exactly the bytes
/// ``ArchiveWriter/data(for:)`` would produce for the whole archive.
extension SyntheticArchive {
    /// Writes the archive file, replacing `url` atomically (a temporary file in the same folder,
    /// fsync, rename). Memory stays bounded by the plan and one buffer, whatever the count.
    /// `progress` is called with (articles written, total) every 1,000 articles and at the end.
    public func write(to url: URL, progress: ((Int, Int) -> Void)? = nil) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).synthetic.tmp")
        func failure(_ step: String, _ error: Error? = nil) -> AtomicFile.WriteError {
            let reason = error.map { "\($0.localizedDescription)" } ?? String(cString: strerror(errno))
            return AtomicFile.WriteError(path: url.path, reason: "\(step): \(reason)")
        }
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw failure("create temporary file")
        }
        do {
            let handle: FileHandle
            do {
                handle = try FileHandle(forWritingTo: temporary)
            } catch {
                throw failure("open temporary file", error)
            }
            defer { try? handle.close() }
            var buffer: [UInt8] = []
            buffer.reserveCapacity(Self.flushThreshold + 65_536)
            func flush() throws {
                guard !buffer.isEmpty else { return }
                do {
                    try handle.write(contentsOf: buffer)
                } catch {
                    throw failure("write", error)
                }
                buffer.removeAll(keepingCapacity: true)
            }
            var reported = 0
            try encode { chunk, written in
                buffer.append(contentsOf: chunk)
                if buffer.count >= Self.flushThreshold { try flush() }
                if let progress, written > reported, written % 1_000 == 0 || written == articleCount {
                    reported = written
                    progress(written, articleCount)
                }
            }
            try flush()
            do {
                try handle.synchronize()
            } catch {
                throw failure("fsync", error)
            }
            guard rename(temporary.path, url.path) == 0 else { throw failure("rename") }
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// The whole file in memory (small archives; tests compare it with ``ArchiveWriter``).
    func encodedData() -> Data {
        var output: [UInt8] = []
        encode { chunk, _ in output.append(contentsOf: chunk) }
        return Data(output)
    }

    /// How many bytes are buffered before they are written out.
    private static let flushThreshold = 4 << 20

    /// Calls `body` with consecutive pieces of the file and the number of articles encoded so
    /// far: the header, each article (with its separator), then the footer.
    private func encode(_ body: ([UInt8], Int) throws -> Void) rethrows {
        var header: [UInt8] = Array("{\n  \"format\": ".utf8)
        JSONWriter.appendQuoted(Archive.formatName, to: &header)
        header += Array(",\n  \"version\": \(Archive.formatVersion),\n  \"title\": ".utf8)
        let metadata = self.metadata
        JSONWriter.appendQuoted(metadata.title, to: &header)
        if let source = metadata.source {
            header += Array(",\n  \"source\": ".utf8)
            JSONWriter.appendQuoted(source, to: &header)
        }
        header += Array(",\n  \"articles\": ".utf8)
        guard articleCount > 0 else {
            try body(header + Array("[]\n}\n".utf8), 0)
            return
        }
        header.append(UInt8(ascii: "["))
        try body(header, 0)
        let writer = JSONWriter(pretty: true)
        for index in 0..<articleCount {
            // The writer indents from column 0; the article sits two levels deep. Newlines inside
            // strings are escaped, so every raw newline byte is structural.
            let object = writer.data(for: ArchiveEncoder.value(for: article(at: index)))
            var chunk: [UInt8] = index > 0 ? [UInt8(ascii: ",")] : []
            chunk.reserveCapacity(object.count + object.count / 16 + 8)
            chunk += [0x0A, 0x20, 0x20, 0x20, 0x20]
            for byte in object.dropLast() {
                chunk.append(byte)
                if byte == 0x0A { chunk += [0x20, 0x20, 0x20, 0x20] }
            }
            try body(chunk, index + 1)
        }
        try body(Array("\n  ]\n}\n".utf8), articleCount)
    }
}
