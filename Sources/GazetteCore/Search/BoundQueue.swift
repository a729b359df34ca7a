/// Block numbers handed out highest bound first, so that a top-k search reads the blocks most
/// likely to hold the best hits first and stops at the first block whose bound cannot beat
/// what it has.
struct BoundQueue {
    /// The heap order: the highest bound at the root.
    enum HighestFirst: HeapOrder {
        static func ranksBefore(_ first: (block: Int32, bound: Float), _ second: (block: Int32, bound: Float)) -> Bool {
            first.bound > second.bound
        }
    }

    private var heap: BinaryHeap<HighestFirst>

    /// All of `bounds`' blocks.
    init(_ bounds: UnsafeBufferPointer<Float>) {
        heap = BinaryHeap((0..<bounds.count).map { (Int32($0), bounds[$0]) })
    }

    /// The block with the highest bound not yet handed out, and its bound.
    mutating func pop() -> (block: Int, bound: Float)? {
        heap.popFirst().map { (Int($0.block), $0.bound) }
    }
}
