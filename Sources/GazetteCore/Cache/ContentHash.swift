import Foundation

/// A fast 64-bit, non-cryptographic hash of a byte buffer: four independent lanes each take
/// 8 bytes per step (a xor, a multiply and a rotation), so the multiplies overlap and the
/// hash runs at about memory speed; the lanes, the tail and the length are mixed at the end.
///
/// It identifies an archive's contents for the search-index cache and checks the cache file
/// itself for corruption. It is not meant to resist a deliberate collision.
enum ContentHash {
    private static let lanePrime: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let mixPrime: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    /// The hash of `bytes`, continuing from `seed`.
    static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (
            seed ^ 0x243F_6A88_85A3_08D3, seed ^ 0x1319_8A2E_0370_7344,
            seed ^ 0xA409_3822_299F_31D0, seed ^ 0x082E_FA98_EC4E_6C89)
        let count = bytes.count
        var offset = 0
        if let base = bytes.baseAddress {
            while offset + 32 <= count {
                lanes.0 = step(lanes.0, base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                lanes.1 = step(lanes.1, base.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                lanes.2 = step(lanes.2, base.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
                lanes.3 = step(lanes.3, base.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
                offset += 32
            }
            while offset + 8 <= count {
                lanes.0 = step(lanes.0, base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        var hash = mix(UInt64(count) &* mixPrime ^ lanes.0)
        hash = mix(hash ^ lanes.1.rotatedLeft(by: 7))
        hash = mix(hash ^ lanes.2.rotatedLeft(by: 19))
        hash = mix(hash ^ lanes.3.rotatedLeft(by: 41))
        return mix(hash ^ tail)
    }

    /// The hash of an array's bytes, continuing from `seed`.
    static func hash<Element>(_ array: [Element], seed: UInt64 = 0) -> UInt64 {
        array.withUnsafeBytes { hash($0, seed: seed) }
    }

    /// The hash of all of `data`, continuing from `seed`. With `dropPages` (only for a
    /// memory-mapped file: on ordinary memory it would discard the bytes) the data is hashed in
    /// slices whose pages are handed back to the kernel once read, so hashing a large file does
    /// not keep it resident.
    static func hash(_ data: Data, seed: UInt64 = 0, dropPages: Bool) -> UInt64 {
        let slice = 8 << 20
        var hash = seed
        var start = 0
        repeat {
            let end = min(data.count, start + slice)
            hash = data.withUnsafeBytes { raw in
                Self.hash(UnsafeRawBufferPointer(rebasing: raw[start..<end]), seed: hash)
            }
            if dropPages { MappedFile.dropResidentPages(start..<end, of: data) }
            start = end
        } while start < data.count
        return hash
    }

    @inline(__always)
    private static func step(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        ((lane ^ word) &* lanePrime).rotatedLeft(by: 31)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var value = value
        value ^= value >> 33
        value &*= mixPrime
        value ^= value >> 29
        value &*= lanePrime
        return value ^ (value >> 32)
    }
}

private extension UInt64 {
    @inline(__always)
    func rotatedLeft(by count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 - count))
    }
}
