/// Edit distance by Unicode scalar, for "did you mean" and likely pairs of spellings.
extension Text {
    /// The edit distance between two scalar sequences when it is at most `limit`, else `limit + 1`:
    /// stops at the first row whose every cell is past the limit (`Reconcile` takes distances of 2
    /// at most, between thousands of values). `distance(_:_:)` of two strings is this without a limit.
    package static func distance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], atMost limit: Int) -> Int {
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty || y.isEmpty { return Swift.max(x.count, y.count) }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMin = i
            for j in 1...y.count {
                current[j] = Swift.min(
                    previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                rowMin = Swift.min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return Swift.min(previous[y.count], limit + 1)
    }
}
