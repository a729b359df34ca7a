import Foundation

/// Locates and runs the `gazette` executable that `swift test` built next to the test bundle.
enum GazetteBinary {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    enum Failure: Error, CustomStringConvertible {
        case notFound([String])
        var description: String {
            switch self {
            case .notFound(let places): "gazette binary not found; looked in \(places.joined(separator: ", "))"
            }
        }
    }

    /// The built products folder: the one holding the running test bundle.
    static var productsDirectory: URL {
        var url = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").standardizedFileURL
        while url.pathComponents.count > 1 {
            if url.pathExtension == "xctest" { return url.deletingLastPathComponent() }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? ".").deletingLastPathComponent()
    }

    /// The package root (the folder holding Package.swift).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static func executableURL(_ name: String = "gazette") throws -> URL {
        let candidate = productsDirectory.appendingPathComponent(name)
        guard FileManager.default.isExecutableFile(atPath: candidate.path) else {
            throw Failure.notFound([candidate.path])
        }
        return candidate
    }

    /// A search-index cache folder for this test run, never the real `~/.cache`.
    static let cacheHome = FileManager.default.temporaryDirectory
        .appendingPathComponent("gazette-test-cache-\(getpid())", isDirectory: true)

    /// `environment` with `XDG_CACHE_HOME` in ``cacheHome`` unless the test chose its own.
    static func isolatedCache(_ environment: [String: String]) -> [String: String] {
        var environment = environment
        if environment["XDG_CACHE_HOME"] == ProcessInfo.processInfo.environment["XDG_CACHE_HOME"] {
            environment["XDG_CACHE_HOME"] = cacheHome.path
        }
        return environment
    }

    /// Runs the binary (`gazette`, or another product such as `gazette-bench`) with the
    /// arguments and optional standard input; waits for it to end.
    static func run(
        _ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil,
        currentDirectory: URL? = nil, binary: String = "gazette"
    ) throws -> Output {
        let process = Process()
        process.executableURL = try executableURL(binary)
        process.arguments = arguments
        process.currentDirectoryURL = currentDirectory ?? packageRoot
        process.environment = isolatedCache(environment ?? ProcessInfo.processInfo.environment)
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = inPipe
        try process.run()
        if let stdin { inPipe.fileHandleForWriting.write(stdin) }
        try inPipe.fileHandleForWriting.close()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        let err = errPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }
}
