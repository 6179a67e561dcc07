/// Incremental max flow on source → bucket → contact → sink, bucket by bucket (docs/model.md, Allocation).
///
/// Buckets are added in allocation order. When bucket k is added, augmenting paths are searched from
/// it only: the flows through buckets 1…k−1 already form a maximum flow of that prefix, and no path
/// from the source through an earlier bucket can open up (restricting a flow to the earlier buckets'
/// paths gives a flow of the smaller network). So the flow bucket k receives is exactly
/// MaxFlow(b1..bk) − MaxFlow(b1..bk−1). Paths may reroute earlier buckets' contacts (reverse edges),
/// never reduce their totals.
///
/// When a search finds no path, every node it reached is *dead*: none of them reaches the sink, and
/// no later augmenting path can pass through them (it would have to reach the sink from there), so
/// their edges never change again. Later searches skip them.
///
/// Quantities are integers (the caller's units), so the flow is exact. Contacts come in classes of
/// identical contacts, so a bucket's adjacency is a short list of classes.
package struct IncrementalMaxFlow {
    package static let unbounded = Int.max

    /// Members (contact ids) of each class, with dead ones dropped lazily.
    private var classMembers: [[Int32]]
    /// Capacity of each contact's edge to the sink, and the flow on it.
    let capacity: [Int]
    package private(set) var used: [Int]
    /// Per contact: the buckets that send it flow, and how much (flows may drop to 0 when rerouted).
    private var edges: [[(bucket: Int32, flow: Int)]]
    private var bucketClasses: [[Int32]] = []
    private var bucketEdgeCap: [Int] = []
    package private(set) var received: [Int] = []
    /// Per class: members before this index have no sink capacity left.
    private var classCursor: [Int]
    private var contactDead: [Bool]
    private var bucketDead: [Bool] = []
    // Search state, reused: a node is visited in the current search when its stamp equals `epoch`.
    private var epoch: Int32 = 0
    private var contactStamp: [Int32]
    private var contactFrom: [Int32]
    private var bucketStamp: [Int32] = []
    private var bucketFrom: [Int32] = []

    package init(classMembers: [[Int32]], capacity: [Int]) {
        self.classMembers = classMembers
        self.capacity = capacity
        used = [Int](repeating: 0, count: capacity.count)
        edges = [[(bucket: Int32, flow: Int)]](repeating: [], count: capacity.count)
        classCursor = [Int](repeating: 0, count: classMembers.count)
        contactDead = [Bool](repeating: false, count: capacity.count)
        contactStamp = [Int32](repeating: -1, count: capacity.count)
        contactFrom = [Int32](repeating: -1, count: capacity.count)
    }

    /// Flow from `bucket` to `contact`.
    package func flow(bucket: Int, contact: Int) -> Int {
        for e in edges[contact] where Int(e.bucket) == bucket { return e.flow }
        return 0
    }

    /// Buckets with flow to a contact, and the flow.
    package func allocations(contact: Int) -> [(bucket: Int, units: Int)] {
        edges[contact].filter { $0.flow > 0 }.map { (Int($0.bucket), $0.flow) }
    }

    /// Adds a bucket with its demand, the classes it may draw on, and the capacity of each of its
    /// edges to a contact (`unbounded` for sales, one reference for a calendar need); returns the flow
    /// it receives, MaxFlow(b1..bk) − MaxFlow(b1..bk−1).
    package mutating func add(demand: Int, classes: [Int32], edgeCapacity: Int) -> Int {
        let k = bucketClasses.count
        bucketClasses.append(classes)
        bucketEdgeCap.append(edgeCapacity)
        received.append(0)
        bucketDead.append(false)
        bucketStamp.append(-1)
        bucketFrom.append(-1)
        guard demand > 0 else { return 0 }
        var remaining = demand

        // Paths of length two first: bucket → contact with capacity left → sink.
        for cls in classes where remaining > 0 {
            let c = Int(cls)
            var i = classCursor[c]
            while i < classMembers[c].count && used[Int(classMembers[c][i])] >= capacity[Int(classMembers[c][i])] {
                i += 1
            }
            classCursor[c] = i
            var j = i
            while j < classMembers[c].count && remaining > 0 {
                let contact = Int(classMembers[c][j])
                let free = capacity[contact] - used[contact]
                if free > 0 {
                    let edgeFree =
                        edgeCapacity == Self.unbounded ? Int.max : edgeCapacity - flow(bucket: k, contact: contact)
                    let push = min(remaining, free, edgeFree)
                    if push > 0 {
                        addFlow(bucket: k, contact: contact, push)
                        used[contact] += push
                        remaining -= push
                    }
                }
                j += 1
            }
        }
        // Then augmenting paths through the residual graph, breadth first.
        while remaining > 0, let pushed = augment(from: k, limit: remaining) {
            remaining -= pushed
        }
        received[k] = demand - remaining
        return received[k]
    }

    private mutating func addFlow(bucket: Int, contact: Int, _ units: Int) {
        for i in edges[contact].indices where Int(edges[contact][i].bucket) == bucket {
            edges[contact][i].flow += units
            return
        }
        edges[contact].append((Int32(bucket), units))
    }

    private func residual(bucket: Int, contact: Int) -> Int {
        let cap = bucketEdgeCap[bucket]
        return cap == Self.unbounded ? Int.max : cap - flow(bucket: bucket, contact: contact)
    }

    /// One shortest augmenting path from bucket `k`; pushes its bottleneck and returns it. When there
    /// is none, marks everything the search reached dead.
    private mutating func augment(from k: Int, limit: Int) -> Int? {
        epoch += 1
        var visitedContacts: [Int32] = []
        var queue: [Int] = [k]
        bucketStamp[k] = epoch
        bucketFrom[k] = -1
        var head = 0
        var end: Int? = nil
        search: while head < queue.count {
            let b = queue[head]
            head += 1
            for cls in bucketClasses[b] {
                let c = Int(cls)
                if classMembers[c].contains(where: { contactDead[Int($0)] }) {
                    classMembers[c].removeAll { contactDead[Int($0)] }
                    classCursor[c] = 0
                }
                for m in classMembers[c] {
                    let contact = Int(m)
                    if contactStamp[contact] == epoch { continue }
                    if residual(bucket: b, contact: contact) <= 0 { continue }
                    contactStamp[contact] = epoch
                    contactFrom[contact] = Int32(b)
                    visitedContacts.append(m)
                    if used[contact] < capacity[contact] {
                        end = contact
                        break search
                    }
                    for e in edges[contact] where e.flow > 0 {
                        let nb = Int(e.bucket)
                        if bucketStamp[nb] != epoch && !bucketDead[nb] {
                            bucketStamp[nb] = epoch
                            bucketFrom[nb] = m
                            queue.append(nb)
                        }
                    }
                }
            }
        }
        guard let last = end else {
            for c in visitedContacts { contactDead[Int(c)] = true }
            for b in queue { bucketDead[b] = true }
            return nil
        }
        // Bottleneck along the path, then push.
        var bottleneck = min(limit, capacity[last] - used[last])
        var contact = last
        while true {
            let b = Int(contactFrom[contact])
            bottleneck = min(bottleneck, residual(bucket: b, contact: contact))
            let previous = Int(bucketFrom[b])
            if previous < 0 { break }
            bottleneck = min(bottleneck, flow(bucket: b, contact: previous))
            contact = previous
        }
        guard bottleneck > 0 else { return nil }
        used[last] += bottleneck
        contact = last
        while true {
            let b = Int(contactFrom[contact])
            addFlow(bucket: b, contact: contact, bottleneck)
            let previous = Int(bucketFrom[b])
            if previous < 0 { break }
            addFlow(bucket: b, contact: previous, -bottleneck)
            contact = previous
        }
        return bottleneck
    }
}
