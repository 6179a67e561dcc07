import CSVReader
import Foundation
import Testing

@testable import RefgapIngest

/// A table's rows keep one string for a cell value its column repeats (`PartRows`): the cells must be
/// the reader's own strings all the same, and cells read as Windows-1252 still counted one by one.
@Suite("Rows that share their repeated cells")
struct PartRowsTests {
    /// Rows with a long value repeated (looked up), a long value new on every row (a column that stops
    /// being looked up), short values, and a long Windows-1252 value repeated (decoded each time).
    static func file(rows: Int) throws -> String {
        var bytes = Array("id,products,note,short,latin\n".utf8)
        for i in 0..<rows {
            bytes += Array(
                "R\(i),Analytics Cloud; Field Service \(i % 7),a note that is unique to row \(i),x\(i % 3),".utf8)
            // "Café au lait, Crème brûlée" in Windows-1252: not UTF-8.
            bytes += [0x43, 0x61, 0x66, 0xE9] + Array(" au lait and cr".utf8) + [0xE8] + Array("me \(i % 2)\n".utf8)
        }
        return try tempFile(bytes, name: "roster.csv")
    }

    @Test func cellsAreTheReadersStringsAndWindows1252CellsAreCounted() throws {
        let rows = PartRows.trial * 3
        let path = try Self.file(rows: rows)
        let reader = try CSVReader(path: path)
        let part = PartRows()
        final class Expected: @unchecked Sendable { var rows: [[String]] = [] }
        let expected = Expected()
        _ = try reader.parse(try reader.parts(1)) { _, record in
            part.append(record)
            expected.rows.append(record.strings())
        }
        #expect(part.rows.map(\.fields) == expected.rows)
        #expect(part.rows.count == rows + 1)

        // Through a whole table: every Windows-1252 cell counted, as without the shared strings.
        let table = try Table.read(
            .roster, path: path, fields: [FieldSpec("id"), FieldSpec("products")], config: .init())
        #expect(table.ledger.notes.contains { $0.hasPrefix("\(rows) cells were not UTF-8") }, "\(table.ledger.notes)")
        #expect(table.rows.map(\.fields) == Array(expected.rows.dropFirst()))
    }
}
