import Testing
@testable import GazetteCore

@Suite struct TitleNormalizerTests {
    @Test(arguments: [
        // case
        ("BJAST and Beijing School", "bjast and beijing school"),
        ("STRASSE", "strasse"),
        ("Straße", "strasse"),
        ("ΟΔΟΣ", "οδοσ"),
        ("οδος", "οδοσ"),
        ("ﬁnal", "final"),
        // diacritics are kept
        ("Café Müller", "café müller"),
        ("ÉCOLE", "école"),
        // whitespace
        ("  two   spaces\tand\ttabs \n ", "two spaces and tabs"),
        ("no\u{00A0}break\u{2009}thin\u{3000}ideographic", "no break thin ideographic"),
        ("soft\u{00AD}hyphen zero\u{200B}width", "softhyphen zerowidth"),
        ("control\u{0007}bell", "control bell"),
        // quotes and dashes
        ("\u{2018}single\u{2019} \u{201A}low\u{201B} 5\u{2032}", "'single' 'low' 5'"),
        ("\u{201C}double\u{201D} \u{201E}low\u{201F} 5\u{2033}", "\"double\" \"low\" 5\""),
        ("en\u{2013}dash em\u{2014}dash minus\u{2212}", "en-dash em-dash minus-"),
        // trailing punctuation
        ("Conference.", "conference"),
        ("Conference...", "conference"),
        ("Conference\u{2026}", "conference"),
        ("Zheng Huanmin, ...", "zheng huanmin"),
        ("Title: ;", "title"),
        ("Wait\u{2026} what", "wait... what"),
        ("Who won?", "who won?"),
        ("Stop!", "stop!"),
        ("U.S. Election", "u.s. election"),
        // other scripts pass through
        ("北京科学院举行会议", "北京科学院举行会议"),
        ("", ""),
        ("  ...  ", ""),
    ])
    func normalizes(_ input: String, _ expected: String) {
        let result = TitleNormalizer.normalize(input)
        #expect(result == expected)
        #expect(Array(result.utf8) == Array(expected.utf8))
    }

    @Test func precomposedAndDecomposedAccentsGiveTheSameBytes() {
        let composed = TitleNormalizer.normalize("Caf\u{00E9} de l'\u{00C9}cole")
        let decomposed = TitleNormalizer.normalize("Cafe\u{0301} de l'E\u{0301}cole")
        #expect(Array(composed.utf8) == Array(decomposed.utf8))
        #expect(Array(composed.utf8) == Array("caf\u{00E9} de l'\u{00E9}cole".utf8))
    }

    @Test(arguments: [
        "Zheng Huanmin, the President of BJAST, and His Party Attended the 36th Whole Nation Academies",
        "  \u{201C}Qu\u{00E9}bec\u{201D} \u{2014} STRASSE\u{2026} ",
        "E\u{0301}COLE \u{0130}stanbul \u{01F0}",
        "Hangul \u{AC00}\u{11A8} kana \u{304B}\u{3099}",
        "ends with dots . . .",
    ])
    func isIdempotent(_ input: String) {
        let once = TitleNormalizer.normalize(input)
        #expect(Array(TitleNormalizer.normalize(once).utf8) == Array(once.utf8))
    }

    /// All-ASCII titles take a one-pass path of their own; a title with one non-ASCII letter in
    /// front takes the general one, which must treat the ASCII rest the same way: every ASCII
    /// byte (controls, DEL, capitals, the trimmed punctuation) in 3,000 random titles.
    @Test func asciiPathAgreesWithTheGeneralPath() {
        var generator = SplitMix64(seed: 11)
        let alphabet: [UInt8] = Array(0...0x7F) + Array(repeating: 0x20, count: 20) + Array(".,;:".utf8)
        for _ in 0..<3_000 {
            let length = Int(generator.next() % 40)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let title = String(decoding: bytes, as: UTF8.self)
            let ascii = TitleNormalizer.normalize(title)
            let general = TitleNormalizer.normalize("\u{00E9} " + title)
            #expect(general == (ascii.isEmpty ? "\u{00E9}" : "\u{00E9} " + ascii), "\(bytes)")
        }
    }

    @Test func composesHangulAndKana() {
        #expect(Array(TitleNormalizer.normalize("\u{AC00}\u{11A8}").utf8) == Array("\u{AC01}".utf8))
        #expect(Array(TitleNormalizer.normalize("\u{304B}\u{3099}").utf8) == Array("\u{304C}".utf8))
    }
}
