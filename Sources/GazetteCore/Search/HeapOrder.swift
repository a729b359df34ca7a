/// The order of a ``BinaryHeap``: the element that ranks first is at its root.
protocol HeapOrder {
    associatedtype Element
    /// Whether `first` belongs nearer the root than `second`.
    static func ranksBefore(_ first: Element, _ second: Element) -> Bool
}
