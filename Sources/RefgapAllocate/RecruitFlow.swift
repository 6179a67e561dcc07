/// The allocation's flow with hypothetical recruits added one at a time, each re-allocated exactly as
/// a full run in the fixed bucket order would.
///
/// The allocation is the lexicographically greatest flow in bucket order: each bucket's covered demand
/// is MaxFlow(b1..bk) − MaxFlow(b1..bk−1). Adding a contact never lowers any bucket's covered demand
/// (a contact and a bucket are complements in a flow network, so each prefix's gain from the contact
/// grows with the prefix), and the new allocation is reached from the old one by augmenting, bucket by
/// bucket in order, from the buckets that still have a gap. Only buckets that can reach the new contact
/// through the residual graph can gain; they are found by searching backwards from it, so the
/// work follows the part of the network the recruit touches, not the whole of it.
///
/// Every augmenting path stays among the nodes that could reach the recruit when it was added: in the
/// allocation before it, no bucket with a gap reaches a contact with capacity left (the flow is
/// maximal), so what a gap bucket reaches cannot reach free capacity, and an edge from there to the
/// rest of the network opens only on a path, which ends at the recruit. The searches therefore go
/// nowhere else, and what an evaluation reads is that set of nodes.
///
/// Every node an evaluation reads is reported: an evaluation whose nodes a later recruit leaves
/// untouched would find exactly the same flow again, which lets the plan keep its gain.
package struct RecruitFlow {
    // The network's lists, the flow and the scratch lists are internal, not private: RecruitFlowGapReach.swift,
    // RecruitFlowOutcome.swift, RecruitFlowPath.swift and RecruitFlowReach.swift read them.
    package static let unbounded = Int.max

    struct Edge {
        var node: Int32
        var flow: Int
    }

    package let bucketCount: Int
    let baseContacts: Int
    let maxRecruits: Int
    let bucketClasses: PackedRows
    let classMembers: PackedRows
    let classBuckets: PackedRows
    /// Per class, its buckets by group (`BucketGroups`): a class's buckets whose edges are unbounded
    /// are reached alike from any of its members, so a second member's search reads only its needs'.
    let bucketGroups: BucketGroups
    /// Per large group, the evaluation that first read it, and then its buckets not yet reached (a
    /// span of `groupPool`, which has room for every group's buckets).
    struct GroupState {
        var read: Int32 = 0, start: Int32 = 0, end: Int32 = 0
    }
    var groupState: [GroupState]
    var groupPool: [Int32]
    var classExpanded: [Int32]
    /// Each contact's place among its class's members.
    let memberRank: [Int32]
    /// The contacts an evaluation's backward search reached, by class then rank; a class's share of
    /// them is `reachedSpan[class]` when `classExpanded[class]` is the evaluation's stamp. A path
    /// search reads these rather than every member of a bucket's classes (most of which it could not
    /// use): the same contacts in the same order.
    var reachedMembers: [Int32] = []
    var reachedSpan: [(start: Int32, end: Int32)]
    var classOf: [Int32]
    let edgeCap: [Int]
    package let demand: [Int]
    package private(set) var received: [Int]
    var capacity: [Int]
    var used: [Int]
    /// Per contact: the buckets that send it flow; per bucket: the contacts it sends flow to.
    var contactEdges: [[Edge]]
    var bucketEdges: [[Edge]]
    var recruitsOfBucket: [[Int32]]
    var recruitBuckets: [[Int32]] = []
    package private(set) var recruitCount = 0

    // Search state, stamped per evaluation (`evaluation`) and per path search (`search`).
    var evaluation: Int32 = 0
    var search: Int32 = 0
    /// Per node, its stamps side by side: a search reads several for each node it visits, and as
    /// arrays of their own each was a cache miss (the plan's searches are bound by memory).
    struct NodeMarks {
        var seen: Int32 = 0, from: Int32 = -1, dead: Int32 = 0, reached: Int32 = 0
        var readMark: Int32 = 0, savedMark: Int32 = 0
    }
    var marks: [NodeMarks]
    var candidateMark: [Int32]
    /// Per node: reached from a bucket with a gap in the current allocation.
    var fromGaps: [Bool] = []
    var readNodes: [Int32] = []
    /// Nodes the current evaluation's path searches have visited, and the list entries they read.
    var searched = 0, entriesRead = 0
    /// The searches' queues and lists, kept from one evaluation to the next: made anew for each
    /// search, they were an allocation (and its growth) several times per candidate evaluated.
    var scratch = (reach: [Int](), queue: [Int](), pathQueue: [Int](), pathVisited: [Int](), pathOpen: [Int32]())
    /// Per bucket: its class list is long and ascending, so a path search may read instead the reached
    /// contacts it has not yet seen, in the same order (`RecruitFlowPath.swift`).
    let longAscendingRow: [Bool]
    let longLists: LongListReading
    /// Nodes the evaluations have read since `fromGaps` was last computed in full.
    private var nodesReadSinceRefresh = 0
    // What an evaluation changed, to undo it.
    private var savedContacts: [(contact: Int, edges: [Edge], used: Int)] = []
    private var savedBuckets: [(bucket: Int, edges: [Edge], received: Int)] = []

    /// Nodes: buckets are `0..<bucketCount`, contacts follow (`bucketCount + contact`).
    package var nodeCount: Int { bucketCount + baseContacts + maxRecruits + 1 }

    /// The network of an allocation, its per-bucket flows (`allocations`, units) and demands (units);
    /// `needEdge`: per bucket, whether one contact may give it at most `unit` (a calendar need).
    package init(
        network: FlowNetwork, demand: [Int], allocations: [[(contact: Int, units: Int)]], needEdge: [Bool],
        unit: Int, maxRecruits: Int, longLists: LongListReading = .standard,
        groupsFrom: Int = BucketGroups.minimumSize
    ) {
        bucketCount = demand.count
        baseContacts = network.capacity.count
        self.maxRecruits = maxRecruits
        bucketClasses = PackedRows(network.bucketClasses)
        self.longLists = longLists
        longAscendingRow = network.bucketClasses.map { row in
            row.count >= longLists.minimumLength && zip(row, row.dropFirst()).allSatisfy { $0 < $1 }
        }
        classMembers = PackedRows(network.classMembers)
        var byClass = [[Int32]](repeating: [], count: network.classMembers.count)
        for (b, classes) in network.bucketClasses.enumerated() { for c in classes { byClass[Int(c)].append(Int32(b)) } }
        classBuckets = PackedRows(byClass)
        bucketGroups = BucketGroups(
            bucketClasses: network.bucketClasses, classBuckets: byClass, needEdge: needEdge, minimumSize: groupsFrom)
        groupState = [GroupState](repeating: GroupState(), count: bucketGroups.count)
        groupPool = [Int32](repeating: 0, count: bucketGroups.members.itemCount)
        classExpanded = [Int32](repeating: 0, count: network.classMembers.count)
        let slots = baseContacts + maxRecruits + 1
        classOf = [Int32](repeating: -1, count: slots)
        var rank = [Int32](repeating: 0, count: slots)
        for (k, members) in network.classMembers.enumerated() {
            for (r, m) in members.enumerated() {
                classOf[Int(m)] = Int32(k)
                rank[Int(m)] = Int32(r)
            }
        }
        memberRank = rank
        reachedSpan = [(Int32, Int32)](repeating: (0, 0), count: network.classMembers.count)
        edgeCap = needEdge.map { $0 ? unit : Self.unbounded }
        self.demand = demand
        received = [Int](repeating: 0, count: demand.count)
        capacity = network.capacity + [Int](repeating: 0, count: maxRecruits + 1)
        used = [Int](repeating: 0, count: slots)
        contactEdges = [[Edge]](repeating: [], count: slots)
        bucketEdges = [[Edge]](repeating: [], count: demand.count)
        for (b, list) in allocations.enumerated() {
            for a in list where a.units > 0 {
                contactEdges[a.contact].append(Edge(node: Int32(b), flow: a.units))
                bucketEdges[b].append(Edge(node: Int32(a.contact), flow: a.units))
                used[a.contact] += a.units
                received[b] += a.units
            }
        }
        recruitsOfBucket = [[Int32]](repeating: [], count: demand.count)
        let nodes = demand.count + slots
        marks = [NodeMarks](repeating: NodeMarks(), count: nodes)
        candidateMark = [Int32](repeating: 0, count: demand.count)
        fromGaps = [Bool](repeating: false, count: nodes)
        _ = refreshFromGaps()
    }

    /// Adds a recruit who can serve `buckets` (ascending) with `capacity` units, re-allocates, and
    /// reports what it covers. Without `commit`, everything is put back as it was.
    package mutating func add(buckets matched: [Int32], capacity c: Int, commit: Bool) -> Outcome {
        precondition(
            recruitCount < maxRecruits || (!commit && recruitCount == maxRecruits),
            "more recruits than the flow was sized for")
        evaluation &+= 1
        readNodes.removeAll(keepingCapacity: true)
        (searched, entriesRead) = (0, 0)
        let t = baseContacts + recruitCount
        capacity[t] = c
        used[t] = 0
        contactEdges[t] = []
        for b in matched { candidateMark[Int(b)] = evaluation }

        // Backwards from the recruit, among the nodes the gap buckets reach: the buckets that can reach
        // it (RecruitFlowReach.swift). The contacts it reached are then listed by class.
        var reach = Self.take(&scratch.reach), queue = Self.take(&scratch.queue)
        defer {
            scratch.reach = reach
            scratch.queue = queue
        }
        reachBackward(recruit: t, matched: matched, reach: &reach, queue: &queue)
        listReachedMembers(queue)

        // Then, in bucket order, each bucket with a gap takes what it can reach.
        var served: [(bucket: Int, units: Int)] = []
        // In the scratch list's own storage (a filtered, sorted copy was two arrays per evaluation).
        reach.removeAll { received[$0] >= demand[$0] }
        reach.sort()
        for b in reach {
            // Every path ends at the recruit: once it is full, nothing else moves.
            if used[t] >= capacity[t] { break }
            var got = 0
            while received[b] < demand[b], let pushed = augment(from: b, limit: demand[b] - received[b], recruit: t) {
                saveBucket(b)
                received[b] += pushed
                got += pushed
            }
            if got > 0 { served.append((b, got)) }
        }

        var changed: [Int32] = []
        if commit {
            recruitBuckets.append(matched)
            for b in matched { recruitsOfBucket[Int(b)].append(Int32(t)) }
            recruitCount += 1
            // The buckets the recruit could serve now have an edge to it, but a search uses that edge
            // only after reaching the recruit, which it does only from a bucket the recruit now serves:
            // those are among the saved ones (their flow changed), so the rest are not reported. (A
            // bucket every recruit matches would otherwise invalidate nearly every kept gain each step.)
            changed = savedBuckets.map { Int32($0.bucket) } + savedContacts.map { Int32(bucketCount + $0.contact) }
            // The nodes the gaps reach only shrink as recruits are added (every new residual edge lies
            // on a path from a gap to the recruit), apart from the recruit itself: marking it keeps
            // `fromGaps` a superset of them, and a superset finds the same flow (a path from a gap
            // passes only nodes the gap reaches). The full search, as long as the graph, runs again
            // once the evaluations since the last one have read as many nodes: it only prunes.
            if !fromGaps[bucketCount + t] {
                fromGaps[bucketCount + t] = true
                changed.append(Int32(bucketCount + t))
            }
            if nodesReadSinceRefresh >= nodeCount {
                changed += refreshFromGaps()
                nodesReadSinceRefresh = 0
            }
        } else {
            for s in savedContacts {
                contactEdges[s.contact] = s.edges
                used[s.contact] = s.used
            }
            for s in savedBuckets {
                bucketEdges[s.bucket] = s.edges
                received[s.bucket] = s.received
            }
            capacity[t] = 0
            used[t] = 0
            contactEdges[t] = []
        }
        savedContacts.removeAll(keepingCapacity: true)
        savedBuckets.removeAll(keepingCapacity: true)
        nodesReadSinceRefresh += readNodes.count
        // A list entry read costs about a thirtieth of a node (measured: ~3 against ~100 ns on the plan
        // benchmark's shapes), so `work` stays about ten million a second, and `plan_work_limit`
        // about 25 s, where long lists are read too.
        return Outcome(
            served: served, nodes: commit ? changed : readNodes, searched: searched, entriesRead: entriesRead,
            work: readNodes.count + searched + entriesRead / 32)
    }

    /// Whether a bucket still has demand left uncovered.
    package func hasGap(_ bucket: Int) -> Bool { received[bucket] < demand[bucket] }

    private mutating func read(_ node: Int) {
        if marks[node].readMark != evaluation {
            marks[node].readMark = evaluation
            readNodes.append(Int32(node))
        }
    }

    private mutating func saveBucket(_ b: Int) {
        if marks[b].savedMark != evaluation {
            marks[b].savedMark = evaluation
            savedBuckets.append((b, bucketEdges[b], received[b]))
        }
    }

    private mutating func saveContact(_ c: Int) {
        if marks[bucketCount + c].savedMark != evaluation {
            marks[bucketCount + c].savedMark = evaluation
            savedContacts.append((c, contactEdges[c], used[c]))
        }
    }

    private mutating func addFlow(bucket: Int, contact: Int, _ units: Int) {
        saveBucket(bucket)
        saveContact(contact)
        if let i = contactEdges[contact].firstIndex(where: { Int($0.node) == bucket }) {
            contactEdges[contact][i].flow += units
        } else {
            contactEdges[contact].append(Edge(node: Int32(bucket), flow: units))
        }
        if let i = bucketEdges[bucket].firstIndex(where: { Int($0.node) == contact }) {
            bucketEdges[bucket][i].flow += units
        } else {
            bucketEdges[bucket].append(Edge(node: Int32(contact), flow: units))
        }
    }

    /// One shortest augmenting path from bucket `k` to a contact with capacity left; pushes its
    /// bottleneck and returns it. When there is none, everything the search reached is dead for the
    /// rest of this evaluation (no later path of it can pass there).
    private mutating func augment(from k: Int, limit: Int, recruit t: Int) -> Int? {
        guard let last = shortestPath(from: k, recruit: t) else { return nil }
        var bottleneck = min(limit, capacity[last] - used[last])
        var contact = last
        while true {
            let b = Int(marks[bucketCount + contact].from)
            bottleneck = min(bottleneck, residual(bucket: b, contact: contact))
            let previous = Int(marks[b].from)
            if previous < 0 { break }
            bottleneck = min(bottleneck, flow(bucket: b, contact: previous - bucketCount))
            contact = previous - bucketCount
        }
        guard bottleneck > 0 else { return nil }
        saveContact(last)
        used[last] += bottleneck
        contact = last
        while true {
            let b = Int(marks[bucketCount + contact].from)
            addFlow(bucket: b, contact: contact, bottleneck)
            let previous = Int(marks[b].from)
            if previous < 0 { break }
            addFlow(bucket: b, contact: previous - bucketCount, -bottleneck)
            contact = previous - bucketCount
        }
        return bottleneck
    }
}
