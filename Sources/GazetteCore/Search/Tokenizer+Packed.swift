extension Tokenizer {
    /// How a byte starts or continues a word: 0 for ASCII separators, 1 for ASCII letters and
    /// digits, 2 for the bytes of non-ASCII characters.
    private static let byteKinds: [UInt8] = (0...255).map { byte in
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: 1
        case 0x80...: 2
        default: 0
        }
    }

    /// The same tokens as ``forEachTokenBytes(inUTF8:_:)``, in the same order, for indexing:
    /// ASCII words of 1 to 16 bytes (nearly all words) and the common Han ideographs come to
    /// `packed` already packed and folded, in one pass over their bytes; any other token comes
    /// to `unpacked` as folded bytes.
    ///
    /// An ASCII separator always ends a word, and so does an ideograph (which is a token of its
    /// own), so the text splits at them into stretches that tokenize alone: a stretch of other
    /// non-ASCII text, or a word too long to pack, goes through the general scan by itself.
    @inline(__always)
    mutating func forEachToken(
        inUTF8 bytes: UnsafeBufferPointer<UInt8>,
        packed: (PackedToken) -> Void,
        unpacked: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        // A stretch the general scan tokenizes by itself.
        func scanAlone(_ range: Range<Int>) {
            scan(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)) { token, _ in
                unpacked(token)
                return true
            }
        }
        Tokenizer.byteKinds.withUnsafeBufferPointer { kinds in
            var index = 0
            while index < count {
                let kind = kinds[Int(base[index])]
                if kind == 0 {
                    index += 1
                    continue
                }
                let start = index
                if kind == 1 {
                    index = Tokenizer.alphanumericEnd(base, from: index, count: count)
                    if index == count || kinds[Int(base[index])] == 0 {
                        if index - start <= PackedToken.capacity {
                            packed(PackedToken(asciiWord: base + start, count: index - start, readable: count - start))
                        } else {
                            scanAlone(start..<index)
                        }
                        continue
                    }
                } else if let han = Tokenizer.unifiedIdeograph(base, at: index, count: count) {
                    packed(PackedToken(low: han, high: 0))
                    index += 3
                    continue
                }
                // Other text: up to the next ASCII separator or unified ideograph.
                while index < count {
                    let byte = base[index]
                    if byte < 0x80 {
                        if kinds[Int(byte)] == 0 { break }
                        index += 1
                    } else {
                        if Tokenizer.unifiedIdeograph(base, at: index, count: count) != nil { break }
                        index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                    }
                }
                scanAlone(start..<min(index, count))
            }
        }
    }

    /// Where the run of ASCII letters and digits starting at `start` ends (`start` itself when
    /// there is none), in the first `count` bytes of `base`: eight bytes at a time while they
    /// can be read (most words end in the first eight), then byte by byte.
    @inline(__always)
    static func alphanumericEnd(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        var index = start
        while index + 8 <= count {
            let run = alphanumericPrefix(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            index += run
            if run < 8 { return index }
        }
        while index < count {
            let byte = base[index]
            guard (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) else { break }
            index += 1
        }
        return index
    }

    /// How many of the eight bytes of `raw` (in memory order), from the first, are ASCII letters
    /// and digits: every byte is tested at once (a byte below 0x80 plus a constant sets its top
    /// bit from a bound on, and no sum carries into the next byte).
    @inline(__always)
    static func alphanumericPrefix(_ raw: UInt64) -> Int {
        let word = UInt64(littleEndian: raw)
        let high: UInt64 = 0x8080_8080_8080_8080
        let ascii = ~word & high
        let low = word & ~high
        // Setting bit 5 turns A–Z into a–z (and nothing else into them).
        let folded = low | 0x2020_2020_2020_2020
        let letter = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)
        let digit = (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646)
        let other = ~((letter | digit) & ascii) & high
        return other.trailingZeroBitCount >> 3
    }

    /// The three UTF-8 bytes (packed, first lowest) of the character at `index` when it is in
    /// the CJK Unified Ideographs block (U+4E00–U+9FFF): each is a token by itself and folds to
    /// itself (the block has no compatibility mappings), so it needs no general scan.
    @inline(__always)
    private static func unifiedIdeograph(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> UInt64? {
        let lead = base[index]
        guard lead >= 0xE4, lead <= 0xE9, index + 2 < count else { return nil }
        let second = base[index + 1], third = base[index + 2]
        let value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
        guard value >= 0x4E00, second & 0xC0 == 0x80, third & 0xC0 == 0x80 else { return nil }
        return UInt64(lead) | UInt64(second) << 8 | UInt64(third) << 16
    }
}
