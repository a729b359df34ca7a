import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line percentage on standard error while long work runs, redrawn in place; nothing
/// when standard error is not a terminal (a log or a pipe gets no carriage returns).
final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var shown = -1

    /// A progress line reading `label` and the percentage.
    init(_ label: String) {
        self.label = label
    }

    /// Shows `done` of `total` (from any thread), when the percentage changed.
    func update(_ done: Int, of total: Int) {
        guard isTerminal, total > 0 else { return }
        let percent = min(100, done * 100 / total)
        lock.lock()
        defer { lock.unlock() }
        guard percent != shown else { return }
        shown = percent
        FileHandle.standardError.write(Data("\r\(label) \(percent)%".utf8))
    }

    /// Clears the line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard isTerminal, shown >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = -1
    }
}
