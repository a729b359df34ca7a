/// A binary heap in an array, the element that ranks first (by `Order`) at the root.
struct BinaryHeap<Order: HeapOrder> {
    /// The elements, in heap order.
    private(set) var elements: [Order.Element]

    /// A heap of `elements` (put in heap order in linear time).
    init(_ elements: [Order.Element] = []) {
        self.elements = elements
        var index = elements.count / 2
        while index > 0 {
            index -= 1
            siftDown(index)
        }
    }

    /// Number of elements.
    var count: Int { elements.count }

    /// The element that ranks first.
    var first: Order.Element? { elements.first }

    /// Room for `capacity` elements.
    mutating func reserveCapacity(_ capacity: Int) {
        elements.reserveCapacity(capacity)
    }

    /// Adds an element.
    mutating func insert(_ element: Order.Element) {
        elements.append(element)
        var child = elements.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Order.ranksBefore(elements[child], elements[parent]) else { return }
            elements.swapAt(parent, child)
            child = parent
        }
    }

    /// Removes and returns the element that ranks first.
    mutating func popFirst() -> Order.Element? {
        guard let top = elements.first else { return nil }
        let last = elements.removeLast()
        if !elements.isEmpty {
            elements[0] = last
            siftDown(0)
        }
        return top
    }

    /// Puts `element` in the place of the first one (which must exist).
    mutating func replaceFirst(with element: Order.Element) {
        elements[0] = element
        siftDown(0)
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        let count = elements.count
        while true {
            let left = 2 * parent + 1
            guard left < count else { return }
            var child = left
            if left + 1 < count && Order.ranksBefore(elements[left + 1], elements[left]) { child = left + 1 }
            guard Order.ranksBefore(elements[child], elements[parent]) else { return }
            elements.swapAt(parent, child)
            parent = child
        }
    }
}
