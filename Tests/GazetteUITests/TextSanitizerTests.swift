import Testing
@testable import GazetteUI

@Suite struct TextSanitizerTests {
    @Test func leavesSafeTextUnchanged() {
        for text in ["", "plain ascii", "Café 中文 👨‍👩‍👧 🇫🇷", "a\u{200D}b", "e\u{301}", "x\u{FE0F}"] {
            #expect(TextSanitizer.isSafe(text))
            #expect(TextSanitizer.sanitize(text) == text)
        }
    }

    @Test func everyC0ControlBecomesItsControlPicture() throws {
        for code in UInt32(0)..<0x20 where ![0x09, 0x0A, 0x0D].contains(code) {
            let scalar = try #require(Unicode.Scalar(code))
            let picture = try #require(Unicode.Scalar(0x2400 + code))
            let input = "a" + String(Character(scalar)) + "b"
            #expect(!TextSanitizer.isSafe(input))
            #expect(TextSanitizer.sanitize(input) == "a" + String(Character(picture)) + "b")
        }
        #expect(TextSanitizer.sanitize("\u{0}\u{1}\u{1F}") == "␀␁␟")
    }

    @Test func deleteAndC1Controls() throws {
        #expect(TextSanitizer.sanitize("a\u{7F}b") == "a␡b")
        for code in UInt32(0x80)...0x9F {
            let scalar = try #require(Unicode.Scalar(code))
            let input = "x" + String(Character(scalar))
            #expect(!TextSanitizer.isSafe(input))
            #expect(TextSanitizer.sanitize(input) == "x\u{FFFD}")
        }
        // Neighbours of the C1 range stay.
        #expect(TextSanitizer.isSafe("\u{A0}\u{FF}é"))
    }

    @Test func escapeSequencesAreDefused() {
        #expect(TextSanitizer.sanitize("\u{1B}]0;title\u{7}") == "␛]0;title␇")
        #expect(TextSanitizer.sanitize("\u{1B}[2J") == "␛[2J")
        #expect(TextSanitizer.sanitize("red \u{1B}[31mtext\u{1B}[0m") == "red ␛[31mtext␛[0m")
        #expect(TextSanitizer.sanitize("\u{9B}2J") == "\u{FFFD}2J")  // 8-bit CSI
        #expect(!TextSanitizer.sanitize("\u{1B}[2J\u{1B}]8;;http://x\u{1B}\\").unicodeScalars.contains("\u{1B}"))
    }

    @Test func lineBreaksBecomeSpaces() {
        #expect(TextSanitizer.sanitize("one\ntwo") == "one two")
        #expect(TextSanitizer.sanitize("one\rtwo") == "one two")
        #expect(TextSanitizer.sanitize("one\r\ntwo") == "one two")
        #expect(TextSanitizer.sanitize("one\n\ntwo") == "one  two")
        #expect(TextSanitizer.sanitize("a\u{2028}b\u{2029}c") == "a b c")
    }

    @Test func tabsExpandToTheNextStop() {
        #expect(TextSanitizer.sanitize("\tx") == "        x")
        #expect(TextSanitizer.sanitize("ab\tc") == "ab      c")
        #expect(TextSanitizer.sanitize("abcdefgh\ti") == "abcdefgh        i")
        #expect(TextSanitizer.sanitize("a\tb\tc", tabWidth: 4) == "a   b   c")
        #expect(TextSanitizer.sanitize("中\tx", tabWidth: 4) == "中  x")
        #expect(TextSanitizer.sanitize("e\u{301}\tx", tabWidth: 4) == "e\u{301}   x")
        #expect(TextSanitizer.sanitize("\u{1B}\tx", tabWidth: 4) == "␛   x")
        #expect(TextSanitizer.sanitize("a\tb", tabWidth: 0) == "a b")
    }

    @Test func bidiControlsAreRemoved() {
        #expect(TextSanitizer.sanitize("abc\u{202E}def\u{202C}") == "abcdef")
        #expect(TextSanitizer.sanitize("\u{202A}\u{202B}\u{202D}x") == "x")
        #expect(TextSanitizer.sanitize("\u{2066}a\u{2067}b\u{2068}c\u{2069}") == "abc")
        #expect(TextSanitizer.sanitize("\u{200E}שלום\u{200F}") == "שלום")
        #expect(TextSanitizer.sanitize("\u{61C}x") == "x")
        #expect(!TextSanitizer.isSafe("\u{202E}"))
        #expect(!TextSanitizer.isSafe("\u{2066}"))
        // Neighbouring punctuation in the same UTF-8 block stays.
        #expect(TextSanitizer.isSafe("‘quote’ — “dash” … \u{2030}\u{2065}"))
    }

    @Test func joinersAndSelectorsSurvive() {
        let family = "👨‍👩‍👧 \u{1B}"
        #expect(TextSanitizer.sanitize(family) == "👨‍👩‍👧 ␛")
        #expect(TextSanitizer.sanitize("\u{7}❤️") == "␇❤️")
    }
}
