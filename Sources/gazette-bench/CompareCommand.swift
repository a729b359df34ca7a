import ArgumentParser
import Foundation
import GazetteCore

/// `gazette-bench compare`: Gazette's load next to jq, python3 and rg on the same file.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Time jq, python3 json.load and rg on the archive next to Gazette's own load (tools that are missing are skipped)."
    )

    @Argument(help: "The archive file.")
    var file: String

    func run() throws {
        let gazette = try Measure.time { () throws -> Int in
            do { return try ArchiveLoader.load(contentsOf: URL(fileURLWithPath: file)).articles.count } catch {
                throw ValidationError("\(error)")
            }
        }
        print("gazette load: \(Measure.milliseconds(gazette.seconds)) (\(gazette.value) articles)")
        let tools: [(String, [String])] = [
            ("jq", ["jq", ".articles|length", file]),
            ("python3 json.load", ["python3", "-c", "import json,sys; json.load(open(sys.argv[1]))", file]),
            ("rg -c -i -w the", ["rg", "-c", "-i", "-w", "the", file]),
        ]
        for (name, command) in tools {
            guard let path = Self.which(command[0]) else {
                print("\(name): skipped (\(command[0]) is not installed)")
                continue
            }
            let timed = Measure.time { () -> Int32 in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: path)
                process.arguments = Array(command.dropFirst())
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                do { try process.run() } catch { return -1 }
                process.waitUntilExit()
                return process.terminationStatus
            }
            let ratio = gazette.seconds > 0 ? timed.seconds / gazette.seconds : 0
            print("\(name): \(Measure.milliseconds(timed.seconds)) (exit \(timed.value)), \(String(format: "%.2f", ratio))× Gazette's load")
        }
    }

    static func which(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
