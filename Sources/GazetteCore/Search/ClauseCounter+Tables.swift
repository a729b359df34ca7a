extension ClauseCounter {
    /// Indices of distinct packed tokens (none all zero), found by open addressing.
    struct PackedTable {
        private let keys: [PackedToken]
        private let values: [Int]
        private let shift: UInt64

        init(_ tokens: [PackedToken]) {
            var size = 16
            while size < tokens.count * 2 { size <<= 1 }
            let mask = size - 1
            let shift = UInt64(64 - size.trailingZeroBitCount)
            var keys = [PackedToken](repeating: PackedToken(low: 0, high: 0), count: size)
            var values = [Int](repeating: -1, count: size)
            for (index, token) in tokens.enumerated() where token != PackedToken(low: 0, high: 0) {
                var slot = Int(truncatingIfNeeded: token.hash >> shift)
                while values[slot] >= 0 && keys[slot] != token { slot = (slot + 1) & mask }
                if values[slot] < 0 {
                    keys[slot] = token
                    values[slot] = index
                }
            }
            self.keys = keys
            self.values = values
            self.shift = shift
        }

        /// The index of `token`, or nil.
        @inline(__always)
        func index(of token: PackedToken) -> Int? {
            let mask = keys.count - 1
            var slot = Int(truncatingIfNeeded: token.hash >> shift)
            while values[slot] >= 0 {
                if keys[slot] == token { return values[slot] }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// The query's prefixes of one length (1 to 16 bytes), packed: a token starts with one
    /// of them when its first `length` bytes, masked out of its packed form, equal it.
    struct PrefixGroup {
        let length: Int
        private let low: UInt64
        private let high: UInt64
        /// Indices into the query's prefixes, and those prefixes packed.
        private let members: [Int]
        private let packed: [PackedToken]
        private let table: PackedTable?

        init(length: Int, members: [Int], prefixes: [[UInt8]]) {
            self.length = length
            low = length >= 8 ? .max : (1 << (UInt64(length) << 3)) - 1
            high = length >= 16 ? .max : length <= 8 ? 0 : (1 << (UInt64(length - 8) << 3)) - 1
            self.members = members
            packed = members.map { prefixes[$0].withUnsafeBufferPointer { PackedToken($0) } ?? PackedToken(low: 0, high: 0) }
            table = members.count > ClauseCounter.linearLimit ? PackedTable(packed) : nil
        }

        /// The prefix (index into the query's prefixes) `token` starts with, if any: distinct
        /// prefixes of one length, so at most one.
        @inline(__always)
        func match(_ token: PackedToken) -> Int? {
            let head = PackedToken(low: token.low & low, high: token.high & high)
            if let table { return table.index(of: head).map { members[$0] } }
            for index in packed.indices where packed[index] == head { return members[index] }
            return nil
        }
    }
}
