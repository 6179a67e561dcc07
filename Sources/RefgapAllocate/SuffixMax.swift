/// The largest of a row of values from any position to its end, kept as values change: a segment
/// tree, so a change and a query each cost a logarithm of the row's length rather than the row.
/// Values are not negative; past the end the largest is 0.
struct SuffixMax {
    private let count: Int
    /// Leaves at `count..<2 * count`; each inner node holds the larger of its two children.
    private var tree: [Double]

    init(_ values: [Double]) {
        count = Swift.max(1, values.count)
        tree = [Double](repeating: 0, count: 2 * count)
        for (i, v) in values.enumerated() { tree[count + i] = v }
        for i in stride(from: count - 1, through: 1, by: -1) { tree[i] = Swift.max(tree[2 * i], tree[2 * i + 1]) }
    }

    mutating func set(_ i: Int, _ value: Double) {
        var p = count + i
        tree[p] = value
        p /= 2
        while p >= 1 {
            tree[p] = Swift.max(tree[2 * p], tree[2 * p + 1])
            p /= 2
        }
    }

    /// The largest value at `i` or after.
    func max(from i: Int) -> Double {
        var largest = 0.0
        var l = count + i, r = 2 * count
        while l < r {
            if l & 1 == 1 {
                largest = Swift.max(largest, tree[l])
                l += 1
            }
            if r & 1 == 1 {
                r -= 1
                largest = Swift.max(largest, tree[r])
            }
            l /= 2
            r /= 2
        }
        return largest
    }
}
