import RefgapModel

/// Which of a set of contacts could serve a bucket by `Matching.canServe` (values, activity, seniority;
/// rest dates aside), answered from the match index of their classes: the work grows with the
/// contacts that match, not with every contact for every bucket.
package struct ContactIndex: Sendable {
    private let index: MatchIndex
    private let members: [[Int32]]

    /// `indices`: the contacts the index answers from.
    package init(_ contacts: [Contact], indices: some Sequence<Int>, dimensions: Int) {
        let classes = MatchClasses(contacts, indices: indices, keepRest: false)
        index = MatchIndex(classes, of: contacts, dimensions: dimensions)
        members = classes.members
    }

    /// Whether any of the contacts could serve `bucket`.
    package func anyServes(_ bucket: Bucket) -> Bool {
        !index.classes(for: bucket, windowEnd: Day(ordinal: Int.max)).isEmpty
    }

    /// The contacts that could serve `bucket`, ascending.
    package func contacts(serving bucket: Bucket) -> [Int] {
        var out: [Int] = []
        for k in index.classes(for: bucket, windowEnd: Day(ordinal: Int.max)) {
            for c in members[Int(k)] { out.append(Int(c)) }
        }
        out.sort()
        return out
    }
}
