/// Writes the titles and paragraphs of a synthetic archive from its vocabulary (Latin-script
/// articles) or its ideograph pool (CJK articles).
struct SyntheticText: Sendable {
    /// Shortest and longest title, in characters.
    static let titleLengths = 30...150
    /// Shortest and longest paragraph, in characters.
    static let paragraphLengths = 300...6_000

    let vocabulary: SyntheticVocabulary
    let ideographs: CJKCharacterPool

    /// The text sources for a seed.
    init(seed: UInt64) {
        vocabulary = SyntheticVocabulary(seed: seed)
        ideographs = CJKCharacterPool(seed: seed)
    }

    /// A title of 30–150 characters, short ones being more frequent.
    func title(cjk: Bool, using random: inout SplitMix64) -> String {
        let bounds = Self.titleLengths
        let shape = random.unit()
        let target = bounds.lowerBound + Int(Double(bounds.upperBound - bounds.lowerBound) * shape * shape)
        if cjk {
            var title = ""
            for offset in 0..<target {
                if offset > 4, offset < target - 2, random.chance(0.06) {
                    title.append("，")
                } else {
                    title.append(ideographs.draw(using: &random))
                }
            }
            return title
        }
        var title = ""
        var length = 0
        while length < target {
            let index = vocabulary.drawTitleWord(using: &random)
            let extra = vocabulary.lengths[index] + (length > 0 ? 1 : 0)
            if length + extra > bounds.upperBound { break }
            if length > 0 { title.append(" ") }
            let word = vocabulary.words[index]
            title += length == 0 || random.chance(0.6) ? Self.capitalized(word) : word
            length += extra
        }
        return title
    }

    /// A paragraph of at least `targetLength` characters (clamped to 300–6,000) made of whole
    /// sentences, never longer than 6,000 characters.
    func paragraph(cjk: Bool, targetLength: Int, using random: inout SplitMix64) -> String {
        let bounds = Self.paragraphLengths
        let target = min(max(targetLength, bounds.lowerBound), bounds.upperBound)
        return cjk
            ? cjkParagraph(target: target, maximum: bounds.upperBound, using: &random)
            : latinParagraph(target: target, maximum: bounds.upperBound, using: &random)
    }

    private func latinParagraph(target: Int, maximum: Int, using random: inout SplitMix64) -> String {
        var text = ""
        var length = 0
        while length < target {
            let words = random.between(4...22)
            var sentenceOpen = false
            for position in 0..<words {
                let index = vocabulary.drawCommon(using: &random)
                let separator = length > 0 ? 1 : 0
                // Room for this word and the closing full stop.
                guard length + separator + vocabulary.lengths[index] + 1 <= maximum else { break }
                if separator == 1 { text.append(" ") }
                let word = vocabulary.words[index]
                text += position == 0 ? Self.capitalized(word) : word
                length += separator + vocabulary.lengths[index]
                sentenceOpen = true
                if position < words - 1, position > 1, random.chance(0.08) {
                    if length + 2 > maximum { break }
                    text.append(",")
                    length += 1
                } else if random.chance(0.015), length + 8 < maximum {
                    let number = String(random.between(2...2_030))
                    text += " " + number
                    length += 1 + number.count
                }
            }
            guard sentenceOpen else { break }
            let ending = random.unit()
            text.append(ending < 0.9 ? "." : ending < 0.96 ? "?" : "!")
            length += 1
            if length + 6 >= maximum { break }
        }
        return text
    }

    private func cjkParagraph(target: Int, maximum: Int, using random: inout SplitMix64) -> String {
        var text = ""
        var length = 0
        while length < target, length + 2 < maximum {
            let characters = min(random.between(8...40), maximum - length - 1)
            for offset in 0..<characters {
                if offset > 3, offset < characters - 2, random.chance(0.07) {
                    text.append("，")
                } else {
                    text.append(ideographs.draw(using: &random))
                }
            }
            text.append("。")
            length += characters + 1
        }
        return text
    }

    static func capitalized(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }
}
