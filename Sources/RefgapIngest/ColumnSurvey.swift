import CSVReader
import RefgapModel

/// A first look at one input for `refgap init`: its header, the columns recognised, and for each
/// required field with no column the column whose values look most like it. Unlike a real read it
/// never stops at a missing column: it is how init helps when one is not recognised.
public struct ColumnSurvey: Sendable {
    public struct Missing: Sendable {
        public var field: FieldSpec
        /// The best candidate column by its values, and what its values showed.
        public var candidate: String?
        public var why: String?
    }

    public var kind: InputKind
    public var path: String
    public var header: [String]
    public var mapping: [(field: String, header: String)]
    public var missing: [Missing]

    /// Rows looked at for the candidates.
    static let sampleRows = 200

    public static func read(_ kind: InputKind, path: String, config: Config) throws -> ColumnSurvey {
        var header: [String] = []
        var rows: [[String]] = []
        do {
            let reader = try CSVReader(path: path)
            var first = true
            try reader.forEachRecord { row in
                if first { header = row.strings().map(Text.trim); first = false; return }
                if rows.count < sampleRows { rows.append(row.strings()) }
            }
        } catch let error as CSVError {
            throw InputError(path: path, line: error.line, error.message)
        }
        let specs = fields(kind, config: config)
        var ledger = InputLedger(kind: kind, path: path)
        // Mapped as a read maps, with nothing required: a missing field is found out below.
        let columns = try Table.mapHeader(kind, header: header, fields: specs.map { FieldSpec($0.key) }, config: config, ledger: &ledger)
        let claimed = Set(columns.values)
        let missing = specs.filter { $0.required && columns[$0.key] == nil }.map { spec in
            let best = candidate(for: spec, kind: kind, header: header, rows: rows, skipping: claimed)
            return Missing(field: spec, candidate: best?.header, why: best?.why)
        }
        return ColumnSurvey(kind: kind, path: path, header: header, mapping: ledger.mapping, missing: missing)
    }

    public static func fields(_ kind: InputKind, config: Config) -> [FieldSpec] {
        let own: [FieldSpec]
        switch kind {
        case .opportunities: own = Ingest.opportunityFields
        case .calendar: own = Ingest.calendarFields
        case .roster: own = Ingest.rosterFields
        case .accounts: own = Ingest.accountFields
        }
        return own + Ingest.dimensionFields(config)
    }

    /// The unmapped column whose values read as the field (amounts, dates, statuses, a few stage
    /// names, many account names) in at least four rows of five; among several, the one whose header
    /// is closest to the field's name.
    static func candidate(for field: FieldSpec, kind: InputKind, header: [String], rows: [[String]], skipping claimed: Set<Int>)
        -> (header: String, why: String)? {
        let test: (String) -> Bool
        let what: String
        switch field.key {
        case "amount":
            test = { v in Values.amount(v) != nil && v.contains(where: \.isNumber) }
            what = "amounts"
        case "close_date", "due_date":
            test = { Values.date($0) != nil }
            what = "dates"
        case "status":
            test = { Ingest.statusClasses[Text.fold($0)] != nil || StatusWords.classify($0) != nil }
            what = "roster statuses"
        default:
            // Names (accounts, stages): text that is neither a number nor a date.
            test = { v in Values.amount(v) == nil && Values.date(v) == nil && v.contains(where: \.isLetter) }
            what = field.key == "stage" ? "stage names" : "names"
        }
        var passing: [(column: Int, matched: Int, seen: Int, distinct: Int)] = []
        for column in header.indices where !claimed.contains(column) {
            let values = rows.compactMap { column < $0.count ? Text.trim($0[column]) : nil }.filter { !$0.isEmpty }
            guard !values.isEmpty else { continue }
            let matched = values.filter(test).count
            guard matched * 5 >= values.count * 4 else { continue }
            let distinct = Set(values).count
            // A stage column repeats a few values; an account column has many.
            if field.key == "stage" && distinct > 40 { continue }
            if field.key == "account" && distinct * 3 < values.count { continue }
            passing.append((column, matched, values.count, distinct))
        }
        guard !passing.isEmpty else { return nil }
        let names = passing.map { header[$0.column] }
        let named = Text.closest(to: field.label, in: names)
            ?? (kind.synonyms[field.key] ?? []).lazy.compactMap { Text.closest(to: $0, in: names) }.first
        let pick = passing.first { header[$0.column] == named } ?? passing[0]
        return (header[pick.column], "\(what) in \(pick.matched) of the first \(pick.seen) rows")
    }
}
