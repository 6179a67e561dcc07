/// One record, as a view into the reader's buffer: valid only inside the closure it is given to.
/// Public only so that `bytes(_:)` is inlined in ingest (docs/architecture.md, Conventions).
public struct CSVRow: ~Copyable {
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
    /// Per field: end offset in `bytes` times two, plus one for a NULL (empty unquoted) field.
    @usableFromInline let ends: UnsafeBufferPointer<Int>
    @usableFromInline let firstField: Int
    /// Number of fields.
    package let count: Int
    /// The line the record starts on (1-based; the header is line 1 unless blank lines precede it).
    package let line: Int
    let decodeStats: UnsafeMutablePointer<Int>

    /// The raw bytes of field `i` (empty for an empty or missing field), valid while the row is: the
    /// reader's buffer, for ingest's per-row fast paths. Public and inlinable so that ingest's calls,
    /// once per cell, are inlined (as `package` they were calls).
    @inlinable @inline(__always)
    public func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let f = firstField + i
        let start = f == 0 ? 0 : ends[f - 1] >> 1
        return UnsafeBufferPointer(rebasing: bytes[start..<(ends[f] >> 1)])
    }

    /// True when field `i` was empty and unquoted (`,,`), as opposed to `""`.
    package func isNull(_ i: Int) -> Bool { ends[firstField + i] & 1 != 0 }

    /// Field `i` as a string: UTF-8, or Windows-1252 where the bytes are not UTF-8. Empty past the end.
    package func string(_ i: Int) -> String {
        guard i >= 0, i < count else { return "" }
        return decodeField(bytes(i), stats: decodeStats)
    }

    /// Every field as a string.
    package func strings() -> [String] { (0..<count).map { string($0) } }
}

/// A cell's bytes as the reader decodes them (UTF-8, else Windows-1252), uncounted: for an example a
/// message quotes (a Windows-1252 file's `45 000,00` with its no-break space, not a U+FFFD).
package func decodedCell(_ field: UnsafeBufferPointer<UInt8>) -> String {
    String(validating: field, as: UTF8.self) ?? Windows1252.decode(field)
}

/// UTF-8 when the bytes are valid UTF-8, else Windows-1252 (counted in `stats`).
@inline(__always)
func decodeField(_ field: UnsafeBufferPointer<UInt8>, stats: UnsafeMutablePointer<Int>) -> String {
    var ascii = true
    for b in field where b >= 0x80 {
        ascii = false
        break
    }
    if ascii { return String(decoding: field, as: UTF8.self) }
    if let s = String(validating: field, as: UTF8.self) { return s }
    stats.pointee += 1
    return Windows1252.decode(field)
}

enum Windows1252 {
    /// 0x80–0x9F as Windows-1252 maps them; 0 marks the five unassigned bytes (kept as C1 controls).
    static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
        0x0178,
    ]

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            var value = UInt32(b)
            if b >= 0x80 && b <= 0x9F, high[Int(b - 0x80)] != 0 { value = high[Int(b - 0x80)] }
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }
}
