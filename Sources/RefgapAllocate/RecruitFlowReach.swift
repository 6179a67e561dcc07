/// The backward search of an evaluation (`RecruitFlow.add`): which buckets can reach the recruit.
///
/// It is most of the plan's time (at real shape 400k, 30,350 evaluations look at 12 million bucket
/// entries of the contacts' classes), so it runs over the arrays' storage in place: as properties
/// of the flow, every mark it set was checked for a second owner of the array and every list it
/// read was retained and released.
extension RecruitFlow {
    /// Searches backwards from recruit `t` (serving `matched`) among the nodes the gap buckets reach:
    /// `reach` gets the buckets that reach it, `queue` the contacts found on the way (the recruit
    /// first). Every node read is marked read and listed in `readNodes`.
    mutating func reachBackward(recruit t: Int, matched: [Int32], reach: inout [Int], queue: inout [Int]) {
        // The marks and lists it writes are moved out of the flow while it runs (nothing is copied).
        var marks: [NodeMarks] = []
        swap(&marks, &self.marks)
        // The list of nodes read is appended to through a pointer: captured by the local function
        // `read` below, the list itself had each append checked for exclusive access at run time (7% of
        // a small program's plan).
        let readNodes = UnsafeMutablePointer<[Int32]>.allocate(capacity: 1)
        readNodes.initialize(to: [])
        swap(&readNodes.pointee, &self.readNodes)
        var classExpanded: [Int32] = []
        swap(&classExpanded, &self.classExpanded)
        var groupState: [GroupState] = [], pool: [Int32] = []
        swap(&groupState, &self.groupState)
        swap(&pool, &self.groupPool)
        defer {
            swap(&marks, &self.marks)
            swap(&readNodes.pointee, &self.readNodes)
            readNodes.deinitialize(count: 1)
            readNodes.deallocate()
            swap(&classExpanded, &self.classExpanded)
            swap(&groupState, &self.groupState)
            swap(&pool, &self.groupPool)
        }
        let evaluation = self.evaluation
        let bucketCount = self.bucketCount, baseContacts = self.baseContacts
        let classOf = self.classOf, groups = self.bucketGroups
        let recruitBuckets = self.recruitBuckets
        let fromGaps = self.fromGaps, edgeCap = self.edgeCap
        let bucketEdges = self.bucketEdges, contactEdges = self.contactEdges
        marks.withUnsafeMutableBufferPointer { marks in
            classExpanded.withUnsafeMutableBufferPointer { classExpanded in
                fromGaps.withUnsafeBufferPointer { fromGaps in
                    edgeCap.withUnsafeBufferPointer { edgeCap in
                        bucketEdges.withUnsafeBufferPointer { bucketEdges in
                            contactEdges.withUnsafeBufferPointer { contactEdges in
                                groupState.withUnsafeMutableBufferPointer { groupState in
                                    pool.withUnsafeMutableBufferPointer { pool in
                                        // Each large group's span of `pool` is made when the group is first read.
                                        var poolCount = 0
                                        @inline(__always) func read(_ node: Int) {
                                            if marks[node].readMark != evaluation {
                                                marks[node].readMark = evaluation
                                                readNodes.pointee.append(Int32(node))
                                            }
                                        }
                                        for b in matched { read(Int(b)) }
                                        queue.append(t)
                                        marks[bucketCount + t].reached = evaluation
                                        var head = 0
                                        while head < queue.count {
                                            let contact = queue[head]
                                            head += 1
                                            if contact != t { read(bucketCount + contact) }
                                            // A bucket reaches the contact when its edge has room: always, but
                                            // for a calendar need's edge that already carries its unit.
                                            @inline(__always) func predecessor(_ b: Int) {
                                                guard fromGaps[b] && marks[b].reached != evaluation else { return }
                                                if Self.residual(
                                                    cap: edgeCap[b], bucket: b, contact: contact, contactEdges)
                                                    <= 0
                                                {
                                                    return
                                                }
                                                marks[b].reached = evaluation
                                                read(b)
                                                reach.append(b)
                                                for e in 0..<bucketEdges[b].count {
                                                    let edge = bucketEdges[b][e]
                                                    let node = bucketCount + Int(edge.node)
                                                    if edge.flow > 0 && fromGaps[node]
                                                        && marks[node].reached != evaluation
                                                    {
                                                        marks[node].reached = evaluation
                                                        queue.append(Int(edge.node))
                                                    }
                                                }
                                            }
                                            if contact == t {
                                                for b in matched { predecessor(Int(b)) }
                                            } else if contact >= baseContacts {
                                                let buckets = recruitBuckets[contact - baseContacts]
                                                for j in buckets.indices { predecessor(Int(buckets[j])) }
                                            } else {
                                                // A class's unbounded buckets were all read from its first member searched.
                                                let k = Int(classOf[contact])
                                                let expanded = classExpanded[k] == evaluation
                                                classExpanded[k] = evaluation
                                                if expanded {
                                                    for j in groups.soloNeedBuckets.range(k) {
                                                        predecessor(Int(groups.soloNeedBuckets[j]))
                                                    }
                                                } else {
                                                    for j in groups.soloBuckets.range(k) {
                                                        predecessor(Int(groups.soloBuckets[j]))
                                                    }
                                                }
                                                // A large group read before in this evaluation: only its buckets
                                                // not reached then can be reached now. (The search finds the
                                                // same nodes in any order: what reaches the recruit.)
                                                let classGroups = expanded ? groups.needGroups : groups.groups
                                                for j in classGroups.range(k) {
                                                    let g = Int(classGroups[j])
                                                    if groupState[g].read != evaluation {
                                                        let start = poolCount
                                                        for m in groups.members.range(g) {
                                                            let b = Int(groups.members[m])
                                                            predecessor(b)
                                                            if fromGaps[b] && marks[b].reached != evaluation {
                                                                pool[poolCount] = Int32(b)
                                                                poolCount += 1
                                                            }
                                                        }
                                                        groupState[g] = GroupState(
                                                            read: evaluation, start: Int32(start), end: Int32(poolCount)
                                                        )
                                                    } else {
                                                        let start = Int(groupState[g].start),
                                                            end = Int(groupState[g].end)
                                                        var kept = start
                                                        for i in start..<end {
                                                            let b = Int(pool[i])
                                                            predecessor(b)
                                                            if marks[b].reached != evaluation {
                                                                pool[kept] = Int32(b)
                                                                kept += 1
                                                            }
                                                        }
                                                        groupState[g].end = Int32(kept)
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The contacts of the roster the search reached (`queue`), by class then by their place in it:
    /// each class's share is `reachedSpan[class]`, and the class is marked expanded.
    mutating func listReachedMembers(_ queue: [Int]) {
        // Sorted as one number each (class, then rank), not by a comparison that reads four arrays.
        var keys: [UInt64] = []
        keys.reserveCapacity(queue.count)
        for c in queue where c < baseContacts && classOf[c] >= 0 {
            keys.append(UInt64(UInt32(classOf[c])) << 32 | UInt64(UInt32(memberRank[c])))
        }
        keys.sort()
        reachedMembers.removeAll(keepingCapacity: true)
        var start = 0
        while start < keys.count {
            let k = Int(keys[start] >> 32)
            let first = classMembers.range(k).lowerBound
            var end = start
            while end < keys.count && Int(keys[end] >> 32) == k {
                reachedMembers.append(classMembers[first + Int(keys[end] & 0xFFFF_FFFF)])
                end += 1
            }
            classExpanded[k] = evaluation
            reachedSpan[k] = (Int32(start), Int32(end))
            start = end
        }
    }
}
