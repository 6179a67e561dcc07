// The path search of an augmentation (`RecruitFlow.augment`), over the arrays' storage in place.

/// When a path search reads a bucket's long class list the other way round: by the reached contacts
/// it has not yet seen. A calendar need asking for any industry can draw on nearly every class, and a
/// search that visits many such buckets read every class of each, again and again, for the few
/// contacts it had not yet seen (a 300-contact roster with 3,000 such needs: 9 billion class entries
/// read in a plan that visited 40 million buckets).
package struct LongListReading: Sendable {
    /// Class lists this long or longer (and ascending) may be read so.
    package var minimumLength: Int
    /// A search lists its unseen contacts once it has read long lists for this many times as many
    /// entries as the evaluation reached contacts (listing them costs one pass over those).
    package var listAfter: Int
    /// It then reads a long list so when the list is this many times longer than the unseen contacts
    /// (a contact read so costs a few class entries: its class is found by galloping).
    package var longerBy: Int

    package static let standard = LongListReading(minimumLength: 32, listAfter: 2, longerBy: 4)
    /// Every ascending list from the start of every search: for tests that compare the two readings.
    package static let always = LongListReading(minimumLength: 1, listAfter: 0, longerBy: 0)
    /// Never: every list read whole.
    package static let never = LongListReading(minimumLength: .max, listAfter: 0, longerBy: 0)
}

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
        path.open = Self.take(&scratch.pathOpen)
        var marks: [NodeMarks] = []
        swap(&marks, &self.marks)
        defer {
            swap(&marks, &self.marks)
            searched += path.visited.count
            entriesRead += path.entriesRead
            scratch.pathVisited = path.visited
            scratch.pathQueue = path.queue
            scratch.pathOpen = path.open
        }
        let contactEdges = self.contactEdges, edgeCap = self.edgeCap, used = self.used, capacity = self.capacity
        let recruitsOfBucket = self.recruitsOfBucket, candidateMark = self.candidateMark
        let classExpanded = self.classExpanded, reachedSpan = self.reachedSpan, reachedMembers = self.reachedMembers
        let bucketClasses = self.bucketClasses, evaluation = self.evaluation
        let longAscendingRow = self.longAscendingRow, classOf = self.classOf, bucketCount = self.bucketCount
        let longLists = self.longLists
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
                            // committed so far, and the recruit being evaluated. For a long class list,
                            // the reached contacts this search has not seen, neither dead, are read
                            // instead (`LongListReading`: listed once long lists have cost as much,
                            // then dropped as they are seen), those of the list's classes visited: the
                            // same contacts in the same order, by class then rank.
                            let row = bucketClasses.range(b)
                            if longAscendingRow[b] && !path.openListed {
                                path.longRowsRead += row.count
                                path.openListed = path.longRowsRead >= longLists.listAfter * reachedMembers.count
                                if path.openListed {
                                    path.entriesRead += reachedMembers.count
                                    for c in reachedMembers {
                                        let node = bucketCount + Int(c)
                                        if marks[node].seen != path.stamp && marks[node].dead != evaluation {
                                            path.open.append(c)
                                        }
                                    }
                                }
                            }
                            if path.openListed && longAscendingRow[b]
                                && row.count >= longLists.longerBy * path.open.count
                            {
                                if path.visitOpen(
                                    row: row, bucketClasses, classOf, from: b, cap: cap, marks, contactEdges,
                                    used, capacity)
                                {
                                    break
                                }
                            } else {
                                members: for j in row {
                                    let k = Int(bucketClasses[j])
                                    path.entriesRead += 1
                                    guard classExpanded[k] == evaluation else { continue }
                                    let span = reachedSpan[k]
                                    path.entriesRead += Int(span.end) - Int(span.start)
                                    for m in Int(span.start)..<Int(span.end) {
                                        let c = Int(reachedMembers[m])
                                        if path.visit(c, from: b, cap: cap, marks, contactEdges, used, capacity) {
                                            break members
                                        }
                                    }
                                }
                                if path.end >= 0 { break }
                            }
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
    /// The reached contacts not yet seen nor dead, by class then rank, once listed (`LongListReading`):
    /// listed when the long class lists read (`longRowsRead`) have cost as much.
    var open: [Int32] = []
    var openListed = false, longRowsRead = 0
    /// The list entries this search read (class entries, their reached members, contacts in `open`,
    /// and the reached contacts when `open` is listed): counted in the evaluation's work with the
    /// nodes visited, so that `plan_work_limit` bounds the time long lists take too.
    var entriesRead = 0
    /// The contact with capacity left the search ended at, or -1.
    var end = -1

    init(stamp: Int32, evaluation: Int32, bucketCount: Int) {
        self.stamp = stamp
        self.evaluation = evaluation
        self.bucketCount = bucketCount
    }

    /// Bucket `b` looks at the contacts in `open` (reached, not dead, by class then rank) whose class
    /// is in its ascending class list `row`, in order; those seen or dead are dropped from `open`.
    /// True when the search ended at one. A contact's class is found in `row` by galloping from the
    /// last one found: a few entries read per contact, not the whole list.
    mutating func visitOpen(
        row: Range<Int>, _ bucketClasses: PackedRows, _ classOf: [Int32], from b: Int,
        cap: Int, _ marks: UnsafeMutableBufferPointer<RecruitFlow.NodeMarks>,
        _ contactEdges: UnsafeBufferPointer<[RecruitFlow.Edge]>, _ used: UnsafeBufferPointer<Int>,
        _ capacity: UnsafeBufferPointer<Int>
    ) -> Bool {
        var kept = 0, p = row.lowerBound
        let n = open.count
        entriesRead += n
        var i = 0
        while i < n {
            let c = Int(open[i])
            i += 1
            let node = bucketCount + c
            if marks[node].seen == stamp || marks[node].dead == evaluation { continue }
            let k = classOf[c]
            p = bucketClasses.firstPlace(atLeast: k, from: p, end: row.upperBound)
            if p == row.upperBound {
                // Every class of the list is behind: the rest of `open` stays as it is.
                open[kept] = Int32(c)
                kept += 1
                while i < n {
                    open[kept] = open[i]
                    kept += 1
                    i += 1
                }
                break
            }
            if bucketClasses[p] == k {
                if visit(c, from: b, cap: cap, marks, contactEdges, used, capacity) { return true }
                if marks[node].seen == stamp { continue }
            }
            open[kept] = Int32(c)
            kept += 1
        }
        open.removeLast(n - kept)
        return false
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
