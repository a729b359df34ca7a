/// A filter over the article list, parsed from what the reader's `F` prompt takes.
///
/// Syntax: terms separated by spaces, all of which must hold.
/// - `FROM..TO`: dated within the range; each end is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and
///   covers its whole period (`2021-01..2021-03` is January to March 2021); either end may be
///   left out (`2021-02..`, `..2020`). A single period (`2021-01`) is the same as `2021-01..2021-01`.
///   Undated articles never match a date range.
/// - `source:NAME`: the article's source (else the archive's) contains NAME, ignoring case.
/// An empty filter matches everything.
public struct ArticleFilter: Hashable, Sendable, CustomStringConvertible {
    /// Why a filter could not be parsed.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        /// The offending term.
        public var term: String

        /// An error for `term`.
        public init(term: String) {
            self.term = term
        }
        /// `filter: …` one-line message.
        public var description: String {
            "filter: \"\(term)\" is not a date range (YYYY[-MM[-DD]]..YYYY[-MM[-DD]]) or source:NAME"
        }
    }

    /// Lowest period, as typed (`2021`, `2021-01`, `2021-01-31`).
    public private(set) var from: String?
    /// Highest period, as typed.
    public private(set) var to: String?
    /// Source substrings, lowercased.
    public private(set) var sources: [String] = []

    /// The filter that matches everything.
    public static let none = ArticleFilter()

    private init() {}

    /// Parses `text`; throws ``ParseError`` naming the first bad term.
    public init(parsing text: String) throws(ParseError) {
        for term in text.split(whereSeparator: \.isWhitespace).map(String.init) {
            if term.lowercased().hasPrefix("source:") {
                let name = term.dropFirst("source:".count)
                guard !name.isEmpty else { throw ParseError(term: term) }
                sources.append(name.lowercased())
                continue
            }
            let ends: [Substring]
            if let range = term.range(of: "..") {
                ends = [term[..<range.lowerBound], term[range.upperBound...]]
            } else {
                ends = [term[...], term[...]]
            }
            guard ends.allSatisfy({ $0.isEmpty || Self.isPeriod($0) }), !(ends[0].isEmpty && ends[1].isEmpty) else {
                throw ParseError(term: term)
            }
            from = ends[0].isEmpty ? from : String(ends[0])
            to = ends[1].isEmpty ? to : String(ends[1])
        }
    }

    /// Whether nothing is filtered out.
    public var isEmpty: Bool { from == nil && to == nil && sources.isEmpty }

    /// The filter in its canonical text form (empty for ``none``); parsing it gives it back.
    public var description: String {
        var terms: [String] = []
        if from != nil || to != nil {
            terms.append(from == to ? (from ?? "") : "\(from ?? "")..\(to ?? "")")
        }
        terms += sources.map { "source:" + $0 }
        return terms.joined(separator: " ")
    }

    /// Whether `article` passes; `archiveSource` stands in for an article without a source.
    public func matches(_ article: Article, archiveSource: String? = nil) -> Bool {
        if from != nil || to != nil {
            guard let day = article.date?.dayText else { return false }
            if let from, day.prefix(from.count) < from { return false }
            if let to, day.prefix(to.count) > to { return false }
        }
        if !sources.isEmpty {
            let source = (article.source ?? archiveSource ?? "").lowercased()
            if !sources.allSatisfy(source.contains) { return false }
        }
        return true
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a month 01–12 and a day 01–31.
    static func isPeriod(_ text: Substring) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return false }
        if parts.count >= 2 { guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return false } }
        if parts.count == 3 { guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return false } }
        return true
    }
}
