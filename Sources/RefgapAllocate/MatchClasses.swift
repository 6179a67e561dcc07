import RefgapModel

/// Contacts grouped into classes of interchangeable ones (the same values, activities and seniority,
/// compared ignoring case, and the same rest date when it counts): matching is done once per class.
struct MatchClasses {
    /// Per class: its contacts, ascending.
    var members: [[Int32]] = []
    /// One contact per class (its first), in class order: an index into the contacts given.
    var representatives: [Int32] = []
    /// Whether a representative's rest date counts (see `init`).
    let keepRest: Bool

    /// `keepRest` false: a rest date does not set classes apart (and the representatives' are not read).
    init(_ contacts: [Contact], indices: some Sequence<Int>, keepRest: Bool) {
        self.keepRest = keepRest
        // A class is keyed by ids, not strings: each distinct spelling is lowercased and looked up once
        // (a roster repeats a few hundred values across tens of thousands of contacts), and a key is a
        // short run of integers: per dimension its value ids sorted, then a separator; the activity
        // ids sorted; the seniority; the rest date. The keys live one after another in one array,
        // found through a table of their own: a large program's roster has nearly as many classes as
        // contacts, and a dictionary of arrays made two heap objects for each.
        var ids = FoldedIDs()
        var keys = IntegerRunTable()
        var key: [Int32] = []
        for i in indices {
            key.removeAll(keepingCapacity: true)
            for values in contacts[i].dimensions {
                let start = key.count
                for v in values { key.append(ids.id(v)) }
                key[start...].sort()
                key.append(-1)
            }
            let start = key.count
            for a in contacts[i].activities { key.append(ids.id(a)) }
            key[start...].sort()
            key.append(-1)
            key.append(Int32(contacts[i].seniority.rawValue))
            if keepRest, let rest = contacts[i].restUntil {
                key.append(Int32(truncatingIfNeeded: rest.ordinal))
                key.append(Int32(truncatingIfNeeded: rest.ordinal >> 32))
            }
            let k = keys.number(of: key)
            if k == members.count {
                members.append([Int32(i)])
                representatives.append(Int32(i))
            } else {
                members[k].append(Int32(i))
            }
        }
    }
}
