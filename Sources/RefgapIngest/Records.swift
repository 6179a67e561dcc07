import RefgapModel

/// What ingest hands to normalize: typed rows whose dimension cells are still as written.
public struct RawDimensions: Sendable, Equatable {
    /// Logical field (`industry`, `region`, `country`, `state`, `product`, `size`, `employees`, or an
    /// extra dimension) → the cell, trimmed; absent when blank. Empty when the cells are `keyed`.
    public var cells: [String: String]
    /// An opportunity row's cells as ids (`keyedIDs`) into its part's table of distinct values; nil
    /// for cells as text. Kept as two plain fields, not an optional `KeyedCells`: copying that
    /// optional (a vector inside) went through generic value witnesses, ~250 instructions a row.
    /// Package-only, like `keyedUnit`: speed plumbing between ingest and normalize.
    package let keyedTable: DimensionTable?
    package let keyedIDs: SIMD16<Int32>
    /// The same table, for reading without a retain and release while the row is held (normalize
    /// reads it for every row).
    package let keyedUnit: Unmanaged<DimensionTable>?

    /// The cells as ids, when they are.
    public var keyed: KeyedCells? { keyedTable.map { KeyedCells(table: $0, ids: keyedIDs) } }

    public init(_ cells: [String: String] = [:]) {
        self.cells = cells; keyedTable = nil; keyedIDs = SIMD16(repeating: -1); keyedUnit = nil
    }
    package init(keyed: KeyedCells) {
        cells = [:]; keyedTable = keyed.table; keyedIDs = keyed.ids; keyedUnit = Unmanaged.passUnretained(keyed.table)
    }

    public subscript(_ key: String) -> String? {
        guard let keyed else { return cells[key] }
        return keyed.text(key)
    }

    /// Every non-blank cell by logical field.
    public var all: [String: String] {
        guard let keyed else { return cells }
        var out: [String: String] = [:]
        for field in keyed.table.fields { if let v = keyed.text(field) { out[field] = v } }
        return out
    }

    public static func == (a: RawDimensions, b: RawDimensions) -> Bool { a.all == b.all }
}

/// Dimension cells as ids: slot `i` holds the id of the row's value of `table.fields[i]`, except that
/// an employee count written as plain digits is held as the number itself (`count(_:)`).
public struct KeyedCells: Sendable {
    public let table: DimensionTable
    public let ids: SIMD16<Int32>

    /// The count an id holds, if it holds one (ids of counts are -2 and below).
    @inline(__always)
    public static func count(_ id: Int32) -> Int? { id <= -2 ? Int(-2 - Int(id)) : nil }

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
    public func text(_ field: String) -> String? {
        guard let slot = table.slot(field) else { return nil }
        let v = table.text(slot: slot, id: Int(ids[slot]))
        return v.isEmpty ? nil : v
    }
}

/// Where a row's stage reading sits in its export's `StageRegistry`. A handle, not part of the row's
/// value: parts read at once number the readings in whichever order they meet them, so two readings of
/// one file give equal rows with different slots.
public struct StageSlot: Sendable, Equatable {
    public let index: Int32
    public init(_ index: Int32) { self.index = index }
    public static func == (a: StageSlot, b: StageSlot) -> Bool { true }
}

public struct OpportunityRow: Sendable, Equatable {
    public var id: String
    public var name: String
    public var owner: String
    public var account: String
    public var stage: String
    public var closeDate: Day
    public var amount: Double
    /// 0–1 from the probability column, when present and valid.
    public var probability: Double?
    public var isClosed: Bool
    public var referenceNeeded: Bool
    public var activity: String?
    public var dimensions: RawDimensions
    public var line: Int
    /// The stage's own probability (config or built-in), used where `probability` is nil.
    public var stageProbability: Double? = nil
    /// How the probability cell was read.
    public var probabilityReading: ProbabilityReading = .blank
    /// The stage reading's slot in the export's `StageRegistry` (its stage table line).
    public var stageSlot = StageSlot(0)
    /// The share of the deal this row carries: 1, or 1/n for each of a deal's n line items (one row per
    /// product), so that its amount and demand count once, split evenly over its products.
    public var share: Double = 1
    /// False for a deal's second and later line items: their share counts, the deal not again.
    public var countsAsDeal = true
    /// For a deal split evenly over `lineItems` rows (the amount repeated on each): this row's place,
    /// so that the sums split exactly (the first rows take the remainder), not each rounded.
    public var lineItem: Int32 = 0
    public var lineItems: Int32 = 1
}

public struct NeedRow: Sendable, Equatable {
    public var order: Int
    public var team: String
    public var name: String
    public var activity: String?
    public var due: Day
    public var count: Int
    public var criteria: RawDimensions
    public var minSeniority: String?
    public var line: Int
}

public struct ContactRow: Sendable, Equatable {
    public var id: String
    public var account: String
    public var name: String
    public var title: String
    public var seniority: String?
    public var status: StatusClass
    public var statusLabel: String
    public var dimensions: RawDimensions
    public var activities: [String]
    public var lastVerified: Day?
    public var lastUsed: Day?
    public var usesLast90Days: Int
    public var maxUsesPerQuarter: Int?
    public var restUntil: Day?
    public var health: Double?
    public var csm: String
    public var renewal: Day?
    public var line: Int
}

public struct AccountRow: Sendable, Equatable {
    public var name: String
    public var dimensions: RawDimensions
    public var health: Double?
    public var arr: Double?
    public var nps: Double?
    public var csm: String
    public var openEscalations: Int
    public var renewal: Day?
    public var line: Int
}

/// One input after ingest: its typed rows and its ledger (rejects included).
public struct Ingested<Row: Sendable>: Sendable {
    public var rows: [Row]
    public var ledger: InputLedger
    /// Logical fields the file has a column for.
    public var fields: Set<String>
}
