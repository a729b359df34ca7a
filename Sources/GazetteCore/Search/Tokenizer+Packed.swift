extension Tokenizer {
    /// The same tokens as ``forEachTokenBytes(inUTF8:_:)``, in the same order, for indexing:
    /// ASCII words of 1 to 16 bytes (nearly all words) and the common Han ideographs come to
    /// `packed` already packed and folded; any other token comes to `unpacked` as folded bytes.
    ///
    /// An ASCII separator always ends a word, so the text splits at them into *stretches* that
    /// tokenize alone. The stretches are found 64 bytes at a time: one bit per byte says
    /// whether it can be part of a word (an ASCII letter or digit, or any byte of a non-ASCII
    /// character), and a stretch's start and end are the next set and clear bits — no branch
    /// per byte, which cost more than everything else a word needs. A stretch of at most 16
    /// ASCII bytes is a word, packed from two loads; any other goes through
    /// ``forEachToken(inStretch:of:packed:unpacked:)``.
    @inline(__always)
    mutating func forEachToken(
        inUTF8 bytes: UnsafeBufferPointer<UInt8>,
        packed: (PackedToken) -> Void,
        unpacked: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        guard let base = bytes.baseAddress else { return }
        Tokenizer.forEachStretch(inUTF8: bytes, packed: packed, otherStretch: { stretch in
            forEachToken(inStretch: stretch, of: base, packed: packed, unpacked: unpacked)
        })
    }

    /// The short ASCII words of `bytes` come to `packed`, as in
    /// ``forEachToken(inUTF8:packed:unpacked:)``, and every other stretch to `otherStretch`
    /// as a range of `bytes`, in order, to be tokenized by
    /// ``forEachToken(inStretch:of:packed:unpacked:)``: a caller that keeps its state in
    /// registers hands those (rare) stretches to a function of their own, so that no closure
    /// of its inner loop reaches code that is not inlined.
    @inline(__always)
    static func forEachStretch(
        inUTF8 bytes: UnsafeBufferPointer<UInt8>,
        packed: (PackedToken) -> Void,
        otherStretch: (Range<Int>) -> Void
    ) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        // Bit i of `bits`: byte `blockStart + i` can be part of a word (0 past the end).
        var blockStart = 0
        var bits = Tokenizer.wordBits(base, from: 0, count: count)
        // Byte `index - 1` is not part of a word (or `index` is 0).
        var index = 0
        // Offsets stay within the buffer and one block past it: wrapping arithmetic skips
        // the overflow checks.
        while true {
            var starts = bits & (~0 &<< UInt64(truncatingIfNeeded: index &- blockStart))
            while starts == 0 {
                blockStart &+= 64
                guard blockStart < count else { return }
                bits = Tokenizer.wordBits(base, from: blockStart, count: count)
                starts = bits
            }
            let start = blockStart &+ starts.trailingZeroBitCount
            var ends = ~bits & (~0 &<< UInt64(truncatingIfNeeded: start &- blockStart))
            while ends == 0 {
                // The stretch goes on into the next block (past the end, bits are clear).
                blockStart &+= 64
                bits = Tokenizer.wordBits(base, from: blockStart, count: count)
                ends = ~bits
            }
            let end = blockStart &+ ends.trailingZeroBitCount
            index = end
            let length = end &- start
            if length <= PackedToken.capacity {
                let (low, high) = PackedToken.words(at: base + start, count: length, readable: count - start)
                if (low | high) & 0x8080_8080_8080_8080 == 0 {
                    packed(PackedToken(asciiLow: low, high: high))
                    continue
                }
            }
            otherStretch(start..<end)
        }
    }

    /// Bit `i` set when byte `start + i` of the first `count` bytes at `base` can be part of a
    /// word: an ASCII letter or digit, or a byte of a non-ASCII character (bit 7 set). Eight
    /// bytes at a time (``alphanumericTops(_:)``), and a multiply gathers their eight top bits.
    @inline(__always)
    static func wordBits(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> UInt64 {
        @inline(__always)
        func eight(_ raw: UInt64) -> UInt64 {
            let word = UInt64(littleEndian: raw)
            let tops = (alphanumericTops(word) | word) & 0x8080_8080_8080_8080
            return ((tops &>> 7) &* 0x0102_0408_1020_4080) &>> 56
        }
        if count - start >= 64 {
            let raw = UnsafeRawPointer(base + start)
            var bits: UInt64 = 0
            for part in 0..<8 { bits |= eight(raw.loadUnaligned(fromByteOffset: part &* 8, as: UInt64.self)) &<< UInt64(part &* 8) }
            return bits
        }
        // The last bytes, copied over zeros (separators) so that whole words can be read.
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 8) { words in
            guard let target = words.baseAddress else { return 0 }
            words.initialize(repeating: 0)
            UnsafeMutableRawPointer(target).copyMemory(from: base + min(start, count), byteCount: max(0, count - start))
            var bits: UInt64 = 0
            for part in 0..<8 { bits |= eight(words[part]) &<< UInt64(part &* 8) }
            return bits
        }
    }

    /// The tokens of a stretch (bytes between ASCII separators) that is not one short ASCII
    /// word: a word too long to pack, or one with non-ASCII characters. A unified ideograph
    /// is a token of its own and ends a word; the text between ideographs goes through the
    /// general scan.
    /// (Inlined like its caller: as a call, the caller's closures would become values whose
    /// captured variables are checked for exclusive access at run time, on every token.)
    @inline(__always)
    mutating func forEachToken(
        inStretch stretch: Range<Int>,
        of base: UnsafePointer<UInt8>,
        packed: (PackedToken) -> Void,
        unpacked: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let count = stretch.upperBound
        var index = stretch.lowerBound
        while index < count {
            if let han = Tokenizer.unifiedIdeograph(base, at: index, count: count) {
                packed(PackedToken(low: han, high: 0))
                index += 3
                continue
            }
            let start = index
            while index < count {
                let byte = base[index]
                if byte >= 0x80, Tokenizer.unifiedIdeograph(base, at: index, count: count) != nil { break }
                index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            }
            scan(UnsafeBufferPointer(start: base + start, count: min(index, count) - start)) { token, _ in
                unpacked(token)
                return true
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
    /// and digits (every byte tested at once, see ``alphanumericTops(_:)``).
    @inline(__always)
    static func alphanumericPrefix(_ raw: UInt64) -> Int {
        let word = UInt64(littleEndian: raw)
        let high: UInt64 = 0x8080_8080_8080_8080
        let other = ~(alphanumericTops(word) & ~word) & high
        return other.trailingZeroBitCount >> 3
    }

    /// The top bit of each byte of `word` set when the byte's low seven bits are an ASCII
    /// letter or digit (the other bits are noise; a caller also tests the byte's own top bit):
    /// a byte below 0x80 plus a constant sets its top bit from a bound on, and no sum carries
    /// into the next byte.
    @inline(__always)
    static func alphanumericTops(_ word: UInt64) -> UInt64 {
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        // Setting bit 5 turns A–Z into a–z (and nothing else into them).
        let folded = low | 0x2020_2020_2020_2020
        let letter = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)
        let digit = (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646)
        return letter | digit
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
