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

    /// The contacts at `indices`, their values read as the ids of `keys` (which holds every one of
    /// them). `keepRest` false: a rest date does not set classes apart (and the representatives' are
    /// not read).
    init(_ contacts: [Contact], keys: ContactKeys, indices: [Int], keepRest: Bool) {
        self.keepRest = keepRest
        // A class is keyed by ids, not strings (`ContactKeys`: each distinct spelling is lowercased
        // and hashed once), and a key is a short run of integers: the number of dimensions; per
        // dimension its value ids sorted, then a separator; the activity ids sorted; the seniority;
        // the rest date. The keys live one after another in one array, found through a table of
        // their own: a large program's roster has nearly as many classes as contacts, and a
        // dictionary of arrays made two heap objects for each.
        var table = IntegerRunTable()
        var key: [Int32] = []
        for i in indices {
            key.removeAll(keepingCapacity: true)
            keys.appendMatchKey(of: i, to: &key)
            key.append(Int32(contacts[i].seniority.rawValue))
            if keepRest, let rest = contacts[i].restUntil {
                key.append(Int32(truncatingIfNeeded: rest.ordinal))
                key.append(Int32(truncatingIfNeeded: rest.ordinal >> 32))
            }
            let k = table.number(of: key)
            if k == members.count {
                members.append([Int32(i)])
                representatives.append(Int32(i))
            } else {
                members[k].append(Int32(i))
            }
        }
    }
}
