#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GazetteUI

/// Opens URLs with `$BROWSER` (one program: a name looked up in PATH or a path; of a
/// colon-separated list the first entry), else `xdg-open`.
///
/// The program is started with `posix_spawnp` — no shell — with the URL as its one
/// argument, in a process group of its own (so terminal signals meant for the reader miss
/// it), with the environment the opener was given, with standard input, output and error on /dev/null so
/// it cannot draw over the reader. The reader does not wait for it; a background thread
/// reaps it when it ends.
public struct BrowserOpener: URLOpener {
    /// Why a browser could not be started.
    public struct Failure: Error, CustomStringConvertible {
        /// A short reason.
        public let description: String
    }

    /// The program started.
    public let program: String
    /// The environment it gets (also where it is looked up: PATH).
    private let environment: [String: String]

    /// Chooses the program from the environment, which the program also inherits.
    public init(environment: [String: String]) {
        let browser = environment["BROWSER"]?.split(separator: ":").first.map(String.init) ?? ""
        program = browser.isEmpty ? "xdg-open" : browser
        self.environment = environment
    }

    /// Starts the program on `url` (which the caller has checked: see ``WebURL``).
    public func open(_ url: String) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
            posix_spawn_file_actions_addopen(
                &actions, descriptor, "/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var pid: pid_t = 0
        let arguments: [UnsafeMutablePointer<CChar>?] = [strdup(program), strdup(url), nil]
        let variables: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer { (arguments + variables).forEach { free($0) } }
        let status = arguments.withUnsafeBufferPointer { argv in
            variables.withUnsafeBufferPointer { envp in
                guard let argv = argv.baseAddress, let envp = envp.baseAddress else { return EINVAL }
                return posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
            }
        }
        guard status == 0 else {
            if status == ENOENT {
                throw Failure(description: "\(TextSanitizer.sanitize(program)) not found; set BROWSER to your browser")
            }
            throw Failure(description: "cannot start \(TextSanitizer.sanitize(program)): \(String(cString: strerror(status)))")
        }
        let child = pid
        Thread.detachNewThread {
            var childStatus: Int32 = 0
            while waitpid(child, &childStatus, 0) == -1 && errno == EINTR {}
        }
    }
}
