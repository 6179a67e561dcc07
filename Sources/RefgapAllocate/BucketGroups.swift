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
        // Buckets asking the same question share one answer, the same array (`Allocate.run` asks once
        // per question): grouped by that array's storage, not by its values, which cost a hash of every
        // class of every list (4,000 "any industry" needs: more than the groups saved).
        struct Key: Hashable {
            let need: Bool
            let storage: UInt
            let count: Int
        }
        var groupOf: [Key: Int] = [:]
        var groupBuckets: [[Int32]] = []
        var groupRows: [Int] = []
        for (b, classes) in bucketClasses.enumerated() where !classes.isEmpty {
            let storage = classes.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
            let key = Key(need: needEdge[b], storage: storage, count: classes.count)
            if let g = groupOf[key] {
                groupBuckets[g].append(Int32(b))
            } else {
                groupOf[key] = groupBuckets.count
                groupBuckets.append([Int32(b)])
                groupRows.append(b)
            }
        }
        var large = [[Int32]](repeating: [], count: classBuckets.count)
        var largeNeed = [[Int32]](repeating: [], count: classBuckets.count)
        var members: [[Int32]] = []
        var grouped = [Bool](repeating: false, count: bucketClasses.count)
        for (g, buckets) in groupBuckets.enumerated() where buckets.count >= minimumSize {
            let first = groupRows[g]
            let id = Int32(members.count)
            members.append(buckets)
            for b in buckets { grouped[Int(b)] = true }
            for k in bucketClasses[first] {
                large[Int(k)].append(id)
                if needEdge[first] { largeNeed[Int(k)].append(id) }
            }
        }
        // The classes' lists without the grouped buckets, still ascending (as they are when nothing
        // is grouped).
        if members.isEmpty {
            soloBuckets = PackedRows(classBuckets)
            soloNeedBuckets = PackedRows(classBuckets.map { $0.filter { needEdge[Int($0)] } })
        } else {
            var solo: [[Int32]] = [], soloNeed: [[Int32]] = []
            solo.reserveCapacity(classBuckets.count)
            soloNeed.reserveCapacity(classBuckets.count)
            for list in classBuckets {
                var all: [Int32] = [], needs: [Int32] = []
                for b in list where !grouped[Int(b)] {
                    all.append(b)
                    if needEdge[Int(b)] { needs.append(b) }
                }
                solo.append(all)
                soloNeed.append(needs)
            }
            soloBuckets = PackedRows(solo)
            soloNeedBuckets = PackedRows(soloNeed)
        }
        groups = PackedRows(large)
        needGroups = PackedRows(largeNeed)
        self.members = PackedRows(members)
    }

    var count: Int { members.count }
}
