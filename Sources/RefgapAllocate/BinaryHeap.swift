/// The order a heap keeps: `precedes(a, b)` when `a` comes out first. A static function rather than a
/// closure the heap holds, so each comparison is inlined, not an indirect call.
protocol HeapOrder {
    static func precedes(_ a: Self, _ b: Self) -> Bool
}

/// A binary heap whose top is the element `Element.precedes` puts first. Entries are never removed
/// from the middle: callers push a fresh entry when a key changes and skip stale ones as they reach
/// the top. Each operation works on the storage in place: indexing the array checked it for a second
/// owner at every swap (the recruiting plan's heaps were 5% of its time in those checks).
struct BinaryHeap<Element: HeapOrder> {
    private var items: [Element] = []

    init() {}

    var isEmpty: Bool { items.isEmpty }
    var top: Element? { items.first }

    mutating func push(_ element: Element) {
        items.append(element)
        items.withUnsafeMutableBufferPointer { items in
            var i = items.count - 1
            while i > 0 {
                let parent = (i - 1) / 2
                guard Element.precedes(items[i], items[parent]) else { break }
                items.swapAt(i, parent)
                i = parent
            }
        }
    }

    @discardableResult
    mutating func pop() -> Element? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items.withUnsafeMutableBufferPointer { items in
                items[0] = last
                Self.siftDown(items)
            }
        }
        return first
    }

    /// Replaces the top (a cheaper pop-then-push).
    mutating func replaceTop(_ element: Element) {
        guard !items.isEmpty else { return push(element) }
        items.withUnsafeMutableBufferPointer { items in
            items[0] = element
            Self.siftDown(items)
        }
    }

    private static func siftDown(_ items: UnsafeMutableBufferPointer<Element>) {
        var i = 0
        let count = items.count
        while true {
            let l = 2 * i + 1, r = l + 1
            var first = i
            if l < count && Element.precedes(items[l], items[first]) { first = l }
            if r < count && Element.precedes(items[r], items[first]) { first = r }
            if first == i { return }
            items.swapAt(i, first)
            i = first
        }
    }
}
