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
        /// The evaluation's work: the nodes it read and those its path searches visited (a node
        /// once per search). Counted rather than timed, it is the same on every machine.
        package var work: Int
    }

    /// A scratch list (`scratch`), emptied, its storage moved out of `slot` (so appending to it copies
    /// nothing); the search puts it back when done.
    static func take(_ slot: inout [Int]) -> [Int] {
        var list: [Int] = []
        swap(&list, &slot)
        list.removeAll(keepingCapacity: true)
        return list
    }

    /// The flow from `bucket` to `contact`.
    func flow(bucket: Int, contact: Int) -> Int {
        for e in contactEdges[contact] where Int(e.node) == bucket { return e.flow }
        return 0
    }

    /// What `bucket` may still send `contact`: unbounded, or a calendar need's one unit less the flow.
    func residual(bucket: Int, contact: Int) -> Int {
        let cap = edgeCap[bucket]
        return cap == Self.unbounded ? Int.max : cap - flow(bucket: bucket, contact: contact)
    }
}
