import RefgapModel

/// A rejected row: as it was, its line, and why.
package struct Reject: Sendable, Equatable {
    package var line: Int
    package var reason: String
    package var fields: [String]
    package init(line: Int, reason: String, fields: [String]) {
        self.line = line
        self.reason = reason
        self.fields = fields
    }
}

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
