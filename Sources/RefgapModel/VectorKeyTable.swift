/// Keys of eight 32-bit lanes → small indexes: an open-addressing table, hashed by multiplying (a
/// lookup costs a few instructions, not a hash of strings or of a nested array). Normalize keeps a
/// row's dimension places in one (`KeyedValueMemo`), the plan its buckets' keys (`RecruitMatching`).
package struct VectorKeyTable: Sendable {
    private var keys: [SIMD8<Int32>] = Array(repeating: SIMD8(repeating: 0), count: 64)
    /// index + 1, 0 for an empty slot.
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    private var filled = 0

    @inline(__always)
    private static func hash(_ k: SIMD8<Int32>) -> Int {
        let w = unsafeBitCast(k, to: SIMD4<UInt64>.self)
        var h = (w[0] &* 0x9E37_79B9_7F4A_7C15) ^ (w[1] &* 0xC2B2_AE3D_27D4_EB4F)
        h ^= (w[2] &* 0x1656_67B1_9E37_79F9) ^ (w[3] &* 0xFF51_AFD7_ED55_8CCD)
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    package init() {}

    package var count: Int { filled }

    package func index(of k: SIMD8<Int32>) -> Int? {
        let mask = slots.count - 1
        var s = Self.hash(k) & mask
        while true {
            let v = slots[s]
            if v == 0 { return nil }
            if keys[s] == k { return Int(v) - 1 }
            s = (s + 1) & mask
        }
    }

    /// Adds a key not yet in the table, with its index.
    package mutating func insert(_ k: SIMD8<Int32>, index: Int) {
        if (filled + 1) * 2 > slots.count { grow() }
        place(k, Int32(index + 1))
        filled += 1
    }

    private mutating func place(_ k: SIMD8<Int32>, _ v: Int32) {
        let mask = slots.count - 1
        var s = Self.hash(k) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = v
        keys[s] = k
    }

    private mutating func grow() {
        let oldKeys = keys, oldSlots = slots
        keys = Array(repeating: SIMD8(repeating: 0), count: oldSlots.count * 2)
        slots = Array(repeating: 0, count: oldSlots.count * 2)
        for (k, v) in zip(oldKeys, oldSlots) where v != 0 { place(k, v) }
    }
}
