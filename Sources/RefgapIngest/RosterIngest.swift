import RefgapModel

/// The reference roster: one row per contact.
extension Ingest {
    package static let rosterFields: [FieldSpec] = [
        FieldSpec("id"), FieldSpec("account", required: true), FieldSpec("contact"), FieldSpec("title"),
        FieldSpec("seniority"), FieldSpec("status", required: true), FieldSpec("activities"),
        FieldSpec("last_verified"), FieldSpec("last_used"), FieldSpec("uses_last_90_days"),
        FieldSpec("max_uses_per_quarter"), FieldSpec("rest_until"), FieldSpec("health"), FieldSpec("csm"),
        FieldSpec("renewal_date"), FieldSpec("email"),
    ]

    /// Roster statuses as written → class. Unknown values are rejected rows.
    package static let statusClasses: [String: StatusClass] = [
        "active": .active, "available": .active, "approved": .active, "referenceable": .active, "yes": .active,
        "pending": .pending, "nominated": .pending, "candidate": .pending, "onboarding": .pending, "invited": .pending,
        "onhold": .hold, "hold": .hold, "paused": .hold, "resting": .hold,
        "inactive": .inactive, "retired": .inactive, "donotuse": .inactive, "churned": .inactive,
        "leftcompany": .inactive, "no": .inactive, "declined": .inactive,
    ]

    package static func roster(path: String, config: Config, progress: ProgressHandler? = nil) throws -> Ingested<
        ContactRow
    > {
        let table = try Table.read(
            .roster, path: path, fields: rosterFields + dimensionFields(config), config: config, progress: progress)
        var ledger = table.ledger
        // Columns looked up once: a large roster's rows each read a dozen cells.
        let column = { (field: String) in table.columns[field] }
        let accountColumn = column("account"), statusColumn = column("status"), idColumn = column("id")
        let contactColumn = column("contact"), titleColumn = column("title"), seniorityColumn = column("seniority")
        let activitiesColumn = column("activities"), csmColumn = column("csm"), healthColumn = column("health")
        let dateFields = ["last_verified", "last_used", "rest_until", "renewal_date"]
        let dates = dateFields.map { field in
            (field: field, column: column(field), order: decideDateOrder(table, field, config: config, ledger: &ledger))
        }
        let countFields = ["uses_last_90_days", "max_uses_per_quarter"]
        let counts = countFields.map { (field: $0, column: column($0)) }
        let dimensionColumns = DimensionColumns(table, config)
        var rows: [ContactRow] = []
        rows.reserveCapacity(table.rows.count)
        var statusReading = StatusReading(config: config)
        rowLoop: for (index, row) in table.rows.enumerated() {
            let account = table.cell(row, accountColumn)
            guard !account.isEmpty else {
                ledger.reject(row, "account is blank")
                continue
            }
            if isExampleRow(account) {
                ledger.reject(row, InitTemplates.exampleReason(.roster))
                continue
            }
            let statusText = table.cell(row, statusColumn)
            guard let status = statusReading.classify(statusText) else {
                ledger.reject(
                    row,
                    statusText.isEmpty
                        ? "status is blank (expected Active, Pending, On hold or Inactive, or a synonym)"
                        : "status \(Clip.quoted(statusText)) is not one refgap knows, and none of its words says active, pending, on hold or inactive (known: Active, Available, Approved, Referenceable, Pending, Nominated, Candidate, Onboarding, On hold, Paused, Resting, Inactive, Retired, Do not use, Churned, Left company); class it under statuses: in refgap.yml"
                )
                continue
            }
            // last_verified, last_used, rest_until, renewal_date in that order.
            var days: [Day?] = [nil, nil, nil, nil]
            for (i, date) in dates.enumerated() {
                let text = table.cell(row, date.column)
                if text.isEmpty { continue }
                guard let d = resolveDate(text, order: date.order) else {
                    ledger.reject(
                        row,
                        "\(date.field.replacingOccurrences(of: "_", with: " ")) \(Clip.quoted(text)) is not a date (expected e.g. 2026-11-22)"
                    )
                    continue rowLoop
                }
                days[i] = d
            }
            // uses_last_90_days, max_uses_per_quarter.
            var numbers: [Int?] = [nil, nil]
            for (i, count) in counts.enumerated() {
                let text = table.cell(row, count.column)
                if text.isEmpty { continue }
                guard let n = Values.integer(text) else {
                    ledger.reject(
                        row,
                        "\(count.field.replacingOccurrences(of: "_", with: " ")) \(Clip.quoted(text)) is not a whole number"
                    )
                    continue rowLoop
                }
                numbers[i] = n
            }
            let healthText = table.cell(row, healthColumn)
            var health: Double? = nil
            if !healthText.isEmpty {
                guard let h = Values.health(healthText) else {
                    ledger.reject(
                        row,
                        "health \(Clip.quoted(healthText)) is not a score 0–100, Red/Yellow/Green or Good/Average/Poor")
                    continue
                }
                health = h
            }
            let id = table.cell(row, idColumn)
            rows.append(
                ContactRow(
                    id: id.isEmpty ? "R\(index + 1)" : id, account: account, name: table.cell(row, contactColumn),
                    title: table.cell(row, titleColumn), seniority: table.cell(row, seniorityColumn).nonEmpty,
                    status: status, statusLabel: statusText, dimensions: dimensionColumns.cells(table, row),
                    activities: Values.list(table.cell(row, activitiesColumn)), lastVerified: days[0],
                    lastUsed: days[1], usesLast90Days: numbers[0] ?? 0, maxUsesPerQuarter: numbers[1],
                    restUntil: days[2], health: health, csm: table.cell(row, csmColumn), renewal: days[3],
                    line: row.line))
        }
        ledger.notes += statusReading.notes
        return Ingested(rows: rows, ledger: ledger, fields: Set(table.columns.keys))
    }

    /// The example row of a template `refgap init` wrote, still there.
    static func isExampleRow(_ cell: String) -> Bool {
        !cell.isEmpty && Text.fold(cell) == InitTemplates.exampleMarkerFolded
    }

    /// Roster statuses to classes: the config's `statuses:`, the known names, then the words.
    /// Counts the statuses classed by their words, for the ledger's notes.
    struct StatusReading {
        let configured: [String: StatusClass]
        var byWords: [String: (label: String, status: StatusClass, rows: Int)] = [:]
        var order: [String] = []

        init(config: Config) {
            configured = Dictionary(
                config.statuses.map { (Text.fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        }

        mutating func classify(_ text: String) -> StatusClass? {
            let f = Text.fold(text)
            if let c = configured[f] ?? statusClasses[f] { return c }
            if byWords[f] != nil {
                byWords[f]?.rows += 1
                return byWords[f]?.status
            }
            guard !f.isEmpty, let c = StatusWords.classify(text) else { return nil }
            byWords[f] = (text, c, 1)
            order.append(f)
            return c
        }

        var notes: [String] {
            order.compactMap { byWords[$0] }.map { v in
                "Status \"\(v.label)\" is not a known status: read as \(v.status.rawValue) by its words (\(v.rows) row\(v.rows == 1 ? "" : "s")); to class it otherwise, add it under statuses: in refgap.yml (e.g. statuses: {\(Text.yamlQuote(v.label)): \(v.status == .active ? "pending" : "active")})."
            }
        }
    }
}
