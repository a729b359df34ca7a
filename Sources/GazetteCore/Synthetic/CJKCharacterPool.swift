/// The ideographs that CJK articles of a synthetic archive are written with: 3,000 distinct
/// characters of the CJK Unified Ideographs block, drawn with Zipf's law.
struct CJKCharacterPool: Sendable {
    /// How many distinct ideographs the pool holds.
    static let size = 3_000

    /// The ideographs, most frequent first.
    let characters: [Character]
    private let zipf: ZipfSampler

    /// Picks the pool's ideographs for a seed.
    init(seed: UInt64) {
        var random = SplitMix64(seed: seed, stream: 0x636A_6B20)
        var seen = Set<UInt32>()
        var characters: [Character] = []
        characters.reserveCapacity(Self.size)
        while characters.count < Self.size {
            let value = UInt32(0x4E00 + random.below(0x9FA5 - 0x4E00 + 1))
            guard seen.insert(value).inserted, let scalar = Unicode.Scalar(value) else { continue }
            characters.append(Character(scalar))
        }
        self.characters = characters
        zipf = ZipfSampler(count: characters.count)
    }

    /// An ideograph drawn with Zipf's law.
    func draw(using random: inout SplitMix64) -> Character {
        characters[zipf.draw(using: &random)]
    }
}
