/// Runs of integers (a key of a few value ids) → numbers 0, 1, 2… in order of first sight: the runs
/// stored one after another in one array, found by open addressing. A dictionary keyed by `[Int32]`
/// made a heap array for every key looked up; a large roster's contacts make tens of thousands of keys
/// (match classes, segments) over a few hundred values.
package struct IntegerRunTable: Sendable {
    private var items: [Int32] = []
    private var start: [Int] = [0]
    private var hashes: [Int] = []
    /// Slot → run number, or -1 when empty; a power of two long, at most half full.
    private var slots = [Int32](repeating: -1, count: 64)

    package init() {}

    /// How many distinct runs the table holds.
    package var count: Int { hashes.count }

    /// The number of `key`, made (numbered `count`) on first sight.
    package mutating func number(of key: [Int32]) -> Int {
        let hash = Self.hash(key)
        if let k = find(key, hash: hash) { return k }
        let k = hashes.count
        hashes.append(hash)
        items.append(contentsOf: key)
        start.append(items.count)
        if hashes.count * 2 > slots.count {
            grow()
        } else {
            place(k, hash: hash)
        }
        return k
    }

    /// The number of `key` if the table holds it.
    package func existing(_ key: [Int32]) -> Int? { find(key, hash: Self.hash(key)) }

    /// Run `k`, as stored.
    package func run(_ k: Int) -> ArraySlice<Int32> { items[start[k]..<start[k + 1]] }

    private static func hash(_ key: [Int32]) -> Int {
        key.withUnsafeBytes { bytes in
            var h = Hasher()
            h.combine(bytes: bytes)
            return h.finalize()
        }
    }

    private func find(_ key: [Int32], hash: Int) -> Int? {
        let mask = slots.count - 1
        var s = hash & mask
        while slots[s] >= 0 {
            let k = Int(slots[s])
            if hashes[k] == hash && items[start[k]..<start[k + 1]].elementsEqual(key) { return k }
            s = (s + 1) & mask
        }
        return nil
    }

    private mutating func place(_ k: Int, hash: Int) {
        let mask = slots.count - 1
        var s = hash & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = Int32(k)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (k, hash) in hashes.enumerated() { place(k, hash: hash) }
    }
}
