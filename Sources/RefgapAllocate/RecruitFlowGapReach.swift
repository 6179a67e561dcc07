/// Which nodes the buckets with a gap reach: the part of the network every augmenting path stays in.
extension RecruitFlow {
    /// Marks the nodes the buckets with a gap reach through the residual graph (the only nodes an
    /// augmenting path can pass), and returns the nodes newly marked with their neighbours: an
    /// evaluation that expanded a neighbour may now find a path through them.
    mutating func refreshFromGaps() -> [Int32] {
        var now = [Bool](repeating: false, count: fromGaps.count)
        // A class reached from a sales bucket has every member marked (its edges are unbounded):
        // later buckets skip it.
        var classDone = [Bool](repeating: false, count: classMembers.count)
        var queue: [Int] = []
        for b in 0..<bucketCount where received[b] < demand[b] {
            now[b] = true
            queue.append(b)
        }
        var head = 0
        while head < queue.count {
            let b = queue[head]
            head += 1
            func visit(_ c: Int) {
                let node = bucketCount + c
                if now[node] || residual(bucket: b, contact: c) <= 0 { return }
                now[node] = true
                for e in contactEdges[c] where e.flow > 0 && !now[Int(e.node)] {
                    now[Int(e.node)] = true
                    queue.append(Int(e.node))
                }
            }
            let unbounded = edgeCap[b] == Self.unbounded
            for j in bucketClasses.range(b) where !classDone[Int(bucketClasses[j])] {
                let cls = Int(bucketClasses[j])
                for k in classMembers.range(cls) { visit(Int(classMembers[k])) }
                if unbounded { classDone[cls] = true }
            }
            for r in recruitsOfBucket[b] { visit(Int(r)) }
        }
        // A node that leaves the marks changes no gain: the marks were a superset, and a superset finds
        // the same flow (see `add`). Only a node newly marked could open a path an evaluation missed,
        // so only those (with their neighbours) are reported; there are none while the marks only
        // shrink, and reporting the shrinking ones made every refresh invalidate most of the gains.
        var changed: [Int32] = []
        for node in now.indices where now[node] && !fromGaps[node] {
            changed.append(Int32(node))
            if node < bucketCount {
                for j in bucketClasses.range(node) {
                    for k in classMembers.range(Int(bucketClasses[j])) {
                        changed.append(Int32(bucketCount) + classMembers[k])
                    }
                }
                for r in recruitsOfBucket[node] { changed.append(Int32(bucketCount) + r) }
            } else {
                let c = node - bucketCount
                let buckets =
                    c >= baseContacts
                    ? (c - baseContacts < recruitBuckets.count ? recruitBuckets[c - baseContacts] : [])
                    : classOf[c] >= 0 ? classBuckets.list(Int(classOf[c])) : []
                changed += buckets
            }
        }
        fromGaps = now
        return changed
    }
}
