/// A binary heap whose top is the element `precedes` puts first. Entries are never removed from the
/// middle: callers push a fresh entry when a key changes and skip stale ones as they reach the top.
struct BinaryHeap<Element> {
    private var items: [Element] = []
    private let precedes: (Element, Element) -> Bool

    init(precedes: @escaping (Element, Element) -> Bool) { self.precedes = precedes }

    var isEmpty: Bool { items.isEmpty }
    var top: Element? { items.first }

    mutating func push(_ element: Element) {
        items.append(element)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard precedes(items[i], items[parent]) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    @discardableResult
    mutating func pop() -> Element? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            siftDown(0)
        }
        return first
    }

    /// Replaces the top (a cheaper pop-then-push).
    mutating func replaceTop(_ element: Element) {
        guard !items.isEmpty else { return push(element) }
        items[0] = element
        siftDown(0)
    }

    private mutating func siftDown(_ start: Int) {
        var i = start
        while true {
            let l = 2 * i + 1, r = l + 1
            var first = i
            if l < items.count && precedes(items[l], items[first]) { first = l }
            if r < items.count && precedes(items[r], items[first]) { first = r }
            if first == i { return }
            items.swapAt(i, first)
            i = first
        }
    }
}
