import GazetteCore
import Testing
@testable import GazetteUI

/// The `:` command prompt: parsing, and each command's effect on the reader.
@Suite struct ReaderCommandTests {
    static let parseCases: [(String, ReaderCommand?)] = [
        ("", .empty),
        ("   ", .empty),
        ("find science", .find("science")),
        ("FIND Science", .find("Science")),
        ("f deer", .find("deer")),
        ("find  two spaces", .find(" two spaces")),  // only the one separator goes
        ("find", .find("")),
        ("  find x", .find("x")),
        ("filter 2021-01 source:EX", .filter("2021-01 source:EX")),
        ("filter", .filter("")),
        ("help", .help),
        ("quit", .quit),
        ("q", .quit),
        ("q  ", .quit),
        ("quit now", nil),
        ("help me", nil),
        ("findx", nil),
        ("sort", nil),
    ]

    @Test(arguments: parseCases)
    func parses(line: String, command: ReaderCommand?) {
        #expect(ReaderCommand(parsing: line) == command)
    }

    static func command(_ text: String, from state: ReaderState = ReaderFixture.state()) -> ReaderState {
        ReaderStateTests.run([.beginCommand] + text.map { .typePrompt($0) } + [.submitPrompt], from: state)
    }

    @Test func colonOpensThePromptFromEitherPane() {
        let list = ReaderFixture.state()
        #expect(list.action(for: .character(":")) == .beginCommand)
        let detail = ReaderStateTests.run([.switchFocus], from: list)
        #expect(detail.action(for: .character(":")) == .beginCommand)
        let prompting = ReaderStateTests.run([.beginCommand], from: list)
        #expect(prompting.mode == .commanding(draft: ""))
        #expect(prompting.action(for: .character("q")) == .typePrompt("q"))  // keys type, they do not act
        #expect(prompting.action(for: .escape) == .cancelPrompt)
        #expect(ReaderStateTests.run([.cancelPrompt], from: prompting).mode == .normal)
    }

    @Test func findIsTheSameAsControlF() {
        let viaCommand = Self.command("find SCIENCE")
        let viaKey = ReaderStateTests.run([.beginFind] + ReaderStateUserTests.prompt("SCIENCE"))
        #expect(viaCommand.find == FindQuery("SCIENCE"))
        #expect(viaCommand.find == viaKey.find)
        #expect(viaCommand.matchCursor == viaKey.matchCursor)
        #expect(viaCommand.message == "match 1/2 in this article")
        #expect(viaCommand.mode == .normal)
    }

    @Test func findHighlightsWhileTyping() {
        let typing = ReaderStateTests.run([.beginCommand] + "find deer".map { .typePrompt($0) })
        #expect(typing.highlightFind == FindQuery("deer"))
        #expect(typing.document.matchLines.count == 1)
        let notYet = ReaderStateTests.run([.beginCommand] + "fin".map { .typePrompt($0) })
        #expect(notYet.highlightFind == nil)
    }

    @Test func findWithoutTextClearsAndMissingTextSaysSo() {
        let found = Self.command("find science")
        let cleared = Self.command("find", from: found)
        #expect(cleared.find == nil)
        #expect(cleared.message == "find cleared")
        let missing = Self.command("find zebra")
        #expect(missing.message == "\"zebra\" is not in this article")
        #expect(missing.messageIsError)
    }

    @Test func findNeedsAnOpenArticle() {
        let empty = ReaderState(
            archive: Archive(metadata: ArchiveMetadata(title: "Empty"), articles: []), archiveName: "empty",
            size: Size(width: 120, height: 40))
        let state = Self.command("find x", from: empty)
        #expect(state.message == "no article open")
        #expect(state.messageIsError)
        #expect(state.find == nil)
    }

    @Test func filterAppliesAndABadFilterKeepsItsPrompt() {
        let filtered = Self.command("filter 2021-02")
        #expect(ReaderStateUserTests.listed(filtered) == [5])
        #expect(filtered.message == "1 article in the filter")
        let bad = Self.command("filter 2021-13")
        #expect(bad.mode == .filtering(draft: "2021-13"))
        #expect(bad.messageIsError)
        #expect(Self.command("filter", from: filtered).filter.isEmpty)
    }

    @Test func helpAndQuit() {
        #expect(Self.command("help").mode == .help)
        #expect(Self.command("q").shouldQuit)
        #expect(Self.command("QUIT").shouldQuit)
        #expect(!Self.command("").shouldQuit)
        #expect(Self.command("").message == nil)
    }

    @Test func unknownCommandsAreNamedSafely() {
        let state = Self.command("frobnicate now")
        #expect(state.message == "unknown command ':frobnicate' (try find TEXT, filter TERMS, help, quit)")
        #expect(state.messageIsError)
        #expect(state.mode == .normal)
        let hostile = Self.command("\u{1B}]0;pwned\u{07}")
        #expect(hostile.message?.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) } == true)
    }
}
