import Foundation

/// Locations of the project's shared test material (`../shared` beside the package).
enum SharedFixtures {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static var sharedDirectory: URL {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }

    static var jsonTestSuite: URL {
        sharedDirectory.appendingPathComponent("jsontestsuite/test_parsing")
    }

    static var hasJSONTestSuite: Bool {
        FileManager.default.fileExists(atPath: jsonTestSuite.path)
    }

    static var seedPage: URL {
        sharedDirectory.appendingPathComponent("seed/000_281a0e1f6240f825.txt")
    }

    static var hasSeed: Bool {
        FileManager.default.fileExists(atPath: seedPage.path)
    }
}
