import Foundation
import Testing

@Suite struct ValidateCommandTests {
    @Test func summarizesTheBundledArchive() throws {
        let result = try GazetteBinary.run(["validate", "data/bjast.json"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            BJAST news (English) (data/bjast.json)
            articles: 1
            chains: 1 (longest: 1 article)
            links: 2, resolved 0 (id 0, url 0, exact-title 0, normalized-title 0, title-prefix 0), broken 2 (ambiguous 0)
              broken: u-html-article-20210107-46359 "BJAST and Beijing School Conducted Coop…" → previous: "Xu Xinchao, Deputy Director of Beijing Municipal Science and Technology Commission, Visited the BJAST" (not found)
              broken: u-html-article-20210107-46359 "BJAST and Beijing School Conducted Coop…" → next: "Zheng Huanmin, the President of BJAST, and His Party Attended the 36th Whole Nation Academies of Sciences Conference" (not found)

            """)
    }

    @Test func rejectsMalformedArchivesWithPosition() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bad.json")
        try Data("{\n  \"format\": \"gazette-archive\",\n  \"version\": 1\n  \"title\": \"x\"\n}\n".utf8).write(to: file)
        let result = try GazetteBinary.run(["validate", file.path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "gazette: \(file.path):4:3: malformed JSON: expected ',' or '}' after object member, found '\"'\n")
    }

    @Test func usageErrorsExitWithTwo() throws {
        let result = try GazetteBinary.run(["validate", "a", "b"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Unexpected argument"))
        let missing = try GazetteBinary.run(["validate", "/nonexistent.json"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "gazette: /nonexistent.json: cannot read: no such file\n")
    }
}
