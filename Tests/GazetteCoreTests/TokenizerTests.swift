import Testing
@testable import GazetteCore

@Suite struct TokenizerTests {
    static func tokens(_ text: String) -> [String] {
        var tokenizer = Tokenizer()
        return tokenizer.tokens(in: text)
    }

    @Test(arguments: [
        ("Hello, World! 2021", ["hello", "world", "2021"]),
        ("Café ZÜRICH naïve", ["cafe", "zurich", "naive"]),
        ("students' don't e-mail", ["students", "don", "t", "e", "mail"]),
        ("北京科学 BJAST", ["北", "京", "科", "学", "bjast"]),
        ("ひらがなカタカナ", ["ひ", "ら", "が", "な", "カ", "タ", "カ", "ナ"]),
        ("한국어 텍스트", ["한국어", "텍스트"]),
        ("Москва Αθήνα", ["москва", "αθηνα"]),
        ("e\u{301}cole", ["ecole"]),
        ("😀 ✨ → ©", []),
        ("Straße", ["straße"]),
        ("ＦＵＬＬ width", ["full", "width"]),
        ("", []),
    ])
    func tokenizes(text: String, expected: [String]) {
        #expect(Self.tokens(text) == expected)
    }

    @Test func rangesPointAtTheSourceText() {
        var tokenizer = Tokenizer()
        let text = "« Café » 北京!"
        var pieces: [String] = []
        tokenizer.forEachToken(in: text) { _, range in pieces.append(String(text[range])) }
        #expect(pieces == ["Café", "北", "京"])
    }
}
