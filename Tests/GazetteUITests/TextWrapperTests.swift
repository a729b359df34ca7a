import Testing
@testable import GazetteUI

@Suite struct TextWrapperTests {
    /// The wrapped lines as text.
    func wrapped(_ text: String, width: Int) -> [String] {
        TextWrapper.wrap(text, width: width).map { String(text[$0.range]) }
    }

    /// Checks every line's width against its text and the limit (except lone wide
    /// graphemes in a one-column wrap).
    func checkWidths(_ text: String, width: Int) {
        for line in TextWrapper.wrap(text, width: width) {
            let shown = text[line.range]
            #expect(line.width == DisplayWidth.of(shown))
            #expect(line.width <= width || shown.count == 1)
        }
    }

    @Test func shortTextIsOneLine() {
        #expect(wrapped("hello world", width: 20) == ["hello world"])
        #expect(TextWrapper.wrap("hello world", width: 20).map(\.width) == [11])
    }

    @Test func emptyTextIsOneEmptyLine() {
        let lines = TextWrapper.wrap("", width: 10)
        #expect(lines.count == 1)
        #expect(lines.first?.width == 0)
        #expect(lines.first?.range.isEmpty == true)
    }

    @Test func nonPositiveWidthGivesNoLines() {
        #expect(TextWrapper.wrap("hello", width: 0).isEmpty)
        #expect(TextWrapper.wrap("hello", width: -3).isEmpty)
    }

    @Test func breaksAtSpacesAndDropsThem() {
        #expect(wrapped("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
        #expect(wrapped("aaa bbb ccc", width: 7) == ["aaa bbb", "ccc"])
        #expect(wrapped("one    two", width: 5) == ["one", "two"])
        #expect(wrapped("one two  ", width: 3) == ["one", "two"])
        checkWidths("the quick brown fox jumps over the lazy dog", width: 10)
    }

    @Test func exactFitBoundaries() {
        #expect(wrapped("abcde", width: 5) == ["abcde"])
        #expect(wrapped("abcde fghij", width: 5) == ["abcde", "fghij"])
        #expect(wrapped("abcde fghij", width: 11) == ["abcde fghij"])
        #expect(wrapped("abcde fghij", width: 10) == ["abcde", "fghij"])
        #expect(wrapped("abcdef", width: 5) == ["abcde", "f"])
        #expect(TextWrapper.wrap("abcde fghij", width: 5).map(\.width) == [5, 5])
    }

    @Test func keepsInternalAndLeadingSpaces() {
        #expect(wrapped("a  b", width: 10) == ["a  b"])
        #expect(wrapped("  indented text", width: 10) == ["  indented", "text"])
    }

    @Test func cjkPunctuationNeverStartsALine() {
        // 15 ideographs fill 30 columns; the comma goes with the ideograph before it.
        #expect(wrapped("北京港口今天开通了新的渡轮航线，乘客可以", width: 30)
            == ["北京港口今天开通了新的渡轮航", "线，乘客可以"])
        #expect(wrapped("你好。再见", width: 4) == ["你", "好。", "再见"])
        #expect(wrapped("说「你好」", width: 6) == ["说「你", "好」"])
        checkWidths("北京港口今天开通了新的渡轮航线，乘客可以在码头购票。", width: 9)
    }

    @Test func openingBracketsNeverEndALine() {
        #expect(wrapped("他说「好」", width: 6) == ["他说", "「好」"])
    }

    @Test func runsOfPunctuationStillWrap() {
        #expect(wrapped("。。。。。", width: 4) == ["。。", "。。", "。"])
    }

    @Test func splitsLongWords() {
        #expect(wrapped("abcdefghij", width: 3) == ["abc", "def", "ghi", "j"])
        #expect(wrapped("hi abcdefghij", width: 4) == ["hi", "abcd", "efgh", "ij"])
        let word = String(repeating: "x", count: 100_000)
        let lines = TextWrapper.wrap(word, width: 80)
        #expect(lines.count == 1250)
        #expect(lines.allSatisfy { $0.width == 80 })
    }

    @Test func wideCharactersBreakAnywhere() {
        #expect(wrapped("中文字符测试", width: 4) == ["中文", "字符", "测试"])
        #expect(wrapped("中文字符测试", width: 5) == ["中文", "字符", "测试"])
        #expect(TextWrapper.wrap("中文字符测试", width: 5).map(\.width) == [4, 4, 4])
        #expect(wrapped("日本abc", width: 4) == ["日本", "abc"])
        #expect(wrapped("abc日本", width: 4) == ["abc", "日本"])
        #expect(wrapped("a 日本語です", width: 6) == ["a 日本", "語です"])
        checkWidths("これは日本語の文章です。English words mixed in. 한국어도 있습니다.", width: 7)
    }

    @Test func emojiAndFlagsStayWhole() {
        #expect(wrapped("🇫🇷🇩🇪🇯🇵", width: 5) == ["🇫🇷🇩🇪", "🇯🇵"])
        #expect(wrapped("a👨‍👩‍👧‍👦b", width: 2) == ["a", "👨‍👩‍👧‍👦", "b"])
        #expect(wrapped("ok 👍 done", width: 4) == ["ok", "👍", "done"])
    }

    @Test func combiningMarksStayWithTheirBase() {
        #expect(wrapped("e\u{301}e\u{301}e\u{301}", width: 2) == ["e\u{301}e\u{301}", "e\u{301}"])
        #expect(TextWrapper.wrap("e\u{301}e\u{301}e\u{301}", width: 2).map(\.width) == [2, 1])
        #expect(wrapped("café crème", width: 5) == ["café", "crème"])
    }

    @Test func widthOneWithWideCharactersTerminates() {
        #expect(wrapped("中文", width: 1) == ["中", "文"])
        #expect(TextWrapper.wrap("中文", width: 1).map(\.width) == [2, 2])
        #expect(wrapped("a中b", width: 1) == ["a", "中", "b"])
        #expect(wrapped("中 文", width: 1) == ["中", "文"])
        #expect(wrapped("ab cd", width: 1) == ["a", "b", "c", "d"])
    }

    @Test func wideCharacterMovesWhenOneColumnIsLeft() {
        #expect(wrapped("abcd中", width: 5) == ["abcd", "中"])
        #expect(TextWrapper.wrap("abcd中", width: 5).map(\.width) == [4, 2])
    }

    @Test func tabsAfterSanitizing() {
        let text = TextSanitizer.sanitize("a\tb\tc", tabWidth: 4)
        #expect(wrapped(text, width: 6) == ["a   b", "c"])
    }

    @Test func rangesCoverTheTextInOrder() {
        let text = "Lorem ipsum dolor sit amet, 中文 consectetur 👍🏽 adipiscing elit"
        let lines = TextWrapper.wrap(text, width: 9)
        for (previous, next) in zip(lines, lines.dropFirst()) {
            #expect(previous.range.upperBound <= next.range.lowerBound)
            #expect(text[previous.range.upperBound..<next.range.lowerBound].allSatisfy { $0 == " " })
        }
        #expect(lines.first?.range.lowerBound == text.startIndex)
        #expect(lines.last?.range.upperBound == text.endIndex)
        checkWidths(text, width: 9)
    }

    @Test func largeParagraphWrapsInOnePass() {
        let sentence = "Gazette wraps long paragraphs of news text quickly, 中文也可以. "
        let paragraph = String(repeating: sentence, count: 20_000)
        let lines = TextWrapper.wrap(paragraph, width: 72)
        #expect(lines.count > 15_000)
        #expect(lines.allSatisfy { $0.width <= 72 && $0.width > 0 })
    }
}
