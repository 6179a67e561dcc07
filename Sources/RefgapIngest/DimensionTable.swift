import CSVReader
import RefgapModel

/// The dimension cells of one part of the opportunity export: each column's distinct values with
/// their ids. A row's `RawDimensions` holds the ids and this table, so normalize can remember its
/// results by id (a few integers) instead of hashing strings for every row.
package final class DimensionTable: @unchecked Sendable {
    /// Logical fields (`industry`, `state`, ...) in the order of the ids in a row.
    package let fields: [String]
    @exclusivity(unchecked) var columns: [InternedColumn<Void>]

    init(_ dimensions: [(key: String, column: Int)], limit: Int) {
        fields = dimensions.map(\.key)
        columns = dimensions.map { InternedColumn($0.column, limit: limit) }
        employeesSlot = fields.firstIndex(of: "employees")
    }

    /// The slot of a logical field, if the export has a column for it.
    package func slot(_ field: String) -> Int? { fields.firstIndex(of: field) }

    /// The slot of the employee count, whose plain numbers are kept as numbers (`KeyedCells.count`).
    package let employeesSlot: Int?

    /// The text of id `id` in slot `slot`.
    package func text(slot: Int, id: Int) -> String {
        if let n = KeyedCells.count(Int32(truncatingIfNeeded: id)) { return String(n) }
        return columns[slot].interner.strings[id]
    }
}
