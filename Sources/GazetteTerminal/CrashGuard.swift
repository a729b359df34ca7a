#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Leaves the terminal sane even when the process dies of a fatal signal (a crash, a
/// Swift runtime trap, `abort`, a bus error from an archive truncated while it is mapped)
/// while the reader's screen is up, and makes what was written to standard error during the
/// session readable afterwards.
///
/// While installed, standard error goes to an unlinked temporary file instead of the screen
/// (where it would garble the reader's frame, and be lost with the alternate screen); it is
/// written back to the real standard error when the screen shuts down, or, after a fatal
/// signal, once the handler has left the alternate screen, shown the cursor, turned mouse
/// reporting off and restored the terminal's saved line settings. The handler then re-raises
/// the signal with its default action, so the exit status still says what happened.
///
/// Everything the handler touches is prepared by ``install()``: it only calls
/// async-signal-safe functions (`write`, `read`, `lseek`, `dup2`, `tcsetattr`, `sigaction`,
/// `raise`) on memory allocated beforehand.
enum CrashGuard {
    /// The fatal signals handled.
    static let handled: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    /// Saves the terminal's line settings (call before ncurses changes them), redirects
    /// standard error, and installs the handlers.
    static func install() {
        guard storage == nil else { return }
        let state = UnsafeMutablePointer<State>.allocate(capacity: 1)
        state.initialize(to: State())
        state.pointee.buffer = UnsafeMutableRawPointer.allocate(byteCount: State.bufferSize, alignment: 16)
        state.pointee.savedSettingsValid = tcgetattr(STDIN_FILENO, &state.pointee.savedSettings) == 0
        captureStandardError(into: state)
        storage = state
        previousActions = handled.map { signal in
            var action = TerminationSignals.action(fatalSignalHandler)
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND) | UInt32(SA_NODEFER))
            var previous = sigaction()
            sigaction(signal, &action, &previous)
            return previous
        }
    }

    /// Puts the default handlers back and writes what standard error received during the
    /// session to the real standard error (call after the terminal is restored).
    static func remove() {
        guard let state = storage else { return }
        // The dispositions replaced by install() (the Swift runtime's backtracer, or the default).
        for (signal, action) in zip(handled, previousActions) {
            var action = action
            sigaction(signal, &action, nil)
        }
        previousActions = []
        storage = nil
        replayStandardError(state)
        if state.pointee.captureDescriptor >= 0 { close(state.pointee.captureDescriptor) }
        if state.pointee.originalStandardError >= 0 { close(state.pointee.originalStandardError) }
        state.pointee.buffer?.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// What the handler needs, allocated before any signal can arrive.
    fileprivate struct State {
        static let bufferSize = 4_096
        var savedSettings = termios()
        var savedSettingsValid = false
        /// The unlinked file standard error goes to, or -1.
        var captureDescriptor: Int32 = -1
        /// A duplicate of the real standard error, or -1.
        var originalStandardError: Int32 = -1
        var buffer: UnsafeMutableRawPointer?
    }

    /// The dispositions ``install()`` replaced, one per ``handled`` signal; only ``remove()``
    /// reads them, never the handler.
    private nonisolated(unsafe) static var previousActions: [sigaction] = []

    /// The installed state; written only by ``install()`` and ``remove()`` on the reader's
    /// thread, read by the signal handler.
    fileprivate nonisolated(unsafe) static var storage: UnsafeMutablePointer<State>?

    private static func captureStandardError(into state: UnsafeMutablePointer<State>) {
        let folder = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
        var template = Array("\(folder)/gazette-stderr-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { path in path.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { return }
        // Close-on-exec, like the duplicate below: a browser started with `o` inherits neither.
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        template.withUnsafeBufferPointer { path in _ = path.baseAddress.map { unlink($0) } }
        let original = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 0)
        guard original >= 0, dup2(descriptor, STDERR_FILENO) >= 0 else {
            close(descriptor)
            if original >= 0 { close(original) }
            return
        }
        state.pointee.captureDescriptor = descriptor
        state.pointee.originalStandardError = original
    }

    /// Points standard error back at the terminal and copies the captured bytes to it.
    fileprivate static func replayStandardError(_ state: UnsafeMutablePointer<State>) {
        let capture = state.pointee.captureDescriptor, original = state.pointee.originalStandardError
        guard capture >= 0, original >= 0, let buffer = state.pointee.buffer else { return }
        dup2(original, STDERR_FILENO)
        guard lseek(capture, 0, SEEK_SET) == 0 else { return }
        while true {
            let count = read(capture, buffer, State.bufferSize)
            guard count > 0 else { return }
            writeAll(STDERR_FILENO, buffer, count)
        }
    }

    fileprivate static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) {
        var offset = 0
        while offset < count {
            #if canImport(Glibc)
            let written = Glibc.write(descriptor, bytes + offset, count - offset)
            #else
            let written = Darwin.write(descriptor, bytes + offset, count - offset)
            #endif
            if written <= 0 {
                if written < 0 && errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    fileprivate static func writeText(_ descriptor: Int32, _ text: StaticString) {
        writeAll(descriptor, text.utf8Start, text.utf8CodeUnitCount)
    }
}

/// Restores the terminal, shows what standard error received and a one-line reason, then
/// dies of the same signal: the disposition was reset to the default on entry. (Not the Swift
/// runtime's backtracer: on a terminal it waits half a minute for a key before exiting.)
private func fatalSignalHandler(_ signal: Int32) {
    if let state = CrashGuard.storage {
        // Mouse reporting off, keypad mode off, attributes reset, cursor shown, main screen.
        CrashGuard.writeText(STDOUT_FILENO, "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[?1l\u{1B}>\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n")
        if state.pointee.savedSettingsValid { tcsetattr(STDIN_FILENO, TCSADRAIN, &state.pointee.savedSettings) }
        CrashGuard.replayStandardError(state)
        switch signal {
        case SIGBUS:
            CrashGuard.writeText(STDERR_FILENO, "gazette: fatal: bus error (was the archive file truncated while it was open?)\n")
        case SIGSEGV:
            CrashGuard.writeText(STDERR_FILENO, "gazette: fatal: segmentation fault\n")
        case SIGABRT:
            CrashGuard.writeText(STDERR_FILENO, "gazette: fatal: aborted\n")
        default:
            CrashGuard.writeText(STDERR_FILENO, "gazette: fatal: the program stopped on an internal error\n")
        }
    }
    raise(signal)
}
