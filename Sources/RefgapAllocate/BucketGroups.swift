/// The buckets of the recruiting plan's network grouped by what they draw on: buckets with the same
/// classes and the same kind of edge (a calendar need's, or a sales bucket's) form a group. A calendar
/// of needs asking for any industry has groups of hundreds or thousands such buckets, each on nearly
/// every class's list; the backward search of an evaluation (`RecruitFlowReach.swift`) read the whole
/// group again for each class it reached, though after the first time nearly all were reached. Per
/// evaluation it now keeps each large group's buckets not yet reached, and reads only those.
package struct BucketGroups {
    /// Groups smaller than this are not kept as groups: their buckets stay on the classes' lists
    /// (tests compare other sizes, `.max` for none).
    package static let minimumSize = 8

    /// Per class, its buckets in no large group, ascending: all of them, and those with a need's edge.
    let soloBuckets: PackedRows
    let soloNeedBuckets: PackedRows
    /// Per class, the large groups whose buckets draw on it: all of them, and the groups of needs.
    let groups: PackedRows
    let needGroups: PackedRows
    /// Per large group, its buckets, ascending.
    let members: PackedRows

    /// `classBuckets`: per class, its buckets ascending (the flow's `classBuckets` lists).
    init(bucketClasses: [[Int32]], classBuckets: [[Int32]], needEdge: [Bool], minimumSize: Int) {
        struct Key: Hashable {
            let need: Bool
            let classes: [Int32]
        }
        var groupOf: [Key: Int] = [:]
        var groupBuckets: [[Int32]] = []
        var groupKeys: [Key] = []
        for (b, classes) in bucketClasses.enumerated() where !classes.isEmpty {
            let key = Key(need: needEdge[b], classes: classes)
            if let g = groupOf[key] {
                groupBuckets[g].append(Int32(b))
            } else {
                groupOf[key] = groupBuckets.count
                groupBuckets.append([Int32(b)])
                groupKeys.append(key)
            }
        }
        var large = [[Int32]](repeating: [], count: classBuckets.count)
        var largeNeed = [[Int32]](repeating: [], count: classBuckets.count)
        var members: [[Int32]] = []
        var grouped = [Bool](repeating: false, count: bucketClasses.count)
        for (g, buckets) in groupBuckets.enumerated() where buckets.count >= minimumSize {
            let key = groupKeys[g]
            let id = Int32(members.count)
            members.append(buckets)
            for b in buckets { grouped[Int(b)] = true }
            for k in key.classes {
                large[Int(k)].append(id)
                if key.need { largeNeed[Int(k)].append(id) }
            }
        }
        // The classes' lists without the grouped buckets, still ascending.
        soloBuckets = PackedRows(classBuckets.map { $0.filter { !grouped[Int($0)] } })
        soloNeedBuckets = PackedRows(classBuckets.map { $0.filter { !grouped[Int($0)] && needEdge[Int($0)] } })
        groups = PackedRows(large)
        needGroups = PackedRows(largeNeed)
        self.members = PackedRows(members)
    }

    var count: Int { members.count }
}
