import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif

/// Crash-safe file replacement: temp file in the destination's folder, fsync, rename,
/// fsync of the folder.
public enum AtomicFile {
    /// Why an atomic write failed.
    public struct WriteError: Error, CustomStringConvertible {
        /// The destination path.
        public var path: String
        /// The failing step and the system's reason.
        public var reason: String
        /// `path: reason`.
        public var description: String { "\(path): cannot write: \(reason)" }
    }

    /// Replaces the file at `url` with `data` atomically.
    public static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { sink in
            try data.withUnsafeBytes { try sink.write($0) }
        }
    }

    /// Writes sequentially to an open temporary file.
    public struct Sink {
        fileprivate let descriptor: Int32
        fileprivate let failure: (String) -> WriteError

        /// Writes all of `bytes`.
        public func write(_ bytes: UnsafeRawBufferPointer) throws {
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(descriptor, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure("write")
                }
                offset += written
            }
        }
    }

    /// Replaces the file at `url` atomically with what `produce` writes to the sink (large
    /// files are streamed instead of assembled in memory first). When `produce` throws, the
    /// temporary file is removed and the destination is left as it was.
    public static func write(to url: URL, _ produce: (Sink) throws -> Void) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        func failure(_ step: String) -> WriteError {
            WriteError(path: url.path, reason: "\(step): \(String(cString: strerror(errno)))")
        }
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("create temporary file") }
        var closed = false
        defer {
            if !closed { close(descriptor) }
        }
        do {
            try produce(Sink(descriptor: descriptor, failure: failure))
            guard fsync(descriptor) == 0 else { throw failure("fsync") }
            closed = true
            guard close(descriptor) == 0 else { throw failure("close") }
            guard rename(temporary.path, url.path) == 0 else { throw failure("rename") }
        } catch {
            unlink(temporary.path)
            throw error
        }
        let directoryDescriptor = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    /// Removes the temporary files of `url` (see ``write(to:_:)``) left by writers that were
    /// killed mid-write, e.g. by `kill -9`: their process is gone. A live writer's file, and
    /// this process's own, are left alone.
    public static func removeAbandonedTemporaries(of url: URL) {
        let directory = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let fields = name.dropFirst(prefix.count).split(separator: ".")
            guard let pid = fields.first.flatMap({ pid_t($0) }), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(directory.appendingPathComponent(name).path)
        }
    }
}
