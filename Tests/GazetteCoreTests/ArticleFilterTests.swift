import GazetteCore
import Testing

@Suite struct ArticleFilterTests {
    static func article(_ date: String?, source: String? = nil) -> Article {
        Article(id: ArticleID("x"), title: "T", date: date.flatMap(ArticleDate.init), source: source)
    }

    @Test(arguments: [
        // (filter, date, source, matches)
        ("2021-01..2021-03", "2021-03-31", nil, true),
        ("2021-01..2021-03", "2021-04-01", nil, false),
        ("2021-01..2021-03", "2020-12-31T23:00", nil, false),
        ("2021-01..2021-03", nil, nil, false),
        ("2021", "2021-12-31", nil, true),
        ("2021-02..", "2030-01-01", nil, true),
        ("..2020", "2021-01-01", nil, false),
        ("source:bjast", nil, "BJAST news", true),
        ("source:bjast", nil, "Other", false),
        ("source:BJ 2021-01-07", "2021-01-07", "BJAST", true),
        ("", nil, nil, true),
    ] as [(String, String?, String?, Bool)])
    func matches(filter: String, date: String?, source: String?, expected: Bool) throws {
        let parsed = try ArticleFilter(parsing: filter)
        #expect(parsed.matches(Self.article(date, source: source)) == expected)
        #expect(try ArticleFilter(parsing: parsed.description) == parsed, "the description parses back")
    }

    @Test func archiveSourceStandsInForAMissingOne() throws {
        #expect(try ArticleFilter(parsing: "source:bj").matches(Self.article(nil), archiveSource: "BJAST"))
    }

    @Test(arguments: ["2021-13", "21-01", "2021-1", "..", "source:", "bjast", "2021-01-32", "2021-01..x"])
    func rejects(text: String) {
        #expect(throws: ArticleFilter.ParseError(term: text)) { try ArticleFilter(parsing: text) }
    }

    @Test func describesCanonically() throws {
        #expect(try ArticleFilter(parsing: "  source:BJAST   2021-01..2021-03 ").description == "2021-01..2021-03 source:bjast")
        #expect(try ArticleFilter(parsing: "2021-01").description == "2021-01")
        #expect(ArticleFilter.none.description.isEmpty)
    }

    @Test func sortsByDateBothWaysWithUndatedLast() {
        let archive = Archive(metadata: ArchiveMetadata(title: "A"), articles: [
            Article(id: ArticleID("a"), title: "b 10", date: ArticleDate("2021-01-02")),
            Article(id: ArticleID("b"), title: "b 9"),
            Article(id: ArticleID("c"), title: "a", date: ArticleDate("2021-01-03")),
        ])
        #expect(ArticleSort.dateDescending.sorted([0, 1, 2], in: archive) == [2, 0, 1])
        #expect(ArticleSort.dateAscending.sorted([0, 1, 2], in: archive) == [0, 2, 1])
        #expect(ArticleSort.title.sorted([0, 1, 2], in: archive) == [2, 1, 0])
        #expect(ArticleSort.archive.sorted([2, 0, 1], in: archive) == [0, 1, 2])
        #expect(ArticleSort.allCases.map(\.next) == [.dateDescending, .dateAscending, .title, .archive])
    }
}
