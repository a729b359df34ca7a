import GazetteCore
import Testing
@testable import GazetteUI

@Suite struct SettingsTests {
    @Test(arguments: [
        ("iso", "2024-03-09"), ("short", "9 Mar 24"), ("%d/%m/%Y", "09/03/2024"), ("%e %B %Y", "9 March 2024"),
        ("%y%m%d", "240309"), ("100%% %b", "100% Mar"),
    ])
    func formatsDates(format: String, expected: String) throws {
        let date = try #require(ArticleDate("2024-03-09T10:00Z"))
        #expect(try DateFormat(configValue: format).format(date) == expected)
    }

    @Test(arguments: [
        ("%Q", "date-format has unknown directive '%Q' (use %Y %y %m %d %e %b %B %%)"),
        ("%Y-%", "date-format ends with a lone '%'"),
        ("", "date-format is empty"),
        ("%Y\u{1B}[2J", "date-format contains a control character"),
    ])
    func rejectsBadDateFormats(format: String, message: String) {
        #expect(throws: ConfigProblem(line: 0, message: message)) { try DateFormat(configValue: format) }
    }

    @Test func dateColumnFitsTheWidestMonth() throws {
        #expect(DateFormat.iso.columnWidth == 10)
        #expect(try DateFormat(configValue: "%e %B").columnWidth == "30 September".count)
    }

    @Test func listWidthParsesStepsAndClamps() {
        #expect(ListWidth(configValue: "40%") == .percent(40))
        #expect(ListWidth(configValue: "50") == .columns(50))
        #expect(ListWidth(configValue: "90%") == nil)
        #expect(ListWidth(configValue: "5") == nil)
        #expect(ListWidth(configValue: "wide") == nil)
        #expect(ListWidth.columns(50).stepped(by: 1) == .columns(54))
        #expect(ListWidth.percent(68).stepped(by: 1) == .percent(70))
        #expect(ListWidth.columns(50).columns(inTotal: 120) == 50)
        #expect(ListWidth.columns(200).columns(inTotal: 120) == 89, "the article keeps 30 columns and the separator")
    }

    @Test func noColourForcesMonochrome() {
        #expect(ColourTheme.light.effective(noColour: true) == .monochrome)
        #expect(ColourTheme.light.effective(noColour: false) == .light)
    }

    @Test func adoptedSettingsShapeTheLayoutAndMessage() {
        var settings = ReaderSettings()
        settings.listWidth = .columns(40)
        var state = ReaderFixture.state()
        state.adopt(settings, message: "config: broken")
        #expect(state.layout.list?.width == 40)
        #expect(state.message == "config: broken")
        #expect(state.messageIsError)
        #expect(state.applying(.widenList).layout.list?.width == 44)
    }
}
