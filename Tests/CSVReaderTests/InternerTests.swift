import Testing
@testable import CSVReader

@Suite("Cell interner")
struct InternerTests {
    /// The ids the interner gives column `column` of every record, and its strings.
    func intern(_ text: [UInt8], column: Int, limit: Int = 1 << 16, transform: @escaping (String) -> String = { $0 })
        throws -> (ids: [Int?], strings: [String], reader: CSVReader)
    {
        let reader = try CSVReader(path: try temporaryFile(text))
        var interner = CellInterner(limit: limit, transform: transform)
        var ids: [Int?] = []
        try reader.forEachRecord { row in ids.append(interner.id(row, column)) }
        return (ids, interner.strings, reader)
    }

    @Test func equalBytesShareAnIdAndDistinctBytesDoNot() throws {
        // Values longer than eight bytes, equal prefixes, a value past the row's end (empty).
        let csv = "a,Closed Won\nb,Closed Lost\nc,Closed Won\nd,Closed Won \ne\nf,\n"
        let (ids, strings, _) = try intern(Array(csv.utf8), column: 1)
        #expect(ids == [0, 1, 0, 2, 3, 3])
        #expect(strings == ["Closed Won", "Closed Lost", "Closed Won ", ""])
    }

    @Test func valuesDifferingInOneByteGetTheirOwnIdsAtEveryLength() throws {
        // Short cells are hashed and compared a word at a time with the last word overlapping: values
        // of every length up to 40 that differ in one byte only, at every place, each get their own id,
        // and each comes back to it when seen again.
        var values: [String] = []
        for n in 1...40 {
            let base = String(repeating: "a", count: n)
            values.append(base)
            for at in 0..<n { values.append(String(base.prefix(at)) + "b" + String(base.dropFirst(at + 1))) }
        }
        let csv = (values + values.reversed()).map { "x,\($0)\n" }.joined()
        let (ids, strings, _) = try intern(Array(csv.utf8), column: 1)
        #expect(strings == values)
        #expect(Array(ids.prefix(values.count)) == values.indices.map { $0 })
        #expect(Array(ids.suffix(values.count)) == values.indices.reversed().map { $0 })
    }

    @Test func transformIsAppliedOnceAndTheLimitStopsNewValues() throws {
        var csv = ""
        for i in 0..<300 { csv += "x, value \(i % 150) \n" }
        let (ids, strings, _) = try intern(Array(csv.utf8), column: 1, limit: 100) { $0.trimmingCharacters() }
        #expect(strings.count == 100)
        #expect(strings[7] == "value 7")
        #expect(ids[7] == 7 && ids[157] == 7)
        #expect(ids[120] == nil && ids[270] == nil)
        #expect(ids.compactMap { $0 }.count == 200)
    }

    @Test func combinationsOfCellsShareAnIdOnlyWhenEveryCellIsEqual() throws {
        // "ab","c" and "a","bc" have the same bytes run together: their ids must differ.
        let csv = "ab,c,x\na,bc,x\nab,c,y\nab,c,x\n,,x\nshort\n"
        let reader = try CSVReader(path: try temporaryFile(csv))
        var interner = CellInterner()
        var ids: [Int?] = []
        try reader.forEachRecord { row in ids.append(interner.id(row, columns: [0, 1])) }
        #expect(ids == [0, 1, 0, 0, 2, 3])
        var limited = CellInterner(limit: 2)
        var limitedIDs: [Int?] = []
        try reader.forEachRecord { row in limitedIDs.append(limited.id(row, columns: [0, 1])) }
        #expect(limitedIDs == [0, 1, 0, 0, nil, nil])
    }

    @Test func windows1252CellsAreDecodedAndCounted() throws {
        let bytes = Array("x,Soci".utf8) + [0xE9, 0x0A] + Array("y,Soci".utf8) + [0xE9, 0x0A]
        let (ids, strings, reader) = try intern(bytes, column: 1)
        #expect(ids == [0, 0])
        #expect(strings == ["Socié"])
        #expect(reader.windows1252Fields >= 1)
    }
}

private extension String {
    func trimmingCharacters() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
