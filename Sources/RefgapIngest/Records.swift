import RefgapModel

/// What ingest hands to normalize: typed rows whose dimension cells are still as written.
package struct RawDimensions: Sendable, Equatable {
    /// Logical field (`industry`, `region`, `country`, `state`, `product`, `size`, `employees`, or an
    /// extra dimension) → the cell, trimmed; absent when blank. Empty when the cells are `keyed`.
    package var cells: DimensionCells
    /// An opportunity row's cells as ids (`keyedIDs`) into its part's table of distinct values; nil
    /// for cells as text. Kept as two plain fields, not an optional `KeyedCells`: copying that
    /// optional (a vector inside) went through generic value witnesses, ~250 instructions a row.
    /// Package-only, like `keyedUnit`: speed plumbing between ingest and normalize. (The vector
    /// comes right after the two words of `cells`, at its 16-byte alignment: placed after the table
    /// it left 8 bytes of padding, and every row copied 16 bytes more.)
    package let keyedIDs: SIMD16<Int32>
    package let keyedTable: DimensionTable?
    /// The same table, for reading without a retain and release while the row is held (normalize
    /// reads it for every row).
    package let keyedUnit: Unmanaged<DimensionTable>?

    /// The cells as ids, when they are.
    package var keyed: KeyedCells? { keyedTable.map { KeyedCells(table: $0, ids: keyedIDs) } }

    package init(_ cells: [String: String] = [:]) {
        self.init(cells: DimensionCells(cells))
    }
    package init(cells: DimensionCells) {
        self.cells = cells
        keyedTable = nil
        keyedIDs = SIMD16(repeating: -1)
        keyedUnit = nil
    }
    package init(keyed: KeyedCells) {
        cells = DimensionCells()
        keyedTable = keyed.table
        keyedIDs = keyed.ids
        keyedUnit = Unmanaged.passUnretained(keyed.table)
    }

    package subscript(_ key: String) -> String? {
        guard let keyed else { return cells[key] }
        return keyed.text(key)
    }

    /// Every non-blank cell by logical field.
    package var all: [String: String] {
        guard let keyed else { return cells.dictionary }
        var out: [String: String] = [:]
        for field in keyed.table.fields { if let v = keyed.text(field) { out[field] = v } }
        return out
    }

    package static func == (a: RawDimensions, b: RawDimensions) -> Bool { a.all == b.all }
}

/// Dimension cells as ids: slot `i` holds the id of the row's value of `table.fields[i]`, except that
/// an employee count written as plain digits is held as the number itself (`count(_:)`).
package struct KeyedCells: Sendable {
    package let table: DimensionTable
    package let ids: SIMD16<Int32>

    /// The count an id holds, if it holds one (ids of counts are -2 and below).
    @inline(__always)
    package static func count(_ id: Int32) -> Int? { id <= -2 ? Int(-2 - Int(id)) : nil }

    static func countID(_ n: Int) -> Int32 { Int32(-2 - n) }

    /// Digits only, 1 to 9 of them, no leading zero (so the text is exactly `String(n)`).
    static func plainCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9, bytes.count == 1 || bytes[0] != 0x30 else { return nil }
        var n = 0
        for b in bytes {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }

    /// The cell of a logical field; nil when blank or when the export has no such column.
    package func text(_ field: String) -> String? {
        guard let slot = table.slot(field) else { return nil }
        let v = table.text(slot: slot, id: Int(ids[slot]))
        return v.isEmpty ? nil : v
    }
}

/// Where a row's stage reading sits in its export's `StageRegistry`. A handle, not part of the row's
/// value: parts read at once number the readings in whichever order they meet them, so two readings of
/// one file give equal rows with different slots.
package struct StageSlot: Sendable, Equatable {
    package let index: Int32
    package init(_ index: Int32) { self.index = index }
    package static func == (a: StageSlot, b: StageSlot) -> Bool { true }
}

package struct OpportunityRow: Sendable, Equatable {
    package var id: String
    package var name: String
    package var owner: String
    package var account: String
    package var stage: String
    package var closeDate: Day
    package var amount: Double
    /// 0–1 from the probability column, when present and valid.
    package var probability: Double?
    package var isClosed: Bool
    package var referenceNeeded: Bool
    package var activity: String?
    package var dimensions: RawDimensions
    package var line: Int
    /// The stage's own probability (config or built-in), used where `probability` is nil.
    package var stageProbability: Double? = nil
    /// How the probability cell was read.
    package var probabilityReading: ProbabilityReading = .blank
    /// The stage reading's slot in the export's `StageRegistry` (its stage table line).
    package var stageSlot = StageSlot(0)
    /// The share of the deal this row carries: 1, or 1/n for each of a deal's n line items (one row per
    /// product), so that its amount and demand count once, split evenly over its products.
    package var share: Double = 1
    /// False for a deal's second and later line items: their share counts, the deal not again.
    package var countsAsDeal = true
    /// A later line item whose dimensions and activity an earlier line of its deal has: the bucket
    /// counts the deal once (`DuplicateDeals.resolve`).
    package var bucketCounted = false
    /// For a deal split evenly over `lineItems` rows (the amount repeated on each): this row's place,
    /// so that the sums split exactly (the first rows take the remainder), not each rounded.
    package var lineItem: Int32 = 0
    package var lineItems: Int32 = 1
    /// The currency the amount is written in when no rate converts it (the amount is then read as the
    /// run's currency, as the report's lead warns): the overdue list shows the amount in it.
    package var unconvertedCurrency: String? = nil
}

package struct NeedRow: Sendable, Equatable {
    package var order: Int
    package var team: String
    package var name: String
    package var activity: String?
    package var due: Day
    package var count: Int
    package var criteria: RawDimensions
    package var minSeniority: String?
    package var line: Int
}

package struct ContactRow: Sendable, Equatable {
    package var id: String
    package var account: String
    package var name: String
    package var title: String
    package var seniority: String?
    package var status: StatusClass
    package var statusLabel: String
    package var dimensions: RawDimensions
    package var activities: [String]
    package var lastVerified: Day?
    package var lastUsed: Day?
    package var usesLast90Days: Int
    package var maxUsesPerQuarter: Int?
    package var restUntil: Day?
    package var health: Double?
    package var csm: String
    package var renewal: Day?
    /// As written (blank without an email column): the same email twice is one person.
    package var email: String = ""
    package var line: Int
}

package struct AccountRow: Sendable, Equatable {
    package var name: String
    package var dimensions: RawDimensions
    package var health: Double?
    package var arr: Double?
    package var nps: Double?
    package var csm: String
    package var openEscalations: Int
    package var renewal: Day?
    package var line: Int
    /// False when its status says it is no customer now (`Churned`, `Prospect`): not a candidate.
    package var isCustomer = true
}

/// One input after ingest: its typed rows and its ledger (rejects included).
package struct Ingested<Row: Sendable>: Sendable {
    package var rows: [Row]
    package var ledger: InputLedger
    /// Logical fields the file has a column for.
    package var fields: Set<String>

    /// The rows let go, freed on a thread of their own (`freeOnAnotherThread`).
    package mutating func dropRows() { freeOnAnotherThread(&rows) }
}
