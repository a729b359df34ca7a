import Foundation
import GazetteCore
import Testing

@Suite struct CommandOutputTests {
    @Test func listPrintsOneLinePerArticle() throws {
        let archive = try TemporaryArchive(TemporaryArchive.chain(count: 4))
        defer { archive.remove() }
        let result = try GazetteBinary.run(["list", archive.url.path])
        #expect(result.status == 0)
        #expect(result.stdout == """
            2022-01-01  n0  Story number 0 about the harbour
            2022-01-02  n1  Story number 1 about the harbour
            2022-01-03  n2  Story number 2 about the harbour
            2022-01-04  n3  Story number 3 about the harbour

            """)
        let sorted = try GazetteBinary.run(["list", archive.url.path, "--sort", "date", "--since", "2022-01-02", "--until", "2022-01-03"])
        #expect(sorted.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true)[1] } == ["n2", "n1"])
        let bad = try GazetteBinary.run(["list", archive.url.path, "--since", "soon"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--since 'soon' is not an ISO 8601 date"))
    }

    @Test func listJSONIsOneParsableDocument() throws {
        let archive = try TemporaryArchive(TemporaryArchive.chain(count: 3))
        defer { archive.remove() }
        let result = try GazetteBinary.run(["list", archive.url.path, "--json"])
        #expect(result.status == 0)
        let document = try JSONParser.parse(Data(result.stdout.utf8))
        let object = try #require(document.objectValue)
        #expect(object["count"] == .number("3"))
        let first = try #require(object["articles"]?.arrayValue?.first?.objectValue)
        #expect(first["id"] == .string("n0"))
        #expect(first["next"]?.objectValue?["target"] == .string("n1"))
        #expect(first["next"]?.objectValue?["rule"] == .string("exact-title"))
        let last = try #require(object["articles"]?.arrayValue?.last?.objectValue)
        #expect(last["previous"]?.objectValue?["rule"] == .string("title-prefix"))
        #expect(last["next"]?.objectValue?["broken"] == .string("not-found"))
    }

    @Test func showWrapsAndPrintsLinks() throws {
        let archive = try TemporaryArchive(TemporaryArchive.chain(count: 3))
        defer { archive.remove() }
        let result = try GazetteBinary.run(["show", "story NUMBER 1 about the harbour", archive.url.path, "--width", "30"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Story number 1 about the
            harbour
            2022-01-02 · Chain Times

            Body of story 1. It mentions
            lighthouse.

            Second paragraph.

            ← previous: Story number 0
            about the harbour
            → next: Story number 2 about
            the harbour

            """)
        let ambiguous = try GazetteBinary.run(["show", "Story number", archive.url.path])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr == "gazette: \"Story number\" matches 3 articles (n0, n1, n2); give an id\n")
    }

    @Test func searchRanksAndExitsOneWithoutHits() throws {
        let archive = try TemporaryArchive(TemporaryArchive.chain(count: 7))
        defer { archive.remove() }
        let result = try GazetteBinary.run(["search", "ferries", archive.url.path])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map { String($0.split(separator: " ")[1]) } == ["n0", "n3", "n6"])
        #expect(result.stdout.contains("\n    … of story 0. It mentions lighthouse and ferries.\n"))
        let none = try GazetteBinary.run(["search", "zeppelin", archive.url.path])
        #expect(none.status == 1)
        #expect(none.stdout.isEmpty)
        let json = try GazetteBinary.run(["search", "\"story 3\"", archive.url.path, "--json", "--limit", "1"])
        let object = try #require(try JSONParser.parse(Data(json.stdout.utf8)).objectValue)
        #expect(object["total"] == .number("1"))
        #expect(object["hits"]?.arrayValue?.first?.objectValue?["id"] == .string("n3"))
    }

    @Test func hostileTextNeverReachesTheOutput() throws {
        let archive = try TemporaryArchive(TemporaryArchive.chain(count: 3))
        defer { archive.remove() }
        for arguments in [["show", "n2", archive.url.path], ["search", "hostile", archive.url.path], ["list", archive.url.path],
                          ["list", archive.url.path, "--json"], ["show", "n2", archive.url.path, "--json"]] {
            let result = try GazetteBinary.run(arguments)
            #expect(!result.stdout.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) },
                    "\(arguments)")
        }
        let show = try GazetteBinary.run(["show", "n2", archive.url.path])
        #expect(show.stdout.contains("Hostile ␛]0;pwned␇ title and ␛[2J clear \u{FFFD}c."))
        let json = try GazetteBinary.run(["show", "n2", archive.url.path, "--json"])
        #expect(json.stdout.contains(#"Hostile \u001b]0;pwned\u0007 title and \u001b[2J clear \u009bc."#))
    }
}
