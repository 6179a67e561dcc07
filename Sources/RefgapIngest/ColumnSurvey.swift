import CSVReader
import RefgapModel

/// A first look at one input for `refgap init`: its header, the columns recognised, and for each
/// required field with no column the column whose values look most like it. Unlike a real read it
/// never stops at a missing column: it is how init helps when one is not recognised.
package struct ColumnSurvey: Sendable {
    package struct Missing: Sendable {
        package var field: FieldSpec
        /// The best candidate column by its values, and what its values showed.
        package var candidate: String?
        package var why: String?
        /// What to do when no column will do (the account's ids only: `ColumnCandidate.accountIDColumn`).
        package var advice: String? = nil
    }

    package var kind: InputKind
    package var path: String
    package var header: [String]
    package var mapping: [(field: String, header: String)]
    package var missing: [Missing]
    /// How the file reads, as a run's ledger would say it: the dialect its headers name (nil for none),
    /// the encoding and the delimiter.
    package var dialect: String? = nil
    package var encoding = "UTF-8"
    package var delimiter = ","

    /// Rows looked at for the candidates.
    static let sampleRows = HeaderSearch.sampleRows
    private struct SampleRead: Error {}

    package static func read(_ kind: InputKind, path: String, config: Config) throws -> ColumnSurvey {
        let specs = fields(kind, config: config)
        // The header found as a read finds it (past a title, `Filtered By:` and blank lines).
        var search = HeaderSearch(kind, fields: specs, config: config)
        var headerAt: Int? = nil
        var reading = InputLedger(kind: kind, path: path)
        do {
            let reader = try CSVReader(path: path)
            defer { reading.recordReading(reader) }
            try reader.forEachRecord { row in
                guard headerAt == nil else {
                    if search.rows.count - (headerAt ?? 0) > sampleRows { throw SampleRead() }
                    _ = search.offer(RawRow(line: row.line, fields: row.strings()))
                    return
                }
                if let i = search.offer(RawRow(line: row.line, fields: row.strings())) {
                    headerAt = i
                } else if search.exhausted {
                    headerAt = search.fallback
                }
            }
        } catch is SampleRead {
        } catch let error as CSVError {
            throw InputError(path: path, line: error.line, error.message)
        }
        // Blank lines only: as a read says it (Table.read), not as a missing column.
        if search.rows.allSatisfy({ $0.fields.allSatisfy { Text.trim($0).isEmpty } }) {
            throw InputError(
                path: path, "the file has no header and no rows, only blank lines; export it again with its header row")
        }
        let at = headerAt ?? search.fallback
        let header = search.rows.indices.contains(at) ? search.rows[at].fields : []
        let rows = search.sample(after: at)
        var ledger = InputLedger(kind: kind, path: path)
        // Mapped as a read maps, with nothing required: a missing field is found out below.
        let columns = try Table.mapHeader(
            kind, header: header, fields: specs.map { FieldSpec($0.key) }, config: config, ledger: &ledger)
        let claimed = Set(columns.values)
        let missing = specs.filter { $0.required && columns[$0.key] == nil }.map { spec in
            let best = ColumnCandidate.best(for: spec, kind: kind, header: header, rows: rows, skipping: claimed)
            var missing = Missing(field: spec, candidate: best?.header, why: best?.why)
            if best == nil { missing.advice = ColumnCandidate.idsOnlyAdvice(for: spec.key, header: header, rows: rows) }
            return missing
        }
        var survey = ColumnSurvey(kind: kind, path: path, header: header, mapping: ledger.mapping, missing: missing)
        survey.dialect = ledger.dialect
        survey.encoding = reading.encoding
        survey.delimiter = reading.delimiter
        return survey
    }

    package static func fields(_ kind: InputKind, config: Config) -> [FieldSpec] {
        let own: [FieldSpec]
        switch kind {
        case .opportunities: own = Ingest.opportunityFields
        case .calendar: own = Ingest.calendarFields
        case .roster: own = Ingest.rosterFields
        case .accounts: own = Ingest.accountFields
        }
        return own + Ingest.dimensionFields(config)
    }
}
