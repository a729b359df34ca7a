/// LEB128-style variable-length unsigned integers: 7 bits per byte, low bits first, the high
/// bit set on every byte but the last. Small numbers (gaps, frequencies) take one byte.
enum VarInt {
    /// Number of bytes `value` takes.
    static func length(_ value: UInt32) -> Int {
        value < 1 << 7 ? 1 : value < 1 << 14 ? 2 : value < 1 << 21 ? 3 : value < 1 << 28 ? 4 : 5
    }

    /// Writes `value` at `offset` of `bytes` (room for ``length(_:)`` bytes) and moves `offset` past it.
    @inline(__always)
    static func write(_ value: UInt32, to bytes: UnsafeMutableBufferPointer<UInt8>, at offset: inout Int) {
        var value = value
        // `offset` stays within `bytes`: wrapping arithmetic skips the overflow checks.
        while value >= 0x80 {
            bytes[offset] = UInt8(truncatingIfNeeded: value) | 0x80
            offset &+= 1
            value >>= 7
        }
        bytes[offset] = UInt8(value)
        offset &+= 1
    }

    /// Puts `value`'s bytes into `word` from bit `shift` on (the caller has checked that
    /// ``length(_:)`` bytes fit) and moves `shift` past them.
    @inline(__always)
    static func pack(_ value: UInt32, into word: inout UInt64, at shift: inout UInt64) {
        var value = UInt64(value)
        while value >= 0x80 {
            word |= (value & 0x7F | 0x80) &<< shift
            shift &+= 8
            value >>= 7
        }
        word |= value &<< shift
        shift &+= 8
    }

    /// Moves `offset` past the number there without decoding it: with eight bytes left, one
    /// load finds its last byte (the first below 0x80), with no branch on its length. Stops at
    /// the end of `bytes` when the number runs past it (only in damaged data).
    @inline(__always)
    static func skip(_ bytes: UnsafeBufferPointer<UInt8>, at offset: inout Int) {
        if let base = bytes.baseAddress, bytes.count - offset >= 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
            let lastBytes = ~word & 0x8080_8080_8080_8080
            offset &+= min(lastBytes.trailingZeroBitCount >> 3, 7) &+ 1
            return
        }
        while offset < bytes.count && bytes[offset] >= 0x80 { offset += 1 }
        offset = min(offset + 1, bytes.count)
    }

    /// Reads the number at `offset` and moves `offset` past it. The bytes must hold a whole
    /// number there (they were written by ``append(_:to:)``).
    @inline(__always)
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, at offset: inout Int) -> UInt32 {
        var byte = bytes[offset]
        offset += 1
        if byte < 0x80 { return UInt32(byte) }
        var value = UInt32(byte & 0x7F)
        var shift: UInt32 = 7
        repeat {
            byte = bytes[offset]
            offset += 1
            value |= UInt32(byte & 0x7F) << shift
            shift += 7
        } while byte >= 0x80 && shift < 35
        return value
    }
}
