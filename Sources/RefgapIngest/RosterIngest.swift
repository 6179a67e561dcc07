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
        let orders = ["last_verified", "last_used", "rest_until", "renewal_date"].map {
            ($0, decideDateOrder(table, $0, config: config, ledger: &ledger))
        }
        var rows: [ContactRow] = []
        var statusReading = StatusReading(config: config)
        rowLoop: for (index, row) in table.rows.enumerated() {
            let account = table.value(row, "account")
            guard !account.isEmpty else {
                ledger.reject(row, "account is blank")
                continue
            }
            if isExampleRow(table.value(row, "account")) {
                ledger.reject(row, InitTemplates.exampleReason(.roster))
                continue
            }
            let statusText = table.value(row, "status")
            guard let status = statusReading.classify(statusText) else {
                ledger.reject(
                    row,
                    statusText.isEmpty
                        ? "status is blank (expected Active, Pending, On hold or Inactive, or a synonym)"
                        : "status \(Clip.quoted(statusText)) is not one refgap knows, and none of its words says active, pending, on hold or inactive (known: Active, Available, Approved, Referenceable, Pending, Nominated, Candidate, Onboarding, On hold, Paused, Resting, Inactive, Retired, Do not use, Churned, Left company); class it under statuses: in refgap.yml"
                )
                continue
            }
            var dates: [String: Day] = [:]
            for (field, order) in orders {
                let text = table.value(row, field)
                if text.isEmpty { continue }
                guard let d = resolveDate(text, order: order) else {
                    ledger.reject(
                        row,
                        "\(field.replacingOccurrences(of: "_", with: " ")) \(Clip.quoted(text)) is not a date (expected e.g. 2026-11-22)"
                    )
                    continue rowLoop
                }
                dates[field] = d
            }
            var counts: [String: Int] = [:]
            for field in ["uses_last_90_days", "max_uses_per_quarter"] {
                let text = table.value(row, field)
                if text.isEmpty { continue }
                guard let n = Values.integer(text) else {
                    ledger.reject(
                        row,
                        "\(field.replacingOccurrences(of: "_", with: " ")) \(Clip.quoted(text)) is not a whole number")
                    continue rowLoop
                }
                counts[field] = n
            }
            guard case .success(let health) = healthScore(table, row) else {
                ledger.reject(
                    row,
                    "health \(Clip.quoted(table.value(row, "health"))) is not a score 0–100, Red/Yellow/Green or Good/Average/Poor"
                )
                continue
            }
            let id = table.value(row, "id")
            rows.append(
                ContactRow(
                    id: id.isEmpty ? "R\(index + 1)" : id, account: account, name: table.value(row, "contact"),
                    title: table.value(row, "title"), seniority: table.value(row, "seniority").nonEmpty,
                    status: status, statusLabel: statusText, dimensions: dimensions(table, row, config),
                    activities: Values.list(table.value(row, "activities")), lastVerified: dates["last_verified"],
                    lastUsed: dates["last_used"], usesLast90Days: counts["uses_last_90_days"] ?? 0,
                    maxUsesPerQuarter: counts["max_uses_per_quarter"], restUntil: dates["rest_until"], health: health,
                    csm: table.value(row, "csm"), renewal: dates["renewal_date"], line: row.line))
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
