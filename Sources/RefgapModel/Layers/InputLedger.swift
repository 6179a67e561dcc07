/// Per input: where it came from, how it was read, and where every row went.
package struct InputLedger: Sendable, Equatable {
    package var kind: InputKind
    package var path: String
    package var bytes: Int = 0
    package var sha256: String = ""
    package var encoding: String = "UTF-8"
    package var delimiter: String = ","
    package var dialect: String? = nil
    package var header: [String] = []
    /// Logical field → the header it was read from.
    package var mapping: [(field: String, header: String)] = []
    package var unmappedHeaders: [String] = []
    package var rowsRead = 0
    package var rowsUsed = 0
    package var rowsRejected = 0
    /// Reason → rows set aside for it (report footer, closed, beyond the horizon, inactive, ...).
    package var setAside: [(reason: String, rows: Int)] = []
    /// The rejected rows, in file order: all of them, except in a large export with more than a
    /// thousand per part, where these are the first and `rejectSpools` holds the rest.
    package var rejects: [Reject] = []
    /// The rejected rows after `rejects`, in file order, as rejects-CSV rows on disk.
    package var rejectSpools: [Spool] = []
    /// Every rejected row counted by its reason, in the order the reasons first appear.
    package var rejectGroups = RejectGroups()
    /// What was decided while reading: date orders, encodings, conversions.
    package var notes: [String] = []
    /// What the person running refgap should look at: printed on standard error and in the report.
    package var warnings: [String] = []
    /// The opportunity export's stage table: every stage reading, its deals and pipeline, largest first.
    package var stages: [StageTally] = []
    /// Currencies (as written) whose amounts were summed as the run's currency for want of a rate, with
    /// how many: the reports' headlines say so, since every pipeline figure then mixes currencies.
    package var unconvertedCurrencies: [(currency: String, amounts: Int)] = []

    package init(kind: InputKind, path: String) {
        self.kind = kind
        self.path = path
    }

    package var rowsSetAside: Int { setAside.reduce(0) { $0 + $1.rows } }
    /// The header logical field `field` was read from, nil when the input has no column for it.
    package func header(readAs field: String) -> String? { mapping.first { $0.field == field }?.header }
    /// Rows read that were a report's footer, total or spacer lines (set aside among `setAside`).
    package var layoutRows = 0
    /// Rows read that are data (used, set aside for their content, or rejected): a file of none gives
    /// nothing, as one with only its header does.
    package var dataRows: Int { rowsRead - layoutRows }

    package mutating func setAside(_ reason: String, rows: Int = 1) {
        guard rows > 0 else { return }
        if let i = setAside.firstIndex(where: { $0.reason == reason }) {
            setAside[i].rows += rows
        } else {
            setAside.append((reason, rows))
        }
    }

    package var rejectRate: Double { rowsRead == 0 ? 0 : Double(rowsRejected) / Double(rowsRead) }

    package static func == (a: InputLedger, b: InputLedger) -> Bool {
        a.kind == b.kind && a.path == b.path && a.rowsRead == b.rowsRead && a.rowsUsed == b.rowsUsed
            && a.rowsRejected == b.rowsRejected && a.setAside.map(\.reason) == b.setAside.map(\.reason)
            && a.setAside.map(\.rows) == b.setAside.map(\.rows) && a.rejects == b.rejects && a.notes == b.notes
            && a.spooledRejects == b.spooledRejects && a.rejectGroups == b.rejectGroups
    }

    /// The bytes of `rejectSpools`, joined (nil when one cannot be read).
    package var spooledRejects: [UInt8]? {
        try? rejectSpools.reduce(into: [UInt8]()) { $0 += try $1.contents() }
    }

    /// A rejected row as a line of rejects/<input>.csv: line, reason, then the row's cells.
    package static func rejectRow(_ r: Reject, into out: inout [UInt8]) {
        CSVText.appendRow([String(r.line), r.reason] + r.fields, into: &out)
    }
}
