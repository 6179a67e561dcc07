import CSVReader

/// Rows of one part of a file, filled by that part's thread only (one object per part, so no two
/// threads ever touch the same storage).
///
/// A cell a column repeats (a roster's product and activity lists, a calendar's teams) is one string
/// shared by its rows: each column's distinct values are kept while they are few (`CellInterner`), so
/// a repeated value is found by its bytes rather than decoded into a new string. Only cells a string
/// stores on the heap (more than 15 bytes) and ASCII ones are looked up: shorter ones cost no
/// allocation, and a cell read as Windows-1252 is decoded each time, as the reader counts them. A
/// column whose values hardly repeat (ids, names, emails) stops being looked up.
final class PartRows: @unchecked Sendable {
    var rows: [RawRow] = []
    private var columns: [CellInterner] = []
    /// Per column: cells looked up so far, and whether the column stopped being looked up.
    private var lookups: [Int] = []
    private var unique: [Bool] = []

    /// Distinct values kept per column; past them a column's new values are decoded as they come.
    static let limit = 8192
    /// After this many lookups a column where most values were new stops being looked up.
    static let trial = 1024

    func append(_ record: borrowing CSVRow) {
        var fields: [String] = []
        fields.reserveCapacity(record.count)
        for c in 0..<record.count {
            if c == columns.count {
                columns.append(CellInterner(limit: Self.limit))
                lookups.append(0)
                unique.append(false)
            }
            let bytes = record.bytes(c)
            guard !unique[c], bytes.count > 15, bytes.allSatisfy({ $0 < 0x80 }) else {
                fields.append(record.string(c))
                continue
            }
            lookups[c] += 1
            if let id = columns[c].id(record, c) {
                fields.append(columns[c].strings[id])
            } else {
                fields.append(record.string(c))
            }
            if lookups[c] == Self.trial && columns[c].count * 4 > Self.trial * 3 {
                unique[c] = true
                columns[c] = CellInterner(limit: 0)
            }
        }
        rows.append(RawRow(line: record.line, fields: fields))
    }
}
