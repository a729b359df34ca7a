import GazetteCore
import Testing
@testable import GazetteUI

/// Records what it was asked to open or copy; fails on demand.
final class RecordingOpener: URLOpener, ClipboardWriter {
    struct Refusal: Error, CustomStringConvertible {
        var description: String { "no browser here" }
    }

    var opened: [String] = []
    var copied: [String] = []
    var fails = false

    func open(_ url: String) throws {
        if fails { throw Refusal() }
        opened.append(url)
    }

    func copy(_ text: String) throws {
        if fails { throw Refusal() }
        copied.append(text)
    }
}

@Suite struct URLEffectTests {
    @Test(arguments: [
        ("http://example.org/a", nil),
        ("https://example.org/a?b=c&d=e#f", nil),
        ("HTTPS://EXAMPLE.ORG/", nil),
        ("javascript:alert(1)", WebURL.Rejection.scheme("javascript")),
        ("file:///etc/passwd", .scheme("file")),
        ("data:text/html,<b>x</b>", .scheme("data")),
        ("ftp://example.org/", .scheme("ftp")),
        ("https://example.org/a\nb", .invalidCharacters),
        ("https://example.org/\u{1B}]52;c;x\u{07}", .invalidCharacters),
        ("https://example.org/a b", .invalidCharacters),
        ("https://example.org/\u{9B}", .invalidCharacters),
        ("https:///path-only", .missingHost),
        ("https:", .missingHost),
        ("/relative/path", .scheme(nil)),
        ("http://[::1", .malformed),
    ])
    func checksURLs(url: String, rejection: WebURL.Rejection?) {
        switch WebURL.check(url) {
        case .success(let checked):
            #expect(rejection == nil)
            #expect(checked == url)
        case .failure(let reason):
            #expect(reason == rejection)
        }
    }

    static func state(url: String?) -> ReaderState {
        let article = Article(id: ArticleID("x"), title: "Linked", url: url, body: ["Body."])
        let archive = Archive(metadata: ArchiveMetadata(title: "T"), articles: [article])
        return ReaderState(archive: archive, graph: LinkGraph(articles: archive.articles), archiveName: "T",
                           size: Size(width: 100, height: 20))
    }

    @Test func openEmitsAnEffectThatTheLoopPerformsThroughTheOpener() throws {
        let state = Self.state(url: "https://example.org/story?id=1&x=2")
        #expect(state.applying(.openURL).effects == [.openURL("https://example.org/story?id=1&x=2")])

        let opener = RecordingOpener()
        let screen = FakeScreen(size: state.size, events: [.character("o"), .terminationRequested])
        let final = try ReaderLoop(settings: ReaderSettings(), opener: opener, clipboard: opener).run(state, on: screen, index: nil)
        #expect(opener.opened == ["https://example.org/story?id=1&x=2"])
        #expect(final.effects.isEmpty)
        #expect(screen.frames.last?.lines.last?.contains("opened https://example.org/story?id=1&x=2") == true)
    }

    @Test func openerFailureIsReported() {
        var state = Self.state(url: "https://example.org/")
        let opener = RecordingOpener()
        opener.fails = true
        state.apply(.openURL)
        state.performEffects(opener: opener, clipboard: nil)
        #expect(state.message == "cannot open https://example.org/: no browser here")
        #expect(state.messageIsError)
    }

    @Test(arguments: [
        ("javascript:alert(1)", "will not open \"javascript:alert(1)\": only http and https URLs are opened, not javascript:"),
        ("https://x.org/\u{1B}[2J", "will not open \"https://x.org/␛[2J\": it contains control characters or spaces"),
        (nil, "this article has no URL"),
    ])
    func refusedURLsEmitNothing(url: String?, message: String) {
        let state = Self.state(url: url).applying(.openURL)
        #expect(state.effects.isEmpty)
        #expect(state.message == message)
    }

    @Test func copyNeedsTheSettingThenGoesThroughTheClipboard() {
        var state = Self.state(url: "https://example.org/")
        state.apply(.copyURL)
        #expect(state.effects.isEmpty)
        #expect(state.message?.hasPrefix("copying is off: set osc52-copy = true") == true)

        var settings = ReaderSettings()
        settings.osc52Copy = true
        state.adopt(settings)
        state.apply(.copyURL)
        let clipboard = RecordingOpener()
        state.performEffects(opener: nil, clipboard: clipboard)
        #expect(clipboard.copied == ["https://example.org/"])
        #expect(state.message == "copied https://example.org/")
    }
}
