import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program with only standard input, output and error inherited.
///
/// Foundation's `Process` on Linux learns that a child ended when a descriptor it shares
/// with the child closes; `tmux` forks a server that keeps every inherited descriptor
/// open, so `waitUntilExit` would never return. This spawns with all other descriptors
/// closed, no signal blocked or ignored, and waits with `waitpid`.
enum ChildProcess {
    /// What a finished program produced.
    struct Result {
        /// Exit status (128 + signal number when killed by a signal).
        var status: Int32
        /// Standard output.
        var stdout: String
        /// Standard error.
        var stderr: String
    }

    /// Why a program could not be run.
    struct LaunchFailure: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "cannot run \(path): \(String(cString: strerror(code)))" }
    }

    /// Runs `path` with `arguments` and `environment`, standard input from /dev/null and
    /// output captured through files in `scratch`; waits for it to exit.
    static func run(
        _ path: String, _ arguments: [String], environment: [String: String], scratch: URL
    ) throws -> Result {
        let outputPath = scratch.appendingPathComponent("stdout").path
        let errorPath = scratch.appendingPathComponent("stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        for descriptor in inheritedDescriptors() where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }

        // Test threads may block signals (and posix_spawn passes the mask on); the tmux
        // server and the programs it runs need SIGCHLD, SIGWINCH, SIGTERM… delivered.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        sigdelset(&allSignals, SIGKILL)
        sigdelset(&allSignals, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([path] + arguments).map { strdup($0) }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") }
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let code = (argv + [nil]).withUnsafeBufferPointer { argvBuffer in
            (envp + [nil]).withUnsafeBufferPointer { envpBuffer in
                guard let argvBase = argvBuffer.baseAddress, let envpBase = envpBuffer.baseAddress else {
                    return EINVAL
                }
                return posix_spawn(
                    &pid, path, &actions, &attributes, UnsafeMutablePointer(mutating: argvBase),
                    UnsafeMutablePointer(mutating: envpBase))
            }
        }
        guard code == 0 else { throw LaunchFailure(path: path, code: code) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let out = (try? Data(contentsOf: URL(fileURLWithPath: outputPath))) ?? Data()
        let err = (try? Data(contentsOf: URL(fileURLWithPath: errorPath))) ?? Data()
        return Result(
            status: exitStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    /// The descriptors open in this process (from /proc/self/fd; empty where it does not
    /// exist). The one used to list the folder is closed again by the time of the spawn,
    /// and glibc ignores close actions for descriptors that are not open.
    private static func inheritedDescriptors() -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return names.compactMap { Int32($0) }
    }
}
