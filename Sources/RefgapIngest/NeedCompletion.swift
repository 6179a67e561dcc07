import RefgapModel

/// Where a calendar kept in a task tool says a need is done, beside or instead of a status column:
/// a completion date that is filled (Asana's `Completed At`, Planner's `Completed Date`, Jira's
/// `Resolved`), a checkbox that is ticked (Trello's `Due Complete` and `Archived`, a sheet's `Done?`),
/// a resolution that is written (Jira's `Resolution`). A trial's calendars from Asana, Trello, Planner,
/// Jira and Google Sheets counted their done tasks as demand, saying only that the columns were not used.
struct NeedCompletion {
    enum Kind {
        /// Filled means done.
        case date, resolution
        /// Yes (`TRUE`, `checked`, `x`: `Values.flag`) means done.
        case flag
    }
    let columns: [(column: Int, header: String, kind: Kind)]
    /// Per column: needs left out and their references.
    private(set) var leftOut: [String: (needs: Int, references: Int)] = [:]

    static let dates: Set<String> = [
        "completedat", "completeddate", "completedon", "completiondate", "datecompleted", "donedate", "resolved",
        "resolutiondate", "closedat", "closeddate",
    ]
    static let flags: Set<String> = ["done", "isdone", "completed", "iscompleted", "duecomplete", "archived"]

    /// The completion columns among `header`, other than those read as a field (`claimed`).
    init(header: [String], claimed: Set<Int>) {
        columns = header.indices.compactMap { i in
            guard !claimed.contains(i) else { return nil }
            let folded = Text.fold(header[i])
            if Self.dates.contains(folded) { return (i, header[i], .date) }
            if Self.flags.contains(folded) { return (i, header[i], .flag) }
            if folded == "resolution" { return (i, header[i], .resolution) }
            return nil
        }
    }

    /// The header of the column that says `row` is done, counted with `references`; nil when none does.
    mutating func endsNeed(_ row: RawRow, references: Int) -> String? {
        for c in columns {
            let cell = c.column < row.fields.count ? Text.trim(row.fields[c.column]) : ""
            let done: Bool
            switch c.kind {
            case .date: done = !cell.isEmpty
            // Jira writes `Unresolved` for an open issue in some exports.
            case .resolution: done = !cell.isEmpty && Text.fold(cell) != "unresolved"
            case .flag: done = Values.flag(cell) == true
            }
            guard done else { continue }
            leftOut[c.header, default: (0, 0)].needs += 1
            leftOut[c.header, default: (0, 0)].references += references
            return c.header
        }
        return nil
    }

    func note(into ledger: inout InputLedger) {
        for c in columns {
            guard let n = leftOut[c.header] else { continue }
            let how = c.kind == .flag ? "ticked" : "filled"
            ledger.notes.append(
                "\(n.needs) need\(n.needs == 1 ? "" : "s") marked done by \(Clip.quoted(c.header)) (\(how)) \(n.needs == 1 ? "was" : "were") left out (\(n.references) reference\(n.references == 1 ? "" : "s")). To count one again, clear its \(Clip.quoted(c.header)) cell."
            )
        }
    }

    static func setAsideReason(_ header: String) -> String { "need marked done (\(Clip.quoted(header)))" }
}
