/// Buckets grouped by whether any path of the flow could join them: two buckets are in one group
/// when a contact could serve both (a class's members serve all its buckets, a committed recruit the
/// buckets it matched). Every augmenting path alternates buckets and contacts that could serve them,
/// so a recruit's gain comes only from the groups of the buckets it matches, and the highest value per
/// reference among their buckets with a gap bounds it. The plan's suffix bound cannot tell apart
/// candidates whose first buckets are early; this one can, wherever the groups stay apart.
///
/// Groups only merge (a recruit committed joins its buckets), so a group's bound can rise: `link`
/// says which buckets' groups rose, for the plan to raise the bounds it keeps. Gaps only close, so
/// otherwise a group's bound only falls.
struct BucketComponents {
    /// Union by size, without path compression, so `group` is a read (depth stays a logarithm).
    private var parent: [Int32]
    /// Per group (at its root): its buckets.
    private var members: [[Int32]]
    /// Per group (at its root): the highest value per reference among its buckets with a gap, or more
    /// (a closed gap lowers it at the next `refresh`).
    private var best: [Double]

    /// `weights`: per bucket, its value per reference while it has a gap (0 once closed).
    init(_ flow: RecruitFlow, weights: [Double]) {
        parent = (0..<flow.bucketCount).map { Int32($0) }
        members = (0..<flow.bucketCount).map { [Int32($0)] }
        best = weights
        for k in 0..<flow.classMembers.count where !flow.classMembers.range(k).isEmpty {
            let buckets = flow.classBuckets.range(k)
            guard let first = buckets.first else { continue }
            for j in buckets { _ = join(Int(flow.classBuckets[first]), Int(flow.classBuckets[j])) }
        }
    }

    func group(_ bucket: Int) -> Int {
        var b = bucket
        while Int(parent[b]) != b { b = Int(parent[b]) }
        return b
    }

    /// The highest value per reference with a gap in the group of `bucket` (an upper bound).
    func bound(_ bucket: Int) -> Double { best[group(bucket)] }

    /// Joins the groups of `buckets` (a committed recruit's); returns the buckets whose group's bound
    /// rose.
    mutating func link(_ buckets: [Int32]) -> [Int32] {
        guard let first = buckets.first else { return [] }
        var rose: [Int32] = []
        for b in buckets.dropFirst() {
            let a = group(Int(first)), c = group(Int(b))
            guard a != c else { continue }
            let low = best[a] < best[c] ? a : c
            if best[a] != best[c] { rose += members[low] }
            _ = join(a, c)
        }
        return rose
    }

    /// The group of `bucket` after gaps closed in it: its bound read again from its buckets.
    mutating func refresh(_ bucket: Int, weights: [Double], hasGap: (Int) -> Bool) {
        let g = group(bucket)
        // The bound is the group's highest value exactly (it starts so, and joins and refreshes keep
        // it so): a bucket below it that closes leaves it where it is, and the group's buckets need
        // not be read again (a large program's groups hold thousands, read at every gap closed).
        if weights[bucket] < best[g] { return }
        best[g] = members[g].reduce(0) { hasGap(Int($1)) ? Swift.max($0, weights[Int($1)]) : $0 }
    }

    /// Joins two groups, the smaller under the larger; returns the root.
    private mutating func join(_ x: Int, _ y: Int) -> Int {
        var a = group(x), b = group(y)
        guard a != b else { return a }
        if members[a].count < members[b].count { swap(&a, &b) }
        parent[b] = Int32(a)
        members[a] += members[b]
        members[b] = []
        best[a] = Swift.max(best[a], best[b])
        return a
    }
}
