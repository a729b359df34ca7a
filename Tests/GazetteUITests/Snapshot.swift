import Foundation
import Testing
@testable import GazetteUI

/// Golden-file snapshots of whole screens, stored in `Tests/GazetteUITests/Snapshots/`.
///
/// A missing file, or `RECORD=1` in the environment, writes the snapshot and fails the test,
/// so a snapshot is never recorded by accident.
enum Snapshot {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    /// The grid as text, framed so trailing spaces and the size are visible.
    static func text(of grid: CellGrid) -> String {
        let border = "+" + String(repeating: "-", count: grid.size.width) + "+"
        var lines = [border]
        for line in grid.lines {
            let padding = max(0, grid.size.width - DisplayWidth.of(line))
            lines.append("|" + line + String(repeating: " ", count: padding) + "|")
        }
        lines.append(border)
        return lines.joined(separator: "\n") + "\n"
    }

    static func assert(_ grid: CellGrid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        let actual = text(of: grid)
        let recording = ProcessInfo.processInfo.environment["RECORD"] == "1"
        guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("recorded snapshot \(name).txt; check it and run again without RECORD", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record snapshot \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        #expect(actual == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
    }
}
