/// What an evaluation of a recruit gives, the residual capacities its searches read, and the scratch
/// lists they reuse.
extension RecruitFlow {
    /// What adding one recruit does.
    package struct Outcome: Sendable {
        /// Buckets whose covered demand grows, ascending, and by how many units.
        package var served: [(bucket: Int, units: Int)]
        package var units: Int { served.reduce(0) { $0 + $1.units } }
        /// Nodes the evaluation read; after a commit, the nodes whose state changed.
        package var nodes: [Int32]
        /// The nodes its path searches visited (a node once per search), and the list entries they read.
        package var searched: Int, entriesRead: Int
        /// The evaluation's work: the nodes it read, those its path searches visited, and a
        /// thirty-second of the list entries they read (`RecruitFlow.add`). Counted rather than timed,
        /// it is the same on every machine.
        package var work: Int
    }

    /// A scratch list (`scratch`), emptied, its storage moved out of `slot` (so appending to it copies
    /// nothing); the search puts it back when done.
    static func take<Element>(_ slot: inout [Element]) -> [Element] {
        var list: [Element] = []
        swap(&list, &slot)
        list.removeAll(keepingCapacity: true)
        return list
    }

    /// The flow from `bucket` to `contact`.
    func flow(bucket: Int, contact: Int) -> Int {
        for e in contactEdges[contact] where Int(e.node) == bucket { return e.flow }
        return 0
    }

    /// What a bucket whose edges carry at most `cap` may still send `contact`, from the contacts' edge
    /// lists read in place (the searches' way; `residual(bucket:contact:)` reads them through the flow):
    /// unbounded, or a calendar need's one unit less the flow already on the edge.
    @inline(__always)
    static func residual(cap: Int, bucket: Int, contact: Int, _ contactEdges: UnsafeBufferPointer<[Edge]>) -> Int {
        guard cap != unbounded else { return Int.max }
        for e in 0..<contactEdges[contact].count where Int(contactEdges[contact][e].node) == bucket {
            return cap - contactEdges[contact][e].flow
        }
        return cap
    }

    /// What `bucket` may still send `contact`: unbounded, or a calendar need's one unit less the flow.
    func residual(bucket: Int, contact: Int) -> Int {
        let cap = edgeCap[bucket]
        return cap == Self.unbounded ? Int.max : cap - flow(bucket: bucket, contact: contact)
    }
}
