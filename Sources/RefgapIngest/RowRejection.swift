import RefgapModel

extension Spool {
    /// A rejected row, as its line of rejects/<input>.csv.
    func append(_ r: Reject) throws {
        var row: [UInt8] = []
        InputLedger.rejectRow(r, into: &row)
        try append(row)
    }
}

/// Why a row is rejected.
struct RowRejection: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
