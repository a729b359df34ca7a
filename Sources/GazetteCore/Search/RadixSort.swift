/// A stable least-significant-digit radix sort of `UInt64` keys by their high 32 bits.
///
/// The indexer's keys are `term << 32 | sequence` where the sequence (a record number) is
/// already increasing, so sorting stably by term alone yields the full order, in
/// a few linear passes and without the comparison sort's allocations.
enum RadixSort {
    /// Sorts the keys in `keys` by `key >> 32`, keeping equal terms in their current order.
    /// `scratch` is reused between calls.
    static func sortByHighHalf(_ keys: UnsafeMutableBufferPointer<UInt64>, scratch: inout [UInt64]) {
        guard keys.count > 1 else { return }
        var largest: UInt64 = 0
        for key in keys where key > largest { largest = key }
        let highest = largest >> 32
        guard highest > 0 else { return }
        if keys.count < 64 {
            insertionSort(keys)
            return
        }
        if scratch.count < keys.count { scratch = [UInt64](repeating: 0, count: keys.count) }
        // As few passes as digits of at most 11 bits allow (their counts stay in L1): two for
        // the terms of a large archive.
        let bits = UInt64(64 - highest.leadingZeroBitCount)
        let passes = (bits + 10) / 11
        let digitBits = (bits + passes - 1) / passes
        let digitMask = UInt64(1) << digitBits - 1
        let buckets = Int(digitMask) + 1
        var inKeys = true
        withUnsafeTemporaryAllocation(of: Int.self, capacity: buckets + 1) { counts in
            scratch.withUnsafeMutableBufferPointer { whole in
                let scratchBuffer = UnsafeMutableBufferPointer(rebasing: whole[0..<keys.count])
                for pass in 0..<passes {
                    let shift = 32 + pass * digitBits
                    counts.update(repeating: 0)
                    let source = inKeys ? keys : scratchBuffer
                    let target = inKeys ? scratchBuffer : keys
                    for key in source { counts[Int((key >> shift) & digitMask) + 1] += 1 }
                    for index in 1...buckets { counts[index] += counts[index - 1] }
                    for key in source {
                        let bucket = Int((key >> shift) & digitMask)
                        target[counts[bucket]] = key
                        counts[bucket] += 1
                    }
                    inKeys.toggle()
                }
                if !inKeys {
                    for index in 0..<keys.count { keys[index] = scratchBuffer[index] }
                }
            }
        }
    }

    private static func insertionSort(_ keys: UnsafeMutableBufferPointer<UInt64>) {
        for index in 1..<keys.count {
            let key = keys[index]
            let term = key >> 32
            var slot = index
            while slot > 0, keys[slot - 1] >> 32 > term {
                keys[slot] = keys[slot - 1]
                slot -= 1
            }
            keys[slot] = key
        }
    }

    /// The positions of `keys` in stable ascending key order (11-bit LSD passes; passes where
    /// every key has the same digit are skipped).
    static func stableOrder(of keys: [UInt64]) -> [Int] {
        let count = keys.count
        guard count > 1 else { return Array(0..<count) }
        var keyBuffer = keys, keyScratch = keys
        var order = Array(0..<count), orderScratch = order
        var counts = [Int](repeating: 0, count: 2_049)
        for shift in stride(from: UInt64(0), to: 64, by: 11) {
            let uniform = keyBuffer.withUnsafeBufferPointer { source in
                counts.withUnsafeMutableBufferPointer { counts in
                    for index in counts.indices { counts[index] = 0 }
                    for key in source { counts[Int((key >> shift) & 0x7FF) + 1] += 1 }
                    if counts.contains(count) { return true }
                    for index in 1..<counts.count { counts[index] += counts[index - 1] }
                    return false
                }
            }
            if uniform { continue }
            keyBuffer.withUnsafeBufferPointer { source in
                order.withUnsafeBufferPointer { sourceOrder in
                    keyScratch.withUnsafeMutableBufferPointer { target in
                        orderScratch.withUnsafeMutableBufferPointer { targetOrder in
                            counts.withUnsafeMutableBufferPointer { counts in
                                for index in 0..<count {
                                    let bucket = Int((source[index] >> shift) & 0x7FF)
                                    let slot = counts[bucket]
                                    target[slot] = source[index]
                                    targetOrder[slot] = sourceOrder[index]
                                    counts[bucket] = slot + 1
                                }
                            }
                        }
                    }
                }
            }
            swap(&keyBuffer, &keyScratch)
            swap(&order, &orderScratch)
        }
        return order
    }
}
