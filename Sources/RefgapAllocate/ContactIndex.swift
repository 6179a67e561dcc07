import RefgapModel

/// Which of a set of contacts could serve a bucket by `Matching.canServe` (values, activity, seniority;
/// rest dates aside), answered from the match index of their classes: the work grows with the
/// contacts that match, not with every contact for every bucket.
package struct ContactIndex: Sendable {
    private let index: MatchIndex
    private let members: [[Int32]]

    /// `indices`: the contacts the index answers from. `keys`: the roster's `ContactKeys`, when made
    /// already (else the contacts' values are keyed here).
    package init(_ contacts: [Contact], indices: some Sequence<Int>, dimensions: Int, keys: ContactKeys? = nil) {
        // Listed once: the sequence may be a lazy filter over the whole roster.
        let indices = Array(indices)
        let keys = keys ?? ContactKeys(contacts, indices: indices, dimensions: dimensions)
        let classes = MatchClasses(contacts, keys: keys, indices: indices, keepRest: false)
        index = MatchIndex(classes, of: contacts, dimensions: dimensions, keys: keys)
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
