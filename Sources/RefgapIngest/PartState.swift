import CSVReader
import RefgapModel

/// Per-part state of a reading, touched only by the part's own thread, one row at a time (so its
/// properties need no run-time exclusivity checks).
final class PartState: @unchecked Sendable {
    let typer: OpportunityTyper
    init(_ typer: OpportunityTyper) { self.typer = typer }
    /// Records of the first part before its data rows: the header and the lines above it.
    @exclusivity(unchecked) var leadingRecords = 0
    @exclusivity(unchecked) var inFooter = false
    @exclusivity(unchecked) var rowsRead = 0
    @exclusivity(unchecked) var dataRows = 0
    @exclusivity(unchecked) var footer = 0
    @exclusivity(unchecked) var subtotals = 0
    @exclusivity(unchecked) var emptyRows = 0
    /// The part's last record, when it was a data row: its line and how many fields it has (a file
    /// that ends inside it was cut off, `CutOffFile`).
    @exclusivity(unchecked) var lastDataRow: (line: Int, fields: Int)? = nil
    /// Data rows shorter than the header, missing a column read (the last read is `lastRead`).
    @exclusivity(unchecked) var short = ShortRows()
    @exclusivity(unchecked) var lastRead = Int.max
    /// Rows with more cells than the header (rejected), and the count a report footer gives.
    @exclusivity(unchecked) var raggedRows = 0
    @exclusivity(unchecked) var footerRecords: Int? = nil
    /// The part's first rejected rows; past `keep` of them the rest are written to `spool`.
    @exclusivity(unchecked) var rejects: [Reject] = []
    @exclusivity(unchecked) var spool: Spool? = nil
    @exclusivity(unchecked) var rejected = 0
    @exclusivity(unchecked) var groups = RejectGroups()
    @exclusivity(unchecked) var currencies = CurrencyTally()
    @exclusivity(unchecked) var votes = OpportunityStream.Votes()
    /// A row without an id was numbered (its number depends on the parts before).
    @exclusivity(unchecked) var numberedRows = false
    /// Every typed row's key (`DuplicateDeals.key`), in order.
    @exclusivity(unchecked) var keys: [UInt64] = []
    /// Rows whose key repeats, held back for the comparison.
    @exclusivity(unchecked) var held: [DuplicateDeals.Held] = []
    /// Rows read but set aside here (zero or negative amounts), by reason in first-seen order.
    @exclusivity(unchecked) var setAside: [(String, Int)] = []
    /// Per stage reading slot: the rows used, counted.
    @exclusivity(unchecked) var stageCounts: [StageTable.Counts] = []

    func setAside(_ reason: String) {
        if let i = setAside.firstIndex(where: { $0.0 == reason }) {
            setAside[i].1 += 1
        } else {
            setAside.append((reason, 1))
        }
    }

    /// `probabilityText` gives the row's probability cell as written (read only for an example).
    @inline(__always)
    func tally(_ row: OpportunityRow, deal: Bool, probabilityText: () -> String) {
        let slot = Int(row.stageSlot.index)
        if slot >= stageCounts.count {
            stageCounts.append(contentsOf: repeatElement(StageTable.Counts(), count: slot - stageCounts.count + 1))
        }
        stageCounts[slot].add(row, deal: deal, probabilityText: probabilityText)
    }

    func reject(_ r: Reject, keep: Int) throws {
        rejected += 1
        groups.add(r)
        if rejects.count < keep && spool == nil {
            rejects.append(r)
            return
        }
        let out = try spool ?? Spool()
        spool = out
        try out.append(r)
    }

    /// A row the typer did not hand over: rejected with its reason (and its cells), or set aside.
    /// The header's cells, folded: a row that repeats it is a sheet's layout (`RowLayout`).
    @exclusivity(unchecked) var header: [String] = []
    /// A rejected row with only its first cell filled, held until the next row turned down: it is a
    /// group's title when the header comes again on the line after it, else it is rejected.
    @exclusivity(unchecked) var pendingTitle: (reject: Reject, keep: Int)? = nil

    func put(_ notTyped: OpportunityTyper.NotTyped, _ record: borrowing CSVRow, line: Int, keep: Int) throws {
        switch notTyped {
        case .rejected(let rejection):
            // Only a row typing turned down is looked at again: no cost on the rows that are deals.
            let fields = record.strings()
            let repeatsHeader = RowLayout.repeatsHeader(fields, header)
            if let title = pendingTitle {
                pendingTitle = nil
                if repeatsHeader && title.reject.line + 1 == line {
                    setAside(RowLayout.groupTitleReason)
                } else {
                    try reject(title.reject, keep: title.keep)
                }
            }
            if repeatsHeader { return setAside(RowLayout.repeatedHeaderReason) }
            let r = Reject(line: line, reason: rejection.reason, fields: fields)
            if RowLayout.isTitleLike(fields, header) {
                pendingTitle = (r, keep)
                return
            }
            try reject(r, keep: keep)
        case .setAside(let reason):
            try flushPendingTitle()
            setAside(reason)
        }
    }

    /// A held title-like row no header followed: rejected (at a part's end, or before a row set aside).
    func flushPendingTitle() throws {
        guard let title = pendingTitle else { return }
        pendingTitle = nil
        try reject(title.reject, keep: title.keep)
    }
}
