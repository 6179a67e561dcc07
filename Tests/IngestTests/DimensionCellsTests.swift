import Foundation
import Testing
import RefgapModel

@testable import RefgapIngest

/// A row's dimension cells are kept as a shared list of fields and the row's cells beside it, not a
/// dictionary: they must read, change and compare as the dictionary did, a cell of "" included.
@Suite("Dimension cells")
struct DimensionCellsTests {
    @Test func readAsTheDictionaryTheyWere() {
        let fields = ["industry", "region", "country", "product", "employees"]
        let cells = DimensionCells(fields: fields, cells: ["Retail", nil, "France", "Analytics; Billing", nil])
        let dictionary = ["industry": "Retail", "country": "France", "product": "Analytics; Billing"]
        for field in fields + ["state", "size", ""] { #expect(cells[field] == dictionary[field], "\(field)") }
        #expect(cells.count == 3 && !cells.isEmpty)
        #expect(cells.dictionary == dictionary)
        // Blank cells are left out of the iteration; the others come in their fields' order.
        #expect(cells.map(\.key) == ["industry", "country", "product"])
        #expect(DimensionCells(fields: ["industry"], cells: [nil]).isEmpty)
        #expect(DimensionCells(dictionary).map(\.key) == ["country", "industry", "product"])
        let withEmpty = DimensionCells(["industry": "", "region": "EMEA"])
        #expect(withEmpty["industry"] == "" && withEmpty.count == 2)
        #expect(withEmpty.dictionary == ["industry": "", "region": "EMEA"])
    }

    @Test func changedAsTheDictionaryWas() {
        var cells = DimensionCells(fields: ["industry", "region"], cells: [nil, "EMEA"])
        var dictionary = ["region": "EMEA"]
        let changes: [(String, String?)] = [
            ("industry", "Retail"), ("region", nil), ("state", "CA"), ("region", "AMER"), ("state", ""),
            ("product", "Analytics"), ("industry", "Media"), ("size", nil),
        ]
        for (field, value) in changes {
            cells[field] = value
            dictionary[field] = value
            #expect(cells.dictionary == dictionary, "after \(field) = \(value ?? "nil")")
            #expect(cells[field] == dictionary[field] && cells.count == dictionary.count)
        }
        #expect(cells.count == dictionary.count)
    }

    /// Equal when every field has the same cell, whatever order the fields come in and whichever
    /// are listed blank.
    @Test func equalByTheirCells() {
        let a = DimensionCells(fields: ["industry", "region", "state"], cells: ["Retail", "EMEA", nil])
        let b = DimensionCells(fields: ["region", "industry"], cells: ["EMEA", "Retail"])
        #expect(a == b && b == a)
        #expect(a == ["region": "EMEA", "industry": "Retail"])
        #expect(a != DimensionCells(fields: ["region", "industry"], cells: ["EMEA", "Media"]))
        #expect(a != DimensionCells(fields: ["region"], cells: ["EMEA"]))
        #expect(a != DimensionCells(fields: ["region", "industry", "state"], cells: ["EMEA", "Retail", "CA"]))
        #expect(RawDimensions(cells: a) == RawDimensions(["industry": "Retail", "region": "EMEA"]))
    }
}
