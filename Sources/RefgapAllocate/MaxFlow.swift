/// Incremental max flow on source → bucket → contact → sink, bucket by bucket (SPEC §2.7).
///
/// Buckets are added in allocation order. When bucket k is added, augmenting paths are searched from
/// it only: the flows through buckets 1…k−1 already form a maximum flow of that prefix, and no path
/// from the source through an earlier bucket can open up (restricting a flow to the earlier buckets'
/// paths gives a flow of the smaller network). So the flow bucket k receives is exactly
/// MaxFlow(b1..bk) − MaxFlow(b1..bk−1). Paths may reroute earlier buckets' contacts (reverse edges),
/// never reduce their totals.
///
/// Quantities are integers (the caller's units), so the flow is exact. Contacts are grouped in
/// classes of identical contacts, so a bucket's adjacency is a short list of classes.
public struct IncrementalMaxFlow {
    public static let unbounded = Int.max

    /// Members (contact ids, ascending) of each class.
    let classMembers: [[Int32]]
    /// Capacity of each contact's edge to the sink.
    let capacity: [Int]
    /// Flow on each contact's edge to the sink.
    public private(set) var used: [Int]
    /// Flow on each bucket → contact edge, keyed `bucket << 32 | contact`.
    private var edgeFlow: [Int: Int] = [:]
    /// Buckets that have sent flow to a contact (maybe since rerouted to zero).
    private var contactBuckets: [[Int32]]
    /// Per bucket: its classes, per-edge capacity, demand and flow received.
    private var bucketClasses: [[Int32]] = []
    private var bucketEdgeCap: [Int] = []
    public private(set) var received: [Int] = []
    /// Per class: members before this index have no sink capacity left.
    private var classCursor: [Int]

    public init(classMembers: [[Int32]], capacity: [Int]) {
        self.classMembers = classMembers
        self.capacity = capacity
        used = [Int](repeating: 0, count: capacity.count)
        contactBuckets = [[Int32]](repeating: [], count: capacity.count)
        classCursor = [Int](repeating: 0, count: classMembers.count)
    }

    /// Flow from `bucket` to `contact`.
    public func flow(bucket: Int, contact: Int) -> Int { edgeFlow[bucket << 32 | contact] ?? 0 }

    /// Buckets with flow to a contact, and the flow.
    public func allocations(contact: Int) -> [(bucket: Int, units: Int)] {
        var seen = Set<Int32>()
        return contactBuckets[contact].compactMap { b in
            guard seen.insert(b).inserted else { return nil }
            let f = flow(bucket: Int(b), contact: contact)
            return f > 0 ? (Int(b), f) : nil
        }
    }

    /// Adds a bucket with its demand, the classes it may draw on, and the capacity of each of its
    /// edges to a contact (`unbounded` for sales, one reference for a calendar need); returns the flow
    /// it receives, MaxFlow(b1..bk) − MaxFlow(b1..bk−1).
    public mutating func add(demand: Int, classes: [Int32], edgeCapacity: Int) -> Int {
        let k = bucketClasses.count
        bucketClasses.append(classes)
        bucketEdgeCap.append(edgeCapacity)
        received.append(0)
        guard demand > 0 else { return 0 }
        var remaining = demand

        // Paths of length two first: bucket → contact with capacity left → sink.
        for cls in classes where remaining > 0 {
            let members = classMembers[Int(cls)]
            var i = classCursor[Int(cls)]
            while i < members.count && used[Int(members[i])] >= capacity[Int(members[i])] { i += 1 }
            classCursor[Int(cls)] = i
            var j = i
            while j < members.count && remaining > 0 {
                let c = Int(members[j])
                let free = capacity[c] - used[c]
                if free > 0 {
                    let edgeFree = edgeCapacity == Self.unbounded ? Int.max : edgeCapacity - flow(bucket: k, contact: c)
                    let push = min(remaining, free, edgeFree)
                    if push > 0 {
                        addFlow(bucket: k, contact: c, push)
                        used[c] += push
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
        let key = bucket << 32 | contact
        let before = edgeFlow[key] ?? 0
        edgeFlow[key] = before + units
        if before == 0 && units > 0 { contactBuckets[contact].append(Int32(bucket)) }
    }

    private func residual(bucket: Int, contact: Int) -> Int {
        let cap = bucketEdgeCap[bucket]
        return cap == Self.unbounded ? Int.max : cap - flow(bucket: bucket, contact: contact)
    }

    /// One shortest augmenting path from bucket `k`; pushes its bottleneck and returns it.
    private mutating func augment(from k: Int, limit: Int) -> Int? {
        // Parent links: contact → bucket it was reached from; bucket → contact it was reached from.
        var contactParent: [Int: Int] = [:]
        var bucketParent: [Int: Int] = [k: -1]
        var queue: [Int] = [k]  // buckets
        var head = 0
        var end: Int? = nil
        search: while head < queue.count {
            let b = queue[head]
            head += 1
            for cls in bucketClasses[b] {
                for m in classMembers[Int(cls)] {
                    let c = Int(m)
                    if contactParent[c] != nil { continue }
                    if residual(bucket: b, contact: c) <= 0 { continue }
                    contactParent[c] = b
                    if used[c] < capacity[c] { end = c; break search }
                    for nb in contactBuckets[c] {
                        let nbi = Int(nb)
                        if bucketParent[nbi] == nil && flow(bucket: nbi, contact: c) > 0 {
                            bucketParent[nbi] = c
                            queue.append(nbi)
                        }
                    }
                }
            }
        }
        guard let last = end else { return nil }
        // Bottleneck along the path.
        var bottleneck = min(limit, capacity[last] - used[last])
        var c = last
        while true {
            guard let b = contactParent[c] else { break }
            bottleneck = min(bottleneck, residual(bucket: b, contact: c))
            guard let pc = bucketParent[b], pc >= 0 else { break }
            bottleneck = min(bottleneck, flow(bucket: b, contact: pc))
            c = pc
        }
        guard bottleneck > 0 else { return nil }
        used[last] += bottleneck
        c = last
        while true {
            guard let b = contactParent[c] else { break }
            addFlow(bucket: b, contact: c, bottleneck)
            guard let pc = bucketParent[b], pc >= 0 else { break }
            edgeFlow[b << 32 | pc] = flow(bucket: b, contact: pc) - bottleneck
            c = pc
        }
        return bottleneck
    }
}
