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
        var keys = ClassKeys()
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
            let k = keys.classOf(key)
            if k == members.count {
                members.append([Int32(i)])
                representatives.append(Int32(i))
            } else {
                members[k].append(Int32(i))
            }
        }
    }
}

/// Class keys (runs of integers) → class numbers 0, 1, 2… in order of first sight: the keys stored
/// one after another, found by open addressing.
private struct ClassKeys {
    private var items: [Int32] = []
    private var start: [Int] = [0]
    private var hashes: [Int] = []
    /// Slot → class number, or -1 when empty; a power of two long, at most half full.
    private var slots = [Int32](repeating: -1, count: 64)

    /// The class of `key`, made (numbered `count`) on first sight.
    mutating func classOf(_ key: [Int32]) -> Int {
        let hash = key.withUnsafeBytes { bytes in
            var h = Hasher()
            h.combine(bytes: bytes)
            return h.finalize()
        }
        let mask = slots.count - 1
        var s = hash & mask
        while slots[s] >= 0 {
            let k = Int(slots[s])
            if hashes[k] == hash && items[start[k]..<start[k + 1]].elementsEqual(key) { return k }
            s = (s + 1) & mask
        }
        let k = hashes.count
        slots[s] = Int32(k)
        hashes.append(hash)
        items.append(contentsOf: key)
        start.append(items.count)
        if hashes.count * 2 > slots.count { grow() }
        return k
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (k, hash) in hashes.enumerated() {
            var s = hash & mask
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = Int32(k)
        }
    }
}
