import Testing
@testable import GazetteUI

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(DisplayWidth.of("Hello, world!") == 13)
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of(Character("a")) == 1)
        #expect(DisplayWidth.of(Character(" ")) == 1)
    }

    @Test func controlCharactersHaveNoWidth() {
        #expect(DisplayWidth.of(Character("\u{1B}")) == 0)
        #expect(DisplayWidth.of(Character("\u{7F}")) == 0)
        #expect(DisplayWidth.of(Character("\u{85}")) == 0)
        #expect(DisplayWidth.of("a\u{7}b") == 2)
    }

    @Test func cjkIsTwoColumns() {
        #expect(DisplayWidth.of(Character("中")) == 2)
        #expect(DisplayWidth.of("中文字") == 6)
        #expect(DisplayWidth.of("日本語のテキスト") == 16)
        #expect(DisplayWidth.of(Character("\u{3000}")) == 2)  // ideographic space
        #expect(DisplayWidth.of(Character("\u{20000}")) == 2)  // CJK extension B
        #expect(DisplayWidth.of("abc中") == 5)
    }

    @Test func kanaAndHangulAreTwoColumns() {
        #expect(DisplayWidth.of("ひらがな") == 8)
        #expect(DisplayWidth.of("カタカナ") == 8)
        #expect(DisplayWidth.of("한국어") == 6)
        // A syllable spelled with conjoining jamo: initial (wide) + medial + final (zero).
        #expect(DisplayWidth.of(Character("\u{1100}\u{1161}\u{11A8}")) == 2)
        #expect(DisplayWidth.of(Character("\u{1161}")) == 0)
    }

    @Test func fullwidthFormsAreTwoColumnsAndHalfwidthOne() {
        #expect(DisplayWidth.of("ＡＢＣ") == 6)
        #expect(DisplayWidth.of("！") == 2)
        #expect(DisplayWidth.of("￥") == 2)
        #expect(DisplayWidth.of("ｱｲｳ") == 3)  // halfwidth katakana
    }

    @Test func combiningMarksAddNoWidth() {
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
        #expect(DisplayWidth.of("Cafe\u{301}") == 4)
        #expect(DisplayWidth.of("Café") == 4)
        #expect(DisplayWidth.of(Character("\u{301}")) == 0)
        #expect(DisplayWidth.of(Character("a\u{20DD}")) == 1)  // enclosing circle
        #expect(DisplayWidth.of("नमस्ते") == 4)
    }

    @Test func zeroWidthFormatCharacters() {
        #expect(DisplayWidth.of(Character("\u{200B}")) == 0)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of(Character("\u{FEFF}")) == 0)
        #expect(DisplayWidth.of(Character("\u{2060}")) == 0)
        #expect(DisplayWidth.of(Character("\u{00AD}")) == 1)  // soft hyphen, as glibc
    }

    @Test func emojiAreTwoColumns() {
        #expect(DisplayWidth.of(Character("😀")) == 2)
        #expect(DisplayWidth.of(Character("🚀")) == 2)
        #expect(DisplayWidth.of(Character("🥰")) == 2)
        #expect(DisplayWidth.of(Character("🫠")) == 2)
        #expect(DisplayWidth.of(Character("⌚")) == 2)
        #expect(DisplayWidth.of(Character("👍🏽")) == 2)  // skin tone modifier
        #expect(DisplayWidth.of("ok 👍") == 5)
    }

    @Test func textPresentationSymbolsAreOneColumnUnlessSelected() {
        #expect(DisplayWidth.of(Character("\u{2764}")) == 1)  // heavy black heart
        #expect(DisplayWidth.of(Character("\u{2764}\u{FE0F}")) == 2)
        #expect(DisplayWidth.of(Character("\u{263A}")) == 1)
        #expect(DisplayWidth.of(Character("1\u{FE0F}\u{20E3}")) == 2)  // keycap
        #expect(DisplayWidth.of(Character("\u{1F321}")) == 1)  // thermometer
        #expect(DisplayWidth.of(Character("©")) == 1)
    }

    @Test func flagsAndZWJSequencesAreTwoColumns() {
        #expect(DisplayWidth.of(Character("🇫🇷")) == 2)
        #expect(DisplayWidth.of("🇯🇵🇺🇸") == 4)
        #expect(DisplayWidth.of(Character("👨‍👩‍👧‍👦")) == 2)
        #expect(DisplayWidth.of(Character("🏳️‍🌈")) == 2)
        #expect(DisplayWidth.of(Character("👁‍🗨")) == 2)
        #expect(DisplayWidth.of(Character("\u{1F1EB}")) == 1)  // a lone regional indicator
    }

    @Test func otherScriptsAreOneColumn() {
        #expect(DisplayWidth.of("Ελληνικά") == 8)
        #expect(DisplayWidth.of("Русский") == 7)
        #expect(DisplayWidth.of("עברית") == 5)
        #expect(DisplayWidth.of("→•…—") == 4)
    }

    @Test func tablesAreSortedAndDisjoint() {
        #expect(WidthTables.zeroWidth.isSortedAndDisjoint)
        #expect(WidthTables.eastAsianWide.isSortedAndDisjoint)
        #expect(WidthTables.emojiPresentation.isSortedAndDisjoint)
    }

    @Test func tableLookupFindsRangeEdges() {
        let table = ScalarRangeTable([0x10...0x12, 0x20...0x20, 0x30...0x3F])
        #expect(table.contains(0x10) && table.contains(0x12) && table.contains(0x20) && table.contains(0x3F))
        #expect(!table.contains(0x0F) && !table.contains(0x13) && !table.contains(0x21) && !table.contains(0x40))
        #expect(!ScalarRangeTable([]).contains(0))
    }
}
