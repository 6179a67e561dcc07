import RefgapModel

/// What ingest hands to normalize: typed rows whose dimension cells are still as written.
public struct RawDimensions: Sendable, Equatable {
    /// Logical field (`industry`, `region`, `country`, `state`, `product`, `size`, `employees`, or an
    /// extra dimension) → the cell, trimmed; absent when blank.
    public var cells: [String: String]
    public init(_ cells: [String: String] = [:]) { self.cells = cells }
    public subscript(_ key: String) -> String? { cells[key] }
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
