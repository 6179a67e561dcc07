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
        // Over the arrays' storage in place (`reachBackward`): read through the flow, each edge list
        // was retained and released, a sixth of the plan's time on the plain benchmark.
        let contactEdges = self.contactEdges, recruitsOfBucket = self.recruitsOfBucket, edgeCap = self.edgeCap
        let bucketClasses = self.bucketClasses, classMembers = self.classMembers, bucketCount = self.bucketCount
        now.withUnsafeMutableBufferPointer { now in
            contactEdges.withUnsafeBufferPointer { contactEdges in
                var head = 0
                while head < queue.count {
                    let b = queue[head]
                    head += 1
                    let cap = edgeCap[b]
                    @inline(__always) func visit(_ c: Int, _ queue: inout [Int]) {
                        let node = bucketCount + c
                        if now[node] || Self.residual(cap: cap, bucket: b, contact: c, contactEdges) <= 0 { return }
                        now[node] = true
                        for e in 0..<contactEdges[c].count {
                            let edge = contactEdges[c][e]
                            if edge.flow > 0 && !now[Int(edge.node)] {
                                now[Int(edge.node)] = true
                                queue.append(Int(edge.node))
                            }
                        }
                    }
                    for j in bucketClasses.range(b) where !classDone[Int(bucketClasses[j])] {
                        let cls = Int(bucketClasses[j])
                        for k in classMembers.range(cls) { visit(Int(classMembers[k]), &queue) }
                        if cap == Self.unbounded { classDone[cls] = true }
                    }
                    for r in 0..<recruitsOfBucket[b].count { visit(Int(recruitsOfBucket[b][r]), &queue) }
                }
            }
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
