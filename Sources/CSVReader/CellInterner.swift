#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Strings for the cells of a column with few distinct values (stages, dates, states, industries):
/// each distinct byte string is decoded once and given a small id, so a reader of a million rows
/// makes a string per distinct value instead of one per cell, and can keep what it derives from a
/// value in an array indexed by the id. Past `limit` distinct values it stops taking new ones (memory
/// stays bounded) and `id` returns nil: the caller then reads the cell as a string.
package struct CellInterner {
    /// The decoded value of each id, passed through `transform` (trimming, say).
    package private(set) var strings: [String] = []
    /// The bytes of every value, one after another.
    private var arena: [UInt8] = []
    /// One slot of the open-addressing table: everything a lookup compares, so a hit reads the slot
    /// and the bytes and nothing else. `id` -1 is an empty slot.
    private struct Entry {
        var hash: UInt32
        var id: Int32
        var start: UInt32
        var length: UInt32
    }
    /// A power of two in size, at most half full.
    private var slots = [Entry](repeating: Entry(hash: 0, id: -1, start: 0, length: 0), count: 64)
    package let limit: Int
    private let transform: (String) -> String

    /// `limit` is capped at 2^31 ids; values longer than 4 GiB in all are not remembered.
    package init(limit: Int = 1 << 16, transform: @escaping (String) -> String = { $0 }) {
        self.limit = min(limit, Int(Int32.max))
        self.transform = transform
    }

    package var count: Int { strings.count }

    /// The id of field `i`'s bytes (an empty field past the row's end), made on first sight; nil when
    /// the column already holds `limit` distinct values and these bytes are not among them.
    package mutating func id(_ row: borrowing CSVRow, _ i: Int) -> Int? {
        let field = i >= 0 && i < row.count ? row.bytes(i) : UnsafeBufferPointer(start: nil, count: 0)
        let h = UInt32(truncatingIfNeeded: Self.hash(field))
        let found: Int? = slots.withUnsafeBufferPointer { table in
            arena.withUnsafeBufferPointer { bytes in
                let mask = table.count - 1
                var s = Int(h) & mask
                while true {
                    let e = table[s]
                    if e.id < 0 { return nil }
                    if e.hash == h && Int(e.length) == field.count {
                        if field.count == 0 { return Int(e.id) }
                        if let stored = bytes.baseAddress, let base = field.baseAddress,
                            Self.same(stored + Int(e.start), base, field.count)
                        {
                            return Int(e.id)
                        }
                    }
                    s = (s + 1) & mask
                }
            }
        }
        if let found { return found }
        guard strings.count < limit, arena.count + field.count <= Int(UInt32.max) else { return nil }
        let id = strings.count
        strings.append(transform(decodeField(field, stats: row.decodeStats)))
        let start = arena.count
        if let base = field.baseAddress {
            arena.append(contentsOf: UnsafeBufferPointer(start: base, count: field.count))
        }
        insert(Entry(hash: h, id: Int32(id), start: UInt32(start), length: UInt32(field.count)))
        if strings.count * 2 > slots.count { grow() }
        return id
    }

    /// The id of the cells of several columns together (each missing column read as empty), made on
    /// first sight; nil when `limit` combinations are held and this one is not among them. An
    /// interner used this way keeps no strings: the caller reads the cells on first sight.
    package mutating func id(_ row: borrowing CSVRow, columns: [Int]) -> Int? {
        @inline(__always) func field(_ c: Int) -> UnsafeBufferPointer<UInt8> {
            c >= 0 && c < row.count ? row.bytes(c) : UnsafeBufferPointer(start: nil, count: 0)
        }
        var h64: UInt64 = 0x2545_F491_4F6C_DD1D
        var encoded = 0
        for c in columns {
            let f = field(c)
            h64 = (h64 ^ Self.hash(f)) &* 0xFF51_AFD7_ED55_8CCD
            encoded += 4 + f.count
        }
        let h = UInt32(truncatingIfNeeded: h64 ^ (h64 >> 32))
        let found: Int? = slots.withUnsafeBufferPointer { table in
            arena.withUnsafeBufferPointer { bytes in
                guard let stored = bytes.baseAddress else { return nil }
                let mask = table.count - 1
                var s = Int(h) & mask
                probe: while true {
                    let e = table[s]
                    if e.id < 0 { return nil }
                    s = (s + 1) & mask
                    guard e.hash == h, Int(e.length) == encoded else { continue }
                    var at = Int(e.start)
                    for c in columns {
                        let f = field(c)
                        let length = UInt32(littleEndian: UnsafeRawPointer(stored + at).loadUnaligned(as: UInt32.self))
                        guard Int(length) == f.count else { continue probe }
                        if let base = f.baseAddress, !Self.same(stored + at + 4, base, f.count) { continue probe }
                        at += 4 + f.count
                    }
                    return Int(e.id)
                }
            }
        }
        if let found { return found }
        guard strings.count < limit, arena.count + encoded <= Int(UInt32.max) else { return nil }
        let id = strings.count
        strings.append("")
        let start = arena.count
        for c in columns {
            let f = field(c)
            withUnsafeBytes(of: UInt32(f.count).littleEndian) { arena.append(contentsOf: $0) }
            if let base = f.baseAddress { arena.append(contentsOf: UnsafeBufferPointer(start: base, count: f.count)) }
        }
        insert(Entry(hash: h, id: Int32(id), start: UInt32(start), length: UInt32(encoded)))
        if strings.count * 2 > slots.count { grow() }
        return id
    }

    /// Equal bytes: short ones (most cells) compared here a word at a time, the last word overlapping
    /// the one before; longer ones by memcmp.
    @inline(__always)
    private static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        guard n <= 32 else { return memcmp(a, b, n) == 0 }
        let x = UnsafeRawPointer(a), y = UnsafeRawPointer(b)
        if n >= 8 {
            var i = 0
            while i + 8 < n {
                if x.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    != y.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                {
                    return false
                }
                i += 8
            }
            return x.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                == y.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        }
        if n >= 4 {
            return x.loadUnaligned(as: UInt32.self) == y.loadUnaligned(as: UInt32.self)
                && x.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
                    == y.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
        }
        var i = 0
        while i < n {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    private mutating func insert(_ entry: Entry) {
        let mask = slots.count - 1
        var s = Int(entry.hash) & mask
        while slots[s].id >= 0 { s = (s + 1) & mask }
        slots[s] = entry
    }

    private mutating func grow() {
        let old = slots
        slots = [Entry](repeating: Entry(hash: 0, id: -1, start: 0, length: 0), count: old.count * 2)
        for e in old where e.id >= 0 { insert(e) }
    }

    /// A 64-bit hash of the bytes, eight at a time (the last eight overlapping the word before; the
    /// length is hashed first, so the overlap cannot make two lengths collide by construction).
    @inline(__always)
    static func hash(_ field: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = field.count
        var h = UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15
        guard let base = field.baseAddress, n > 0 else { return h }
        let raw = UnsafeRawPointer(base)
        let tail: UInt64
        if n >= 8 {
            var i = 0
            while i + 8 < n {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                h ^= h >> 32
                i += 8
            }
            tail = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        } else if n >= 4 {
            tail =
                UInt64(raw.loadUnaligned(as: UInt32.self)) | UInt64(
                    raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) << 32
        } else {
            tail = UInt64(base[0]) | UInt64(base[n >> 1]) << 8 | UInt64(base[n - 1]) << 16
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 29)
    }
}
