import Testing
@testable import GazetteCore

/// Highlight ranges of a query, computed on bytes, against a plain reference on strings.
@Suite struct QueryMatchingTests {
    /// The reference: every token as a string, term and prefix tokens and phrase runs,
    /// sorted and joined where they touch.
    static func referenceRanges(_ query: SearchQuery, _ text: String) -> [Range<String.Index>] {
        var tokenizer = Tokenizer()
        var tokens: [(token: String, range: Range<String.Index>)] = []
        tokenizer.forEachToken(in: text) { tokens.append(($0, $1)) }
        var ranges: [Range<String.Index>] = []
        for clause in query.clauses {
            switch clause {
            case .term(let term):
                ranges += tokens.filter { $0.token == term }.map(\.range)
            case .prefix(let prefix):
                ranges += tokens.filter { $0.token.utf8.starts(with: prefix.utf8) }.map(\.range)
            case .phrase(let words):
                guard words.count <= tokens.count else { continue }
                for start in 0...(tokens.count - words.count)
                where (0..<words.count).allSatisfy({ tokens[start + $0].token == words[$0] }) {
                    ranges.append(tokens[start].range.lowerBound..<tokens[start + words.count - 1].range.upperBound)
                }
            }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<String.Index>] = []
        for range in ranges {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    @Test func rangesAndFirstRangeAgreeWithTheReference() {
        // Few distinct words, so that phrases, repeats, prefixes and overlaps are frequent;
        // CJK characters touch, so their matches join.
        let words = ["the", "cat", "catalog", "Cat", "sat", "é", "e\u{301}", "北", "京", "北京", "x", "the-cat"]
        let separators = [" ", " ", ", ", "", "\u{2014}", "\n"]
        let queries = [
            "cat", "cat*", "\"the cat\"", "\"cat cat\"", "\"the cat sat\" cat*", "the cat", "北京", "京 北*",
            "e", "\"sat the\" \"the cat\"", "the-cat", "\"cat the cat\"", "x* \"x x\"",
        ].map(SearchQuery.init)
        var generator = SplitMix64(seed: 29)
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 14)
            var text = ""
            for _ in 0..<length {
                text += words[Int(generator.next() % UInt64(words.count))]
                text += separators[Int(generator.next() % UInt64(separators.count))]
            }
            for query in queries {
                let expected = Self.referenceRanges(query, text)
                #expect(query.matchRanges(in: text) == expected, "\(query.text) in \(text.debugDescription)")
                #expect(query.firstMatchRange(in: text) == expected.first, "first \(query.text) in \(text.debugDescription)")
            }
        }
    }

    @Test func firstRangeOfALongTextIsFoundAtItsStart() {
        let text = "Cat and dog. " + String(repeating: "filler words here ", count: 10_000) + "cat"
        let query = SearchQuery("cat")
        #expect(query.firstMatchRange(in: text).map { String(text[$0]) } == "Cat")
        #expect(query.matchRanges(in: text).count == 2)
        #expect(SearchQuery("absent").firstMatchRange(in: text) == nil)
    }

    @Test func scanStopsWhenAsked() {
        var tokenizer = Tokenizer()
        var seen: [String] = []
        tokenizer.scanTokenBytes(in: "one Two thrée 北京 five") { token, _ in
            seen.append(String(decoding: token, as: UTF8.self))
            return seen.count < 4
        }
        #expect(seen == ["one", "two", "three", "北"])
    }

    @Test func paragraphsAreReadUntilTheCallerStops() {
        let article = Article(id: ArticleID("a"), title: "t", body: ["first", "second", "third"])
        var read: [String] = []
        article.forEachParagraph { paragraph in
            read.append(paragraph)
            return paragraph == "second"
        }
        #expect(read == ["first", "second"])
    }
}
