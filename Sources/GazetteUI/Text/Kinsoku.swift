/// CJK line-breaking rules (kinsoku shori): punctuation that must not start a line, and
/// brackets that must not end one.
enum Kinsoku {
    /// Closing punctuation, brackets and small marks that stay at the end of the line
    /// before them.
    private static let lineStartProhibited: Set<Character> = [
        "，", "。", "、", "．", "：", "；", "！", "？", "）", "」", "』", "】", "〕", "〉", "》",
        "〗", "〙", "〛", "｝", "］", "〟", "’", "”", "・", "ー", "ゝ", "ゞ", "々", "〜", "…", "‥",
        "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ", "ョ",
    ]
    /// Opening brackets that stay at the start of the line after them.
    private static let lineEndProhibited: Set<Character> = [
        "（", "「", "『", "【", "〔", "〈", "《", "〖", "〘", "〚", "｛", "［", "〝", "‘", "“",
    ]

    /// Whether a line may not start with `character`.
    static func cannotStartLine(_ character: Character) -> Bool {
        !startsWithASCII(character) && lineStartProhibited.contains(character)
    }

    /// Whether a line may not end with `character`.
    static func cannotEndLine(_ character: Character) -> Bool {
        !startsWithASCII(character) && lineEndProhibited.contains(character)
    }

    /// True for graphemes starting with an ASCII scalar: none of them is in either set, so
    /// the common case needs no hashing.
    private static func startsWithASCII(_ character: Character) -> Bool {
        (character.utf8.first ?? 0x80) < 0x80
    }
}
