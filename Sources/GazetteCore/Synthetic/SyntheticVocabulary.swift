/// The generated word list of a synthetic archive: about 50,000 pronounceable words ranked by
/// frequency, with a few dozen accented words ("café", "Zürich") placed among the common ranks.
///
/// Short words get the small ranks, as in natural languages. Words are drawn with Zipf's law
/// for body text and with a flatter mix for titles, so that titles rarely share their opening.
struct SyntheticVocabulary: Sendable {
    /// How many words the vocabulary holds.
    static let size = 50_000

    /// Accented and non-ASCII Latin words mixed into the vocabulary (all in NFC).
    static let accentedWords = [
        "café", "Zürich", "naïve", "résumé", "façade", "São", "Kraków", "Málaga", "crème", "brûlée",
        "señor", "jalapeño", "Ångström", "Øresund", "Dvořák", "Gödel", "Ærø", "Bjørn", "Łódź", "Škoda",
        "Ñuñoa", "über", "Straße", "coöperate", "déjà", "fiancée", "piñata", "smörgåsbord", "Reykjavík",
        "Besançon", "Curaçao", "Göteborg", "München", "Düsseldorf", "Genève", "Québec", "Bogotá",
        "İstanbul", "Nguyễn", "Tromsø",
    ]

    private static let onsets = [
        "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
        "br", "cr", "dr", "fl", "gr", "pl", "pr", "st", "tr", "ch", "sh", "th", "",
    ]
    private static let vowels = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "ou", "io"]
    private static let codas = ["", "", "", "", "n", "r", "s", "l", "m", "t", "nd", "st"]

    /// The words, most frequent first.
    let words: [String]
    /// The length in characters of each word.
    let lengths: [Int]
    private let zipf: ZipfSampler

    /// Generates the vocabulary for a seed.
    init(seed: UInt64) {
        var random = SplitMix64(seed: seed, stream: 0x766F_6361_6220)
        var seen = Set<String>()
        var words: [String] = []
        words.reserveCapacity(Self.size)
        let accented = Self.accentedWords
        var nextAccented = 0
        while words.count < Self.size {
            let rank = words.count
            if nextAccented < accented.count, rank == 60 + nextAccented * 211 {
                words.append(accented[nextAccented])
                seen.insert(accented[nextAccented])
                nextAccented += 1
                continue
            }
            let syllables: Int
            switch rank {
            case ..<150: syllables = 1
            case ..<3_000: syllables = random.between(1...2)
            case ..<20_000: syllables = random.between(2...3)
            default: syllables = random.between(2...4)
            }
            let word = Self.makeWord(syllables: syllables, using: &random)
            if word.count >= 2, seen.insert(word).inserted {
                words.append(word)
            }
        }
        self.words = words
        lengths = words.map(\.count)
        zipf = ZipfSampler(count: words.count)
    }

    /// A word index drawn with Zipf's law (body text).
    func drawCommon(using random: inout SplitMix64) -> Int {
        zipf.draw(using: &random)
    }

    /// A word index for titles: mostly uniform over the vocabulary, sometimes Zipfian.
    func drawTitleWord(using random: inout SplitMix64) -> Int {
        random.chance(0.3) ? zipf.draw(using: &random) : random.below(words.count)
    }

    private static func makeWord(syllables: Int, using random: inout SplitMix64) -> String {
        var word = ""
        for syllable in 0..<syllables {
            word += onsets[random.below(onsets.count)]
            word += vowels[random.below(vowels.count)]
            if syllable == syllables - 1 || random.chance(0.3) {
                word += codas[random.below(codas.count)]
            }
        }
        return word
    }
}
