import Foundation
import Testing

@Suite struct CLIBinaryTests {
    @Test func versionFlagPrintsVersion() throws {
        let result = try GazetteBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }
}
