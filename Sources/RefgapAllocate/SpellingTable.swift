/// Exact spellings (byte for byte) → ids: an open-addressing table over the strings' UTF-8 bytes, hashed
/// a word at a time. `FoldedIDs` asks it first for every value of every contact and bucket (hundreds
/// of thousands of lookups in a large program); the standard library's dictionary hashed each string
/// with SipHash through `Hasher`, several times the work. Two spellings that differ in bytes but are
/// equal as Swift strings are two entries here; `FoldedIDs` still gives them one id (its lowercased
/// map compares as strings). Arrays inside, so a copy is a copy.
struct SpellingTable {
    private struct Entry {
        var hash: UInt32
        var id: Int32
        var start: UInt32
        var length: UInt32
    }
    /// A power of two in size, at most half full; `id` -1 marks an empty slot.
    private var slots = [Entry](repeating: Entry(hash: 0, id: -1, start: 0, length: 0), count: 64)
    /// The bytes of every spelling, one after another.
    private var arena: [UInt8] = []
    private var count = 0

    /// The id of `s`, if it was set.
    func id(of s: String) -> Int32? {
        Self.withBytes(s) { bytes in
            let found = slot(of: bytes, hash: Self.hash(bytes))
            return found.map { slots[$0].id }
        }
    }

    /// Sets the id of `s`, replacing the one it had.
    mutating func set(_ s: String, to id: Int32) {
        Self.withBytes(s) { bytes in
            let h = Self.hash(bytes)
            if let at = slot(of: bytes, hash: h) {
                slots[at].id = id
                return
            }
            let start = arena.count
            arena.append(contentsOf: bytes)
            if (count + 1) * 2 > slots.count { grow() }
            place(Entry(hash: h, id: id, start: UInt32(truncatingIfNeeded: start), length: UInt32(bytes.count)))
            count += 1
        }
    }

    /// The slot holding `bytes`, if any.
    private func slot(of bytes: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int? {
        slots.withUnsafeBufferPointer { table in
            arena.withUnsafeBufferPointer { stored in
                let mask = table.count - 1
                var s = Int(h) & mask
                while true {
                    let e = table[s]
                    if e.id < 0 { return nil }
                    if e.hash == h && Int(e.length) == bytes.count
                        && Self.same(
                            UnsafeBufferPointer(rebasing: stored[Int(e.start)..<Int(e.start) + bytes.count]), bytes)
                    {
                        return s
                    }
                    s = (s + 1) & mask
                }
            }
        }
    }

    /// Equal bytes (of equal lengths), a word at a time.
    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let x = a.baseAddress.map(UnsafeRawPointer.init), let y = b.baseAddress.map(UnsafeRawPointer.init)
        else { return a.count == b.count }
        let n = b.count
        var i = 0
        while i + 8 <= n {
            if x.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                != y.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            {
                return false
            }
            i += 8
        }
        while i < n {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    private mutating func place(_ entry: Entry) {
        let mask = slots.count - 1
        var s = Int(entry.hash) & mask
        while slots[s].id >= 0 { s = (s + 1) & mask }
        slots[s] = entry
    }

    private mutating func grow() {
        let old = slots
        slots = [Entry](repeating: Entry(hash: 0, id: -1, start: 0, length: 0), count: old.count * 2)
        for e in old where e.id >= 0 { place(e) }
    }

    /// A hash of the bytes, eight at a time (the last eight overlapping the word before; the length
    /// mixed in first, so two lengths never collide by the overlap).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let n = bytes.count
        var h = UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15
        guard let base = bytes.baseAddress, n > 0 else { return UInt32(truncatingIfNeeded: h >> 32) }
        let raw = UnsafeRawPointer(base)
        if n >= 8 {
            var i = 0
            while i + 8 < n {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                h ^= h >> 32
                i += 8
            }
            h ^= raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        } else {
            var tail: UInt64 = 0
            for k in 0..<n { tail = tail << 8 | UInt64(base[k]) }
            h ^= tail
        }
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return UInt32(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// `body` over the string's UTF-8 bytes, in place where it has them contiguous (native and small
    /// strings), else over a native copy.
    private static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = s
        return copy.withUTF8(body)
    }
}
