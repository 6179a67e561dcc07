/// The path search of an augmentation (`RecruitFlow.augment`), over the arrays' storage in place.
extension RecruitFlow {
    /// The search of `augment`: breadth first from bucket `k` through the nodes this evaluation's
    /// backward search reached, to the first contact with capacity left (returned; each node's `from`
    /// marks the path). With none, the nodes it visited are marked dead. It runs over the arrays'
    /// storage in place, as `reachBackward` does: as properties of the flow, every mark it set was
    /// checked for a second owner and every edge list it read was retained and released.
    mutating func shortestPath(from k: Int, recruit t: Int) -> Int? {
        search &+= 1
        var path = PathSearch(stamp: search, evaluation: evaluation, bucketCount: bucketCount)
        path.visited = Self.take(&scratch.pathVisited)
        path.queue = Self.take(&scratch.pathQueue)
        var marks: [NodeMarks] = []
        swap(&marks, &self.marks)
        defer {
            swap(&marks, &self.marks)
            searched += path.visited.count
            scratch.pathVisited = path.visited
            scratch.pathQueue = path.queue
        }
        let contactEdges = self.contactEdges, edgeCap = self.edgeCap, used = self.used, capacity = self.capacity
        let recruitsOfBucket = self.recruitsOfBucket, candidateMark = self.candidateMark
        let classExpanded = self.classExpanded, reachedSpan = self.reachedSpan, reachedMembers = self.reachedMembers
        let bucketClasses = self.bucketClasses, evaluation = self.evaluation
        marks.withUnsafeMutableBufferPointer { marks in
            contactEdges.withUnsafeBufferPointer { contactEdges in
                used.withUnsafeBufferPointer { used in
                    capacity.withUnsafeBufferPointer { capacity in
                        path.visited.append(k)
                        path.queue.append(k)
                        marks[k].seen = path.stamp
                        marks[k].from = -1
                        var head = 0
                        while head < path.queue.count && path.end < 0 {
                            let b = path.queue[head]
                            head += 1
                            let cap = edgeCap[b]
                            // Each contact the bucket may draw on: its classes' members, the recruits
                            // committed so far, and the recruit being evaluated.
                            members: for j in bucketClasses.range(b) {
                                let k = Int(bucketClasses[j])
                                guard classExpanded[k] == evaluation else { continue }
                                let span = reachedSpan[k]
                                for m in Int(span.start)..<Int(span.end) {
                                    let c = Int(reachedMembers[m])
                                    if path.visit(c, from: b, cap: cap, marks, contactEdges, used, capacity) {
                                        break members
                                    }
                                }
                            }
                            if path.end >= 0 { break }
                            for r in 0..<recruitsOfBucket[b].count {
                                let c = Int(recruitsOfBucket[b][r])
                                if path.visit(c, from: b, cap: cap, marks, contactEdges, used, capacity) { break }
                            }
                            if path.end < 0 && candidateMark[b] == evaluation {
                                _ = path.visit(t, from: b, cap: cap, marks, contactEdges, used, capacity)
                            }
                        }
                        if path.end < 0 { for v in path.visited { marks[v].dead = evaluation } }
                    }
                }
            }
        }
        return path.end >= 0 ? path.end : nil
    }
}

/// The state of one path search (`RecruitFlow.shortestPath`), its steps a method rather than a
/// closure: a closure over the search's lists made every access to them a checked one.
private struct PathSearch {
    let stamp: Int32, evaluation: Int32, bucketCount: Int
    var visited: [Int] = [], queue: [Int] = []
    /// The contact with capacity left the search ended at, or -1.
    var end = -1

    init(stamp: Int32, evaluation: Int32, bucketCount: Int) {
        self.stamp = stamp
        self.evaluation = evaluation
        self.bucketCount = bucketCount
    }

    /// Bucket `b` (whose edges carry at most `cap`) looks at contact `c`: marked and queued, or the
    /// end when it has capacity left (true).
    @inline(__always)
    mutating func visit(
        _ c: Int, from b: Int, cap: Int, _ marks: UnsafeMutableBufferPointer<RecruitFlow.NodeMarks>,
        _ contactEdges: UnsafeBufferPointer<[RecruitFlow.Edge]>, _ used: UnsafeBufferPointer<Int>,
        _ capacity: UnsafeBufferPointer<Int>
    ) -> Bool {
        let node = bucketCount + c
        if marks[node].reached != evaluation || marks[node].seen == stamp || marks[node].dead == evaluation {
            return false
        }
        if RecruitFlow.residual(cap: cap, bucket: b, contact: c, contactEdges) <= 0 { return false }
        marks[node].seen = stamp
        marks[node].from = Int32(b)
        visited.append(node)
        if used[c] < capacity[c] {
            end = c
            return true
        }
        for e in 0..<contactEdges[c].count {
            let edge = contactEdges[c][e]
            let nb = Int(edge.node)
            if edge.flow > 0 && marks[nb].reached == evaluation && marks[nb].seen != stamp
                && marks[nb].dead != evaluation
            {
                marks[nb].seen = stamp
                marks[nb].from = Int32(node)
                visited.append(nb)
                queue.append(nb)
            }
        }
        return false
    }
}
