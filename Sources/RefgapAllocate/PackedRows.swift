/// Lists of ids stored one after another (compressed rows): list `i` is `items[range(i)]`. Reading a
/// list touches two flat arrays rather than a heap object of its own, and retains nothing: the
/// recruiting plan's searches read the classes of a bucket, the members of a class and the buckets
/// of a class millions of times, and following a pointer per list was most of their time.
struct PackedRows: Sendable {
    private let start: [Int]
    private let items: [Int32]

    /// The lists as given, in order.
    init(_ lists: [[Int32]]) {
        var start: [Int] = [0]
        start.reserveCapacity(lists.count + 1)
        var items: [Int32] = []
        items.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for list in lists {
            items.append(contentsOf: list)
            start.append(items.count)
        }
        self.start = start
        self.items = items
    }

    var count: Int { start.count - 1 }
    /// The entries of all the lists.
    var itemCount: Int { items.count }

    @inline(__always) func range(_ i: Int) -> Range<Int> { start[i]..<start[i + 1] }

    @inline(__always) subscript(_ j: Int) -> Int32 { items[j] }

    /// List `i` as an array (for the few places that keep it).
    func list(_ i: Int) -> [Int32] { Array(items[range(i)]) }

    /// In an ascending list whose entries from `p` to `end` (exclusive) are searched: the first place
    /// holding `value` or more, or `end`. It gallops from `p` (steps doubled, then halved), so a caller
    /// walking the list upwards reads a few entries per value, not the whole list.
    @inline(__always) func firstPlace(atLeast value: Int32, from p: Int, end: Int) -> Int {
        if p >= end || items[p] >= value { return p }
        var p = p, step = 1
        while p + step < end && items[p + step] < value {
            p += step
            step &*= 2
        }
        while step > 1 {
            step /= 2
            if p + step < end && items[p + step] < value { p += step }
        }
        return p + 1
    }
}
