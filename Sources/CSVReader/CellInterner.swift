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
public struct CellInterner {
    /// The decoded value of each id, passed through `transform` (trimming, say).
    public private(set) var strings: [String] = []
    private var arena: [UInt8] = []
    private var ends: [Int] = []
    /// Open addressing over ids (-1 = empty); its size is a power of two, at most half full.
    private var slots: [Int32] = Array(repeating: -1, count: 64)
    private var hashes: [UInt64] = []
    public let limit: Int
    private let transform: (String) -> String

    public init(limit: Int = 1 << 16, transform: @escaping (String) -> String = { $0 }) {
        self.limit = limit
        self.transform = transform
    }

    public var count: Int { strings.count }

    /// The id of field `i`'s bytes (an empty field past the row's end), made on first sight; nil when
    /// the column already holds `limit` distinct values and these bytes are not among them.
    public mutating func id(_ row: borrowing CSVRow, _ i: Int) -> Int? {
        let field = i >= 0 && i < row.count ? row.bytes(i) : UnsafeBufferPointer(start: nil, count: 0)
        let h = Self.hash(field)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = Int(slots[s])
            if id < 0 { break }
            if hashes[id] == h && equal(id, field) { return id }
            s = (s + 1) & mask
        }
        guard strings.count < limit else { return nil }
        let id = strings.count
        strings.append(transform(decodeField(field, stats: row.decodeStats)))
        if let base = field.baseAddress { arena.append(contentsOf: UnsafeBufferPointer(start: base, count: field.count)) }
        ends.append(arena.count)
        hashes.append(h)
        slots[s] = Int32(id)
        if strings.count * 2 > slots.count { grow() }
        return id
    }

    /// The cell as a string: the interned one, or decoded for this row when the column is full.
    public mutating func string(_ row: borrowing CSVRow, _ i: Int) -> String {
        if let id = id(row, i) { return strings[id] }
        return transform(row.string(i))
    }

    /// A 64-bit hash of the bytes, eight at a time.
    @inline(__always)
    static func hash(_ field: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = UInt64(truncatingIfNeeded: field.count) &* 0x9E37_79B9_7F4A_7C15
        guard let base = field.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        let n = field.count
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n { tail |= UInt64(base[i]) << shift; shift += 8; i += 1 }
            h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        }
        return h ^ (h >> 29)
    }

    private func equal(_ id: Int, _ field: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = id == 0 ? 0 : ends[id - 1]
        guard ends[id] - start == field.count else { return false }
        guard let base = field.baseAddress, field.count > 0 else { return true }
        return arena.withUnsafeBufferPointer { a in
            guard let stored = a.baseAddress else { return false }
            return memcmp(stored + start, base, field.count) == 0
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = bigger.count - 1
        for id in hashes.indices {
            var s = Int(truncatingIfNeeded: hashes[id]) & mask
            while bigger[s] >= 0 { s = (s + 1) & mask }
            bigger[s] = Int32(id)
        }
        slots = bigger
    }
}
