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

    /// The `count` (1 to 16) bytes at `bytes` as two zero-padded words, as they are.
    /// `readable` is how many bytes from `bytes` on may be read: with 16, two loads and two
    /// masks (no branch on the length), else byte by byte.
    @inline(__always)
    static func words(at bytes: UnsafePointer<UInt8>, count: Int, readable: Int) -> (low: UInt64, high: UInt64) {
        guard readable >= 16 else { return pack(bytes, count: count) }
        let raw = UnsafeRawPointer(bytes)
        let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        // Bits kept: 8 to 64 of the low word, 0 to 64 of the high one.
        let lowBits = UInt64(truncatingIfNeeded: min(count, 8)) &<< 3
        let highBits = UInt64(truncatingIfNeeded: max(count - 8, 0)) &<< 3
        let highMask = (~0 &>> (64 &- highBits)) & (0 &- UInt64(truncatingIfNeeded: min(highBits, 1)))
        return (low & (~0 &>> (64 &- lowBits)), high & highMask)
    }

    /// An ASCII word of 1 to 16 letters and digits already packed (zero-padded), lowercased.
    @inline(__always)
    init(asciiLow low: UInt64, high: UInt64) {
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
