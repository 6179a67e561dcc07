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
        contacts(in: index.classes(for: bucket, windowEnd: Day(ordinal: Int.max)))
    }

    /// What `bucket` asks of the index, as ids (`MatchIndex.question`), with the dimensions in
    /// `ignoring` (a bit per dimension) read as any value: buckets that ask the same are served by the
    /// same contacts. nil past six dimensions (ask `contacts(serving:)`).
    package func question(for bucket: Bucket, ignoring: Int = 0) -> SIMD8<Int32>? {
        index.question(for: bucket, ignoring: ignoring)
    }

    /// Whether any of the contacts could serve a bucket asking `question`.
    package func anyServes(answering question: SIMD8<Int32>) -> Bool {
        !index.classes(answering: question, windowEnd: Day(ordinal: Int.max)).isEmpty
    }

    /// The contacts that could serve a bucket asking `question`, ascending.
    package func contacts(answering question: SIMD8<Int32>) -> [Int] {
        contacts(in: index.classes(answering: question, windowEnd: Day(ordinal: Int.max)))
    }

    private func contacts(in classes: [Int32]) -> [Int] {
        var out: [Int] = []
        for k in classes {
            for c in members[Int(k)] { out.append(Int(c)) }
        }
        out.sort()
        return out
    }
}
