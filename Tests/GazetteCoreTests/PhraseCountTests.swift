import Testing
@testable import GazetteCore

/// ``SearchIndex/countPhrase(_:starts:titleLength:)`` against a plain reference: every start
/// of the first word, checked word by word.
@Suite struct PhraseCountTests {
    static func reference(_ lists: [[UInt32]], titleLength: UInt32) -> (title: Double, body: Double) {
        var title = 0.0, body = 0.0
        for first in lists[0] where lists.indices.allSatisfy({ lists[$0].contains(first &+ UInt32($0)) }) {
            if first < titleLength { title += 1 } else { body += 1 }
        }
        return (title, body)
    }

    static func count(_ lists: [[UInt32]], titleLength: UInt32) -> (title: Double, body: Double) {
        var starts = [0]
        for list in lists { starts.append(starts[starts.count - 1] + list.count) }
        return SearchIndex.countPhrase(lists.flatMap { $0 }, starts: starts, titleLength: titleLength)
    }

    @Test func handMadeCases() {
        let cases: [(lists: [[UInt32]], titleLength: UInt32, title: Double, body: Double)] = [
            ([[0, 5, 9], [1, 6, 10]], 3, 1, 2),              // every start matches, one in the title
            ([[0, 1, 2, 3], [1, 2, 3, 4], [2, 3, 4, 5]], 0, 0, 4),  // overlapping runs all count
            ([[4], [5], [7]], 0, 0, 0),                       // the third word is one position late
            ([[2, 8], [3]], 0, 0, 1),                         // the second word runs out first
            ([[3, 9]], 5, 1, 1),                              // a one-word phrase counts every position
            ([[], [1]], 0, 0, 0),
            ([[7], []], 0, 0, 0),
        ]
        for (lists, titleLength, title, body) in cases {
            let found = Self.count(lists, titleLength: titleLength)
            #expect(found.title == title && found.body == body, "\(lists)")
        }
    }

    @Test func randomListsAgreeWithTheReference() {
        var generator = SplitMix64(seed: 11)
        for round in 0..<2_000 {
            let words = 1 + round % 4
            let lists = (0..<words).map { _ in
                Array(Set((0..<Int.random(in: 0...12, using: &generator)).map { _ in UInt32.random(in: 0..<30, using: &generator) })).sorted()
            }
            let titleLength = UInt32.random(in: 0..<20, using: &generator)
            let found = Self.count(lists, titleLength: titleLength)
            let expected = Self.reference(lists, titleLength: titleLength)
            #expect(found.title == expected.title && found.body == expected.body, "\(lists) title \(titleLength)")
        }
    }
}
