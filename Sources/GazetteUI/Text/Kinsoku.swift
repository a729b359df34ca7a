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
        lineStartProhibited.contains(character)
    }

    /// Whether a line may not end with `character`.
    static func cannotEndLine(_ character: Character) -> Bool {
        lineEndProhibited.contains(character)
    }
}
