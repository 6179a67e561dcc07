import RefgapModel

/// Contacts' values and activities as small ids (case ignored), made once for a roster and read by
/// every grouping into match classes and every match index built over it. Each of those (five in a
/// run) hashed every value's string again: a tenth of a 20,000-contact program's run.
package struct ContactKeys: Sendable {
    /// Per dimension: value → id, ignoring case; activities likewise.
    private(set) var valueIDs: [FoldedIDs]
    private(set) var activityIDs = FoldedIDs()
    /// Per contact: its first list in `listEnd` (-1 for a contact not keyed) and how many dimensions
    /// it has. Its lists are its dimensions' ids, then its activities'.
    private var firstList: [Int32]
    private var dimensionCounts: [Int32]
    /// List `k` is `ids[listEnd[k - 1] ..< listEnd[k]]` (from 0 for the first).
    private var listEnd: [Int32] = []
    private var ids: [Int32] = []

    /// Every contact of the roster.
    package init(_ contacts: [Contact], dimensions: Int) {
        self.init(contacts, indices: contacts.indices, dimensions: dimensions)
    }

    /// The contacts at `indices`; with a `synonym`, its two spellings are one value (the one it names
    /// takes its dimension's first id).
    init(_ contacts: [Contact], indices: some Sequence<Int>, dimensions: Int, synonym: Synonym? = nil) {
        valueIDs = Array(repeating: FoldedIDs(), count: dimensions)
        if let synonym, synonym.dimension < dimensions {
            valueIDs[synonym.dimension].join(synonym.from, to: synonym.to)
        }
        firstList = Array(repeating: -1, count: contacts.count)
        dimensionCounts = Array(repeating: 0, count: contacts.count)
        for c in indices {
            firstList[c] = Int32(listEnd.count)
            let values = contacts[c].dimensions
            dimensionCounts[c] = Int32(values.count)
            for d in values.indices {
                if d == valueIDs.count { valueIDs.append(FoldedIDs()) }
                for v in values[d] { ids.append(valueIDs[d].id(v)) }
                listEnd.append(Int32(ids.count))
            }
            for a in contacts[c].activities { ids.append(activityIDs.id(a)) }
            listEnd.append(Int32(ids.count))
        }
    }

    /// How many dimensions contact `c` has values for (blank ones included).
    func dimensionCount(_ c: Int) -> Int { Int(dimensionCounts[c]) }

    /// Contact `c`'s value ids in dimension `d`, as written (empty past its dimensions).
    func values(_ c: Int, _ d: Int) -> ArraySlice<Int32> {
        d < dimensionCounts[c] ? list(Int(firstList[c]) + d) : []
    }

    /// Contact `c`'s activity ids, as written.
    func activities(_ c: Int) -> ArraySlice<Int32> { list(Int(firstList[c]) + Int(dimensionCounts[c])) }

    /// Appends contact `c`'s match key to `key`: its number of dimensions; per dimension its value ids
    /// sorted, then -1; its activity ids sorted, then -1. Two contacts have the same key when they
    /// have the same values (ignoring case) and activities, in any order.
    func appendMatchKey(of c: Int, to key: inout [Int32]) {
        let dimensionCount = Int(dimensionCounts[c])
        key.append(Int32(dimensionCount))
        let first = Int(firstList[c])
        for k in first...(first + dimensionCount) {
            let start = key.count
            var i = listStart(k)
            let end = Int(listEnd[k])
            while i < end {
                // Insertion sort: a list holds a few ids.
                let id = ids[i]
                var j = key.count
                key.append(id)
                while j > start && key[j - 1] > id {
                    key[j] = key[j - 1]
                    j -= 1
                }
                key[j] = id
                i += 1
            }
            key.append(-1)
        }
    }

    private func list(_ k: Int) -> ArraySlice<Int32> { ids[listStart(k)..<Int(listEnd[k])] }

    private func listStart(_ k: Int) -> Int { k == 0 ? 0 : Int(listEnd[k - 1]) }
}
