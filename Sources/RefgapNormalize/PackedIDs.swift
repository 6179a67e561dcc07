/// Packed cell ids → a value's place: an open-addressing table hashed by multiplying.
struct PackedIDs: Sendable {
    private var keys: [Int] = Array(repeating: -1, count: 16)
    private var places: [Int32] = Array(repeating: 0, count: 16)
    private(set) var count = 0

    @inline(__always)
    private static func slot(_ key: Int, mask: Int) -> Int {
        let h = UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 32) & mask
    }

    /// Keys are not negative (ids of 17 bits, packed).
    func place(_ key: Int) -> Int32? {
        let mask = keys.count - 1
        var s = Self.slot(key, mask: mask)
        while true {
            let k = keys[s]
            if k == key { return places[s] }
            if k < 0 { return nil }
            s = (s + 1) & mask
        }
    }

    mutating func insert(_ key: Int, _ place: Int32) {
        if (count + 1) * 2 > keys.count {
            let oldKeys = keys, oldPlaces = places
            keys = Array(repeating: -1, count: oldKeys.count * 2)
            places = Array(repeating: 0, count: oldKeys.count * 2)
            for (k, p) in zip(oldKeys, oldPlaces) where k >= 0 { put(k, p) }
        }
        put(key, place)
        count += 1
    }

    private mutating func put(_ key: Int, _ place: Int32) {
        let mask = keys.count - 1
        var s = Self.slot(key, mask: mask)
        while keys[s] >= 0 { s = (s + 1) & mask }
        keys[s] = key
        places[s] = place
    }
}
