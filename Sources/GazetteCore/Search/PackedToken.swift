/// A token of 1 to 16 bytes packed little-endian into two `UInt64`s with zero padding: its
/// first 8 bytes and the next 8.
///
/// Tokens never contain a zero byte, so packing is unambiguous and a token's length can be
/// read back from its words; comparing two packed tokens is two integer compares.
struct PackedToken: Equatable {
    var low: UInt64
    var high: UInt64

    /// Longest token that packs.
    static let capacity = 16

    /// The two words as they are (all zero: no token, an empty slot).
    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Packs `token`, or nil when it is empty or longer than 16 bytes.
    @inline(__always)
    init?(_ token: UnsafeBufferPointer<UInt8>) {
        guard let base = token.baseAddress, (1...PackedToken.capacity).contains(token.count) else { return nil }
        (low, high) = PackedToken.pack(base, count: token.count)
    }

    /// The `count` (at most 16) bytes at `bytes`, packed byte by byte.
    @inline(__always)
    private static func pack(_ bytes: UnsafePointer<UInt8>, count: Int) -> (low: UInt64, high: UInt64) {
        var low: UInt64 = 0, high: UInt64 = 0
        for offset in 0..<min(8, count) { low |= UInt64(bytes[offset]) << (UInt64(offset) << 3) }
        for offset in min(8, count)..<count { high |= UInt64(bytes[offset]) << (UInt64(offset - 8) << 3) }
        return (low, high)
    }

    /// Packs the ASCII letters and digits at `word` (1 to 16 of them), lowercased.
    /// `readable` is how many bytes from `word` on may be read: with 16, the word is loaded
    /// as two machine words and lowercased eight letters at a time.
    @inline(__always)
    init(asciiWord word: UnsafePointer<UInt8>, count: Int, readable: Int) {
        var low: UInt64 = 0, high: UInt64 = 0
        if readable >= 16 {
            let raw = UnsafeRawPointer(word)
            low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            if count < 8 {
                low &= (1 << (UInt64(count) << 3)) - 1
                high = 0
            } else if count < 16 {
                high &= (1 << (UInt64(count - 8) << 3)) - 1
            }
        } else {
            (low, high) = PackedToken.pack(word, count: count)
        }
        self.low = PackedToken.lowercased(low)
        self.high = PackedToken.lowercased(high)
    }

    /// The eight bytes of `word` (each below 0x80) with A–Z turned into a–z: adding 0x3F sets
    /// a byte's top bit from "A" on, adding 0x25 from "[" on, and no sum carries into the
    /// next byte.
    @inline(__always)
    static func lowercased(_ word: UInt64) -> UInt64 {
        let fromA = word &+ 0x3F3F_3F3F_3F3F_3F3F
        let fromBracket = word &+ 0x2525_2525_2525_2525
        return word | ((fromA & ~fromBracket & 0x8080_8080_8080_8080) >> 2)
    }

    /// Number of bytes.
    var count: Int {
        high != 0 ? 16 - high.leadingZeroBitCount >> 3 : 8 - low.leadingZeroBitCount >> 3
    }

    /// A well-mixed hash of the two words.
    @inline(__always)
    var hash: UInt64 { (low ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15 }

    /// Calls `body` with the token's bytes.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let count = self.count
        return withUnsafeBytes(of: (low.littleEndian, high.littleEndian)) { raw in
            body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<count]))
        }
    }
}
