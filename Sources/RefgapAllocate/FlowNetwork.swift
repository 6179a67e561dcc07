import RefgapModel

/// The network an allocation ran on: which classes of interchangeable contacts each bucket may draw
/// on, the classes' members, and each contact's capacity in flow units. The recruiting plan extends
/// it with hypothetical contacts.
package struct FlowNetwork: Sendable {
    /// Per bucket (allocation order): the classes that can serve it.
    package var bucketClasses: [[Int32]] = []
    /// Per class: its contacts.
    package var classMembers: [[Int32]] = []
    /// Per contact: capacity over the horizon in flow units (0 when not supply).
    package var capacity: [Int] = []

    package init() {}
    package init(classMembers: [[Int32]], capacity: [Int]) {
        self.classMembers = classMembers
        self.capacity = capacity
    }
}

package enum RecruitMatching {
    /// For each hypothetical contact, the buckets it could serve (ascending), by the same rules as
    /// the roster: dimensions, activity, seniority and rest (a recruit has no rest date).
    package static func buckets(for recruits: [Contact], _ segmented: Segmented, config: Config) -> [[Int32]] {
        guard !recruits.isEmpty else { return [] }
        let index = MatchIndex(classes: recruits, dimensions: config.dimensions.count)
        var out = [[Int32]](repeating: [], count: recruits.count)
        for (b, bucket) in segmented.buckets.enumerated() {
            let windowEnd = Allocate.windowEnd(bucket, asOf: segmented.asOf, config: config)
            for r in index.classes(for: bucket, windowEnd: windowEnd) { out[Int(r)].append(Int32(b)) }
        }
        return out
    }
}
