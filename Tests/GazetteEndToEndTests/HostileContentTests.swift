import Foundation
import GazetteCore
import Testing

/// Hostile archive text through every printing command of the real binary: nothing that
/// steers a terminal reaches standard output, and `--json` stays faithful to the archive.
@Suite struct HostileContentTests {
    /// Writes ``HostileString/archive`` for the duration of `body`.
    static func withArchive(_ body: (URL) throws -> Void) throws {
        let archive = try TemporaryArchive(HostileString.archive)
        defer { archive.remove() }
        try body(archive.url)
    }

    /// Records an issue for every unsafe scalar, naming the command.
    static func expectTerminalSafe(_ output: String, _ command: String) {
        let unsafe = HostileString.terminalUnsafeScalars(in: output)
        #expect(unsafe.isEmpty, "\(command) printed \(unsafe.map { String(format: "U+%04X", $0.value) })")
    }

    /// The JSON output has no raw control (the pretty-printing newlines aside) and parses.
    static func parsedJSON(_ output: String, _ command: String) throws -> JSONObject {
        expectTerminalSafe(output, command)
        let document = try JSONParser.parse(Data(output.utf8))
        return try #require(document.objectValue, "\(command) prints one JSON object")
    }

    @Test func listPrintsOneSafeLinePerArticle() throws {
        try Self.withArchive { url in
            let result = try GazetteBinary.run(["list", url.path])
            #expect(result.status == 0)
            Self.expectTerminalSafe(result.stdout, "list")
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == HostileString.all.count, "newlines inside titles never split a line")
            #expect(lines.first?.contains("Hostile 0 before ␛]0;pwned title␇ after") == true)
            #expect(lines.contains { $0.contains("invoice gnp.exe done") }, "bidi controls are dropped")
        }
    }

    @Test func listJSONRoundTripsEveryString() throws {
        try Self.withArchive { url in
            let result = try GazetteBinary.run(["list", url.path, "--json"])
            #expect(result.status == 0)
            let root = try Self.parsedJSON(result.stdout, "list --json")
            #expect(root["archive"]?.objectValue?["title"] == .string("Hostile \(HostileString.all[0].text)"))
            let articles = try #require(root["articles"]?.arrayValue)
            #expect(articles.count == HostileString.all.count)
            for (index, hostile) in HostileString.all.enumerated() {
                let article = try #require(articles[index].objectValue)
                #expect(article["title"] == .string("Hostile \(index) \(hostile.text)"), "\(hostile.name)")
                #expect(article["source"] == .string(hostile.text), "\(hostile.name)")
                #expect(article["next"]?.objectValue?["title"] == .string(hostile.text), "\(hostile.name)")
            }
        }
    }

    @Test func searchTextAndJSON() throws {
        try Self.withArchive { url in
            let text = try GazetteBinary.run(["search", "needle", url.path])
            #expect(text.status == 0)
            Self.expectTerminalSafe(text.stdout, "search")
            #expect(text.stdout.split(separator: "\n").count == 2 * HostileString.all.count, "a title line and a snippet line per hit")

            let json = try GazetteBinary.run(["search", "needle", url.path, "--json"])
            #expect(json.status == 0)
            let root = try Self.parsedJSON(json.stdout, "search --json")
            let hits = try #require(root["hits"]?.arrayValue)
            #expect(hits.count == HostileString.all.count)
            for hit in hits {
                let object = try #require(hit.objectValue)
                let index = try #require(object["index"]?.integerValue)
                #expect(object["title"] == .string("Hostile \(index) \(HostileString.all[index].text)"))
                let snippet = try #require(object["snippet"]?.stringValue)
                #expect(SafeText.isSafe(snippet), "snippets are display text, made safe even in JSON")
            }
        }
    }

    @Test(arguments: HostileString.all.indices)
    func showPrintsEachArticleSafely(index: Int) throws {
        try Self.withArchive { url in
            let text = try GazetteBinary.run(["show", "h\(index)", url.path, "--width", "60"])
            #expect(text.status == 0)
            Self.expectTerminalSafe(text.stdout, "show h\(index)")
            #expect(text.stdout.split(separator: "\n").allSatisfy { SafeText.isSafe($0) })

            let json = try GazetteBinary.run(["show", "h\(index)", url.path, "--json"])
            #expect(json.status == 0)
            let root = try Self.parsedJSON(json.stdout, "show --json h\(index)")
            let article = try #require(root["article"]?.objectValue)
            let body = try #require(article["body"]?.arrayValue)
            #expect(body.last == .string(HostileString.all[index].text), "JSON keeps the text exactly")
        }
    }

    @Test func errorMessagesQuoteArchiveTextSafely() throws {
        var archive = HostileString.archive
        archive.articles[0].id = ArticleID(HostileString.all[0].text)
        archive.articles[1].id = archive.articles[0].id
        let invalid = try TemporaryArchive(archive)
        defer { invalid.remove() }
        // Duplicate ids: the loader quotes the hostile id in its message.
        let result = try GazetteBinary.run(["list", invalid.url.path])
        #expect(result.status == 2)
        Self.expectTerminalSafe(result.stderr, "list (error)")
        for hostile in HostileString.all.prefix(8) {
            let lookup = try GazetteBinary.run(["show", hostile.text])
            #expect(lookup.status == 2)
            Self.expectTerminalSafe(lookup.stderr, "show <\(hostile.name)> (error)")
        }
    }
}
