import Foundation
import Testing
@testable import GazetteCore

/// Runs the loader on every file of JSONTestSuite's `test_parsing` folder.
@Suite(.enabled(if: SharedFixtures.hasJSONTestSuite, "../shared/jsontestsuite is absent"))
struct JSONTestSuiteTests {
    static func files(prefix: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: SharedFixtures.jsonTestSuite.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.sorted()
            .map { SharedFixtures.jsonTestSuite.appendingPathComponent($0) }
    }

    @Test func suiteHasAllFiles() {
        let all = JSONTestSuiteTests.files(prefix: "")
        #expect(all.count == 318)
        #expect(JSONTestSuiteTests.files(prefix: "n_").count == 188)
        #expect(JSONTestSuiteTests.files(prefix: "y_").count == 95)
    }

    @Test func rejectsEveryInvalidDocument() throws {
        for url in JSONTestSuiteTests.files(prefix: "n_") {
            let data = try Data(contentsOf: url)
            #expect(throws: JSONParseError.self, "\(url.lastPathComponent)") { try JSONParser.parse(data) }
            do {
                _ = try ArchiveLoader.load(data: data, fileName: url.lastPathComponent)
                Issue.record("\(url.lastPathComponent) loaded")
            } catch {
                #expect(error.kind == .malformedJSON, "\(url.lastPathComponent): \(error)")
                #expect(error.line != nil && error.column != nil)
                #expect(error.description.hasPrefix(url.lastPathComponent + ":"))
            }
        }
    }

    @Test func acceptsEveryValidDocumentThenRejectsItsSchema() throws {
        for url in JSONTestSuiteTests.files(prefix: "y_") {
            let data = try Data(contentsOf: url)
            #expect(throws: Never.self, "\(url.lastPathComponent)") { try JSONParser.parse(data) }
            do {
                _ = try ArchiveLoader.load(data: data, fileName: url.lastPathComponent)
                Issue.record("\(url.lastPathComponent) loaded as an archive")
            } catch {
                #expect(error.kind == .schema, "\(url.lastPathComponent): \(error)")
            }
        }
    }

    @Test func survivesImplementationDefinedDocuments() throws {
        var seen = 0
        for url in JSONTestSuiteTests.files(prefix: "i_") {
            let data = try Data(contentsOf: url)
            do {
                _ = try ArchiveLoader.load(data: data, fileName: url.lastPathComponent)
                Issue.record("\(url.lastPathComponent) loaded as an archive")
            } catch {
                #expect(error.kind == .schema || error.kind == .malformedJSON)
            }
            seen += 1
        }
        #expect(seen == 35)
    }
}
