extension SalesAccumulator {
    /// Where each bucket's key is in `order`: an open-addressing table of 4-byte places, probed by the
    /// key's stored hash and checked against `order`. A `[Key: Int]` held every key a second time (40
    /// bytes a bucket, and a place of 8) in a table kept at most three-quarters full: 6.3 MB for the two
    /// parts of the real shape 1M workload at the end of its pass (39,000 buckets each), against 0.5 MB.
    struct BucketIndex: Sendable {
        /// -1 where empty; a power of two long, at most half full.
        private var slots: [Int32] = []

        /// The place of `key` among `order`, or nil.
        func place(of key: Key, in order: [Key]) -> Int? {
            guard !slots.isEmpty else { return nil }
            let mask = slots.count - 1
            var s = key.hashed & mask
            while true {
                let p = slots[s]
                if p < 0 { return nil }
                if order[Int(p)] == key { return Int(p) }
                s = (s + 1) & mask
            }
        }

        /// Records that `order[place]` holds a key not yet in the table: the last of `order`, whose
        /// earlier places the table holds already.
        mutating func insert(_ place: Int, in order: [Key]) {
            if 2 * (place + 1) > slots.count { grow(order, upTo: place) }
            put(place, hashed: order[place].hashed)
        }

        private mutating func put(_ place: Int, hashed: Int) {
            let mask = slots.count - 1
            var s = hashed & mask
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = Int32(truncatingIfNeeded: place)
        }

        private mutating func grow(_ order: [Key], upTo end: Int) {
            slots = [Int32](repeating: -1, count: max(64, 2 * slots.count))
            for p in 0..<end { put(p, hashed: order[p].hashed) }
        }
    }
}
