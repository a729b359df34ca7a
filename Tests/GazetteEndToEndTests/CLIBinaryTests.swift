import Foundation
import GazetteCore
import Testing

@Suite struct CLIBinaryTests {
    @Test func versionFlagPrintsVersion() throws {
        let result = try GazetteBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test func archiveFromAPipeReadsLikeAFile() throws {
        let archive = try TemporaryArchive(SyntheticArchive(articleCount: 60, seed: 4).makeArchive())
        defer { archive.remove() }
        let bytes = try Data(contentsOf: archive.url)
        for command in [["search", "the", "--limit", "5"], ["list"], ["show", "syn-000003"]] {
            let fromFile = try GazetteBinary.run(command + [archive.url.path], environment: archive.environment)
            let fromPipe = try GazetteBinary.run(command + ["/dev/stdin"], stdin: bytes, environment: archive.environment)
            #expect(fromFile.status == 0 && !fromFile.stdout.isEmpty, "\(command)")
            #expect(fromPipe.status == 0 && fromPipe.stderr.isEmpty, "\(command): \(fromPipe.stderr)")
            #expect(fromPipe.stdout == fromFile.stdout, "\(command)")
        }
    }
}
