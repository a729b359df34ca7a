import Foundation
import Testing

/// Golden files of command output, stored in `Tests/GazetteEndToEndTests/Snapshots/`.
///
/// A missing file, or `RECORD=1` in the environment, writes the golden file and fails the
/// test, so a golden file is never recorded by accident.
enum GoldenFile {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    static func assert(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        let recording = ProcessInfo.processInfo.environment["RECORD"] == "1"
        guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            do {
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("recorded golden file \(name); check it and run again without RECORD", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record golden file \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        #expect(actual == expected, "output differs from golden file \(name)", sourceLocation: sourceLocation)
    }
}
