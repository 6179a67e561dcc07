import RefgapIngest
import RefgapRender
import RefgapModel

extension Pipeline {
    /// The calendar, with the needs of each `calendar_extra` file after its own (a launch's needs, for
    /// a scenario). An extra file is held to a stricter rule than the calendar: a row it cannot read
    /// stops the run, since a plan built on half a launch would look complete.
    static func calendarWithExtras(_ paths: InputPaths, config: Config, progress: ProgressHandler?) throws
        -> RefgapIngest.Ingested<NeedRow>
    {
        var calendar = try Ingest.calendar(path: paths.calendar, config: config, progress: progress)
        for path in config.calendarExtra {
            let extra = try Ingest.calendar(path: path, config: config, progress: progress)
            if let first = extra.ledger.rejects.first {
                throw InputError(
                    path: path, line: first.line,
                    "\(first.reason) (a calendar_extra file must read cleanly: fix the row, or leave the file out of calendar_extra)"
                )
            }
            let offset = calendar.rows.count
            calendar.rows += extra.rows.map { row in
                var r = row
                r.order += offset
                return r
            }
            calendar.ledger.rowsRead += extra.ledger.rowsRead
            for a in extra.ledger.setAside { calendar.ledger.setAside(a.reason, rows: a.rows) }
            calendar.ledger.notes.append(
                "\(Format.count(extra.rows.count, "need")) added from calendar_extra \(path) (lines are that file's).")
        }
        return calendar
    }
}
