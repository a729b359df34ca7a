import Testing
@testable import GazetteCore

@Suite struct ArticleDateTests {
    @Test(arguments: [
        "2021-01-07", "2021-03-09T17:41", "2021-03-09 17:41", "2021-03-09T17:41:05Z",
        "2021-03-09T17:41:05.123+08:00", "2000-02-29",
    ])
    func acceptsISO8601(_ text: String) throws {
        let date = try #require(ArticleDate(text))
        #expect(date.text == text)
        #expect(date.dayText == String(text.prefix(10)))
    }

    @Test(arguments: [
        "", "2021", "2021-13-01", "2021-02-30", "1900-02-29", "2021-01-07T25:00", "2021-01-07T10",
        "2021-01-07T10:00:00+0", "07/01/2021", "2021-01-07junk", "２０２１-01-07",
    ])
    func rejectsOtherText(_ text: String) {
        #expect(ArticleDate(text) == nil)
    }

    @Test func ordersChronologicallyAcrossOffsets() throws {
        let early = try #require(ArticleDate("2021-01-07T10:00+08:00"))  // 02:00 UTC
        let late = try #require(ArticleDate("2021-01-07T03:00Z"))
        let nextDay = try #require(ArticleDate("2021-01-08"))
        #expect(early < late)
        #expect(late < nextDay)
        #expect([nextDay, late, early].sorted() == [early, late, nextDay])
    }

    @Test func epochDayArithmetic() {
        #expect(ArticleDate.daysFromCivil(year: 1970, month: 1, day: 1) == 0)
        #expect(ArticleDate.daysFromCivil(year: 2000, month: 3, day: 1) == 11_017)
        #expect(ArticleDate.daysFromCivil(year: 1969, month: 12, day: 31) == -1)
    }
}
