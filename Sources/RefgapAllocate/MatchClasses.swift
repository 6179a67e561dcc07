import RefgapModel

/// Contacts grouped into classes of interchangeable ones (the same values, activities and seniority,
/// compared ignoring case, and the same rest date when it counts): matching is done once per class.
struct MatchClasses {
    /// Per class: its contacts, ascending.
    var members: [[Int32]] = []
    /// One contact per class, in class order.
    var representatives: [Contact] = []

    private struct Key: Hashable {
        let dims: [[String]]
        let activities: [String]
        let seniority: Seniority
        let rest: Day?
    }

    /// `keepRest` false: a rest date does not set classes apart (and the representatives carry none).
    init(_ contacts: [Contact], indices: some Sequence<Int>, keepRest: Bool) {
        var classIndex: [Key: Int] = [:]
        for i in indices {
            var c = contacts[i]
            if !keepRest { c.restUntil = nil }
            let key = Key(
                dims: c.dimensions.map { $0.map { $0.lowercased() }.sorted() },
                activities: c.activities.map { $0.lowercased() }.sorted(), seniority: c.seniority, rest: c.restUntil)
            if let k = classIndex[key] {
                members[k].append(Int32(i))
            } else {
                classIndex[key] = members.count
                members.append([Int32(i)])
                representatives.append(c)
            }
        }
    }
}
