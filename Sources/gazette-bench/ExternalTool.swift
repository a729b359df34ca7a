import Foundation

/// A command-line program `gazette-bench compare` times.
struct ExternalTool {
    /// Why a run failed.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The program's name, looked up in `PATH`.
    let name: String
    /// Its arguments.
    let arguments: [String]
    /// How the comparison table names it.
    let label: String

    /// The first executable named ``name`` in `PATH`, if any.
    func executablePath() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = String(directory) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs the program once with output discarded; returns the wall-clock seconds.
    func time(_ executable: String) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = MonotonicClock.now()
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot start \(executable): \(error.localizedDescription)")
        }
        process.waitUntilExit()
        let seconds = MonotonicClock.seconds(since: start)
        // ripgrep exits 1 when nothing matches; that is still a complete run.
        guard process.terminationReason == .exit, process.terminationStatus == 0 || (name == "rg" && process.terminationStatus == 1)
        else {
            throw Failure(description: "\(name) exited with status \(process.terminationStatus)")
        }
        return seconds
    }
}
