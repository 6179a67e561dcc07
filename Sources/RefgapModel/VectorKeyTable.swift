/// Keys of eight 32-bit lanes → small indexes: an open-addressing table, hashed by multiplying (a
/// lookup costs a few instructions, not a hash of strings or of a nested array). Normalize keeps a
/// row's dimension places in one (`KeyedValueMemo`), the plan its buckets' keys (`RecruitMatching`).
///
/// Public and inlinable, as `Memo` (docs/architecture.md, Conventions): the allocation and prioritizing
/// look keys up once per bucket from other modules.
public struct VectorKeyTable: Sendable {
    @usableFromInline var keys: [SIMD8<Int32>] = Array(repeating: SIMD8(repeating: 0), count: 64)
    /// index + 1, 0 for an empty slot.
    @usableFromInline var slots: [Int32] = Array(repeating: 0, count: 64)
    @usableFromInline var filled = 0

    @inlinable @inline(__always)
    static func hash(_ k: SIMD8<Int32>) -> Int {
        let w = unsafeBitCast(k, to: SIMD4<UInt64>.self)
        var h = (w[0] &* 0x9E37_79B9_7F4A_7C15) ^ (w[1] &* 0xC2B2_AE3D_27D4_EB4F)
        h ^= (w[2] &* 0x1656_67B1_9E37_79F9) ^ (w[3] &* 0xFF51_AFD7_ED55_8CCD)
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// An empty table.
    @inlinable public init() {}

    /// Keys held.
    @inlinable public var count: Int { filled }

    /// The index `k` was inserted with, if it was.
    @inlinable public func index(of k: SIMD8<Int32>) -> Int? {
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
    @inlinable public mutating func insert(_ k: SIMD8<Int32>, index: Int) {
        if (filled + 1) * 2 > slots.count { grow() }
        place(k, Int32(index + 1))
        filled += 1
    }

    @inlinable mutating func place(_ k: SIMD8<Int32>, _ v: Int32) {
        let mask = slots.count - 1
        var s = Self.hash(k) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = v
        keys[s] = k
    }

    @usableFromInline mutating func grow() {
        let oldKeys = keys, oldSlots = slots
        keys = Array(repeating: SIMD8(repeating: 0), count: oldSlots.count * 2)
        slots = Array(repeating: 0, count: oldSlots.count * 2)
        for (k, v) in zip(oldKeys, oldSlots) where v != 0 { place(k, v) }
    }
}

/// Answers kept by their question, a vector of ids (`VectorKeyTable`): what the allocation, the near
/// misses and the vocabulary's reach ask once per segment rather than once per bucket.
public struct VectorKeyMemo<Value> {
    @usableFromInline var asked = VectorKeyTable()
    @usableFromInline var answers: [Value] = []

    /// No answer yet.
    @inlinable public init() {}

    /// The answer to `question`: kept, else `answer()`'s, kept.
    @inlinable public mutating func value(_ question: SIMD8<Int32>, _ answer: () -> Value) -> Value {
        if let known = asked.index(of: question) { return answers[known] }
        let made = answer()
        asked.insert(question, index: answers.count)
        answers.append(made)
        return made
    }
}
