import Testing
@testable import GazetteCore

@Suite struct SafeTextTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("\u{1B}]0;pwned\u{07}title", "␛]0;pwned␇title"),
        ("\u{1B}[2J\u{1B}[H", "␛[2J␛[H"),
        ("a\u{9B}31mb", "a\u{FFFD}31mb"),
        ("del\u{7F}", "del␡"),
        ("nul\u{0}", "nul␀"),
        ("line\nbreak\r", "line break "),
        ("ab\tc", "ab      c"),
        ("\u{202E}evil\u{202C} \u{2066}iso\u{2069}\u{200F}", "evil iso"),
        ("👨‍👩‍👧 ❤️", "👨‍👩‍👧 ❤️"),
    ])
    func makesLinesSafe(input: String, expected: String) {
        let safe = SafeText.line(input)
        #expect(safe == expected)
        #expect(SafeText.isSafe(safe))
    }

    @Test func byteCheckAgreesWithTheScalarRuleForEveryScalar() {
        // Every scalar, alone and between neighbours of every UTF-8 length: the byte-level
        // check must flag exactly the scalars that have a replacement.
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let unsafe = SafeText.replacement(for: value) != nil
            let alone = String(Character(scalar))
            #expect(alone.utf8.withContiguousStorageIfAvailable(SafeText.isSafe(utf8:)) == !unsafe, "U+\(String(value, radix: 16))")
            if value < 0x3000 || value % 997 == 0 {
                let framed = "aé\(alone)北😀"
                #expect(SafeText.isSafe(framed) == !unsafe, "U+\(String(value, radix: 16)) framed")
            }
        }
    }

    @Test func keepsLineStructureInMultiLineText() {
        #expect(SafeText.lines("one\u{1B}\ntwo") == "one␛\ntwo")
    }
}
