#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The last termination signal received (0 when none); written by the signal handler.
private let receivedSignal = Atomic<Int32>(0)
/// Whether a SIGTSTP from outside (`kill -TSTP`) asks the reader to suspend.
private let suspendSignal = Atomic<Bool>(false)

/// SIGTERM, SIGHUP and SIGINT handlers that only record the signal, so the event loop can
/// quit cleanly and restore the terminal instead of dying with it in raw mode; and a SIGTSTP
/// handler that records a suspend request, so a stop sent from outside takes the same path
/// as Ctrl-Z (terminal restored, stop, full redraw on resume).
///
/// Installed without `SA_RESTART`, so a blocking read returns early (EINTR) and
/// ``NCursesScreen/nextEvent(timeoutMilliseconds:)`` reports `.terminationRequested`.
struct TerminationSignals {
    /// The signals handled.
    static let handled: [Int32] = [SIGTERM, SIGHUP, SIGINT]

    /// The dispositions in place before ``install()``, restored by ``restore()``.
    private var previous: [(signal: Int32, action: sigaction)] = []

    /// Replaces the handlers (including the ones ncurses installs) with the flag setter.
    mutating func install() {
        receivedSignal.store(0, ordering: .relaxed)
        let handler: @convention(c) (Int32) -> Void = { signal in
            receivedSignal.store(signal, ordering: .relaxed)
        }
        for signal in Self.handled {
            replace(signal, with: handler)
        }
        suspendSignal.store(false, ordering: .relaxed)
        replace(SIGTSTP) { _ in suspendSignal.store(true, ordering: .relaxed) }
    }

    /// Installs `handler` for `signal`, remembering the previous disposition for ``restore()``.
    private mutating func replace(_ signal: Int32, with handler: @convention(c) (Int32) -> Void) {
        var action = Self.action(handler)
        var old = sigaction()
        if sigaction(signal, &action, &old) == 0 {
            previous.append((signal, old))
        }
    }

    /// A disposition running `handler` (nil: the default action), with an empty mask and no
    /// `SA_RESTART`, so blocking reads return early.
    static func action(_ handler: (@convention(c) (Int32) -> Void)?) -> sigaction {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        return action
    }

    /// Whether a SIGTSTP arrived since the last call (which clears it).
    func takeSuspendRequest() -> Bool {
        suspendSignal.exchange(false, ordering: .relaxed)
    }

    /// Puts back the dispositions saved by ``install()``.
    mutating func restore() {
        for (signal, action) in previous {
            var action = action
            sigaction(signal, &action, nil)
        }
        previous.removeAll()
    }

    /// Whether a termination signal arrived since ``install()``.
    var isPending: Bool { receivedSignal.load(ordering: .relaxed) != 0 }

    /// The last termination signal received since ``install()``, if any.
    var received: Int32? {
        let signal = receivedSignal.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }
}
