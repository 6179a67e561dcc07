import RefgapModel

/// Contacts grouped into classes of interchangeable ones (the same values, activities and seniority,
/// compared ignoring case, and the same rest date when it counts): matching is done once per class.
struct MatchClasses {
    /// Per class: its contacts, ascending.
    var members: [[Int32]] = []
    /// One contact per class, in class order.
    var representatives: [Contact] = []

    /// `keepRest` false: a rest date does not set classes apart (and the representatives carry none).
    init(_ contacts: [Contact], indices: some Sequence<Int>, keepRest: Bool) {
        // A class is keyed by ids, not strings: each distinct spelling is lowercased and looked up once
        // (a roster repeats a few hundred values across tens of thousands of contacts), and a key is a
        // short array of integers: per dimension its value ids sorted, then a separator; the activity
        // ids sorted; the seniority; the rest date.
        var ids = FoldedIDs()
        var classIndex: [[Int32]: Int] = [:]
        classIndex.reserveCapacity(contacts.count / 4)
        var key: [Int32] = []
        for i in indices {
            let c = contacts[i]
            key.removeAll(keepingCapacity: true)
            for values in c.dimensions {
                let start = key.count
                for v in values { key.append(ids.id(v)) }
                key[start...].sort()
                key.append(-1)
            }
            let start = key.count
            for a in c.activities { key.append(ids.id(a)) }
            key[start...].sort()
            key.append(-1)
            key.append(Int32(c.seniority.rawValue))
            if keepRest, let rest = c.restUntil {
                key.append(Int32(truncatingIfNeeded: rest.ordinal))
                key.append(Int32(truncatingIfNeeded: rest.ordinal >> 32))
            }
            if let k = classIndex[key] {
                members[k].append(Int32(i))
            } else {
                classIndex[key] = members.count
                members.append([Int32(i)])
                var representative = c
                if !keepRest { representative.restUntil = nil }
                representatives.append(representative)
            }
        }
    }
}
