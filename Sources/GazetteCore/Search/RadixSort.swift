/// A stable least-significant-digit radix sort of `UInt64` keys, for ranking: a few linear
/// passes over the keys and none of a comparison sort's calls.
enum RadixSort {
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
