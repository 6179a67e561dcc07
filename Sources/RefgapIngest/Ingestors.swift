import RefgapModel

/// Turns each input's cells into typed rows. A cell that cannot be read sends its row to the rejects
/// with the reason; nothing is dropped silently.
package enum Ingest {
    static let dimensionCells = ["industry", "region", "country", "state", "product", "size", "employees"]

    static func dimensionFields(_ config: Config) -> [FieldSpec] {
        var keys = dimensionCells
        for d in config.dimensions where !keys.contains(d) { keys.append(d) }
        return keys.map { FieldSpec($0) }
    }

    static func dimensions(_ table: Table, _ row: RawRow, _ config: Config) -> RawDimensions {
        var cells: [String: String] = [:]
        for spec in dimensionFields(config) {
            let v = table.value(row, spec.key)
            if !v.isEmpty { cells[spec.key] = v }
        }
        return RawDimensions(cells)
    }

    // MARK: Opportunities

    package static let opportunityFields: [FieldSpec] = [
        FieldSpec("id"), FieldSpec("name"), FieldSpec("owner"), FieldSpec("account", required: true),
        FieldSpec("stage", required: true), FieldSpec("close_date", required: true),
        FieldSpec("amount", required: true), FieldSpec("amount_currency"), FieldSpec("amount_converted"),
        FieldSpec("amount_converted_currency"), FieldSpec("probability"), FieldSpec("is_closed"), FieldSpec("is_won"),
        FieldSpec("forecast_category"), FieldSpec("last_modified"), FieldSpec("status"),
        FieldSpec("reference_needed"), FieldSpec("activity"),
    ]

    /// Every opportunity in memory (tests, `validate`): the stream's rows collected in file order.
    package static func opportunities(path: String, config: Config, progress: ProgressHandler? = nil) throws
        -> Ingested<OpportunityRow>
    {
        let stream = try OpportunityStream(path: path, config: config, progress: progress)
        let boxes = (0..<stream.partCount).map { _ in CollectedRows() }
        let ledger = try stream.read(restart: { for box in boxes { box.rows = [] } }) { part, row in
            boxes[part].rows.append(row)
        }
        return Ingested(rows: boxes.flatMap(\.rows), ledger: ledger, fields: stream.fields)
    }

    /// The opportunity columns, looked up once per file rather than once per cell.
    struct OpportunityColumns: Sendable {
        let id, name, owner, account, stage, status, closeDate, amount, amountCurrency, amountConverted,
            amountConvertedCurrency, probability, isClosed, isWon, forecastCategory, lastModified, referenceNeeded,
            activity: Int?
        let dimensions: [(key: String, column: Int)]

        init(_ table: Table, config: Config) {
            let c = table.columns
            id = c["id"]
            name = c["name"]
            owner = c["owner"]
            account = c["account"]
            stage = c["stage"]
            status = c["status"]
            closeDate = c["close_date"]
            amount = c["amount"]
            amountCurrency = c["amount_currency"]
            amountConverted = c["amount_converted"]
            amountConvertedCurrency = c["amount_converted_currency"]
            probability = c["probability"]
            isClosed = c["is_closed"]
            isWon = c["is_won"]
            forecastCategory = c["forecast_category"]
            lastModified = c["last_modified"]
            referenceNeeded = c["reference_needed"]
            activity = c["activity"]
            dimensions = Ingest.dimensionFields(config).compactMap { spec in c[spec.key].map { (spec.key, $0) } }
        }
    }

    // MARK: Calendar

    package static let calendarFields: [FieldSpec] = [
        FieldSpec("team"), FieldSpec("need"), FieldSpec("activity"), FieldSpec("due_date", required: true),
        FieldSpec("count"), FieldSpec("min_seniority"),
    ]

    package static func calendar(path: String, config: Config, progress: ProgressHandler? = nil) throws -> Ingested<
        NeedRow
    > {
        let table = try Table.read(
            .calendar, path: path, fields: calendarFields + dimensionFields(config), config: config, progress: progress)
        var ledger = table.ledger
        let order = decideDateOrder(table, "due_date", config: config, ledger: &ledger)
        var rows: [NeedRow] = []
        for (index, row) in table.rows.enumerated() {
            if isExampleRow(table.value(row, "team")) {
                ledger.reject(row, InitTemplates.exampleReason(.calendar))
                continue
            }
            let dueText = table.value(row, "due_date")
            guard let due = resolveDate(dueText, order: order) else {
                ledger.reject(
                    row,
                    dueText.isEmpty
                        ? "due date is blank"
                        : "due date \(Clip.quoted(dueText)) is not a date (expected e.g. 2026-12-24)")
                continue
            }
            let countText = table.value(row, "count")
            var count = 1
            if !countText.isEmpty {
                guard let c = Values.integer(countText) else {
                    ledger.reject(row, "count \(Clip.quoted(countText)) is not a whole number of references")
                    continue
                }
                count = c
            }
            if count == 0 {
                ledger.setAside("calendar need asking for 0 references")
                continue
            }
            let name = table.value(row, "need")
            rows.append(
                NeedRow(
                    order: index, team: table.value(row, "team").nonEmpty ?? "Unassigned",
                    name: name.isEmpty ? "Need on line \(row.line)" : name,
                    activity: table.value(row, "activity").nonEmpty,
                    due: due, count: count, criteria: dimensions(table, row, config),
                    minSeniority: table.value(row, "min_seniority").nonEmpty, line: row.line))
        }
        return Ingested(rows: rows, ledger: ledger, fields: Set(table.columns.keys))
    }

    // MARK: Roster

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

    // MARK: Accounts

    package static let accountFields: [FieldSpec] = [
        FieldSpec("account", required: true), FieldSpec("health"), FieldSpec("arr"), FieldSpec("nps"),
        FieldSpec("csm"), FieldSpec("open_escalations"), FieldSpec("renewal_date"),
    ]

    package static func accounts(path: String, config: Config, progress: ProgressHandler? = nil) throws -> Ingested<
        AccountRow
    > {
        let table = try Table.read(
            .accounts, path: path, fields: accountFields + dimensionFields(config), config: config, progress: progress)
        var ledger = table.ledger
        let order = decideDateOrder(table, "renewal_date", config: config, ledger: &ledger)
        var rows: [AccountRow] = []
        for row in table.rows {
            let name = table.value(row, "account")
            guard !name.isEmpty else {
                ledger.reject(row, "account is blank")
                continue
            }
            guard case .success(let health) = healthScore(table, row) else {
                ledger.reject(
                    row,
                    "health \(Clip.quoted(table.value(row, "health"))) is not a score 0–100, Red/Yellow/Green or Good/Average/Poor"
                )
                continue
            }
            let arrText = table.value(row, "arr")
            let arr = Values.amount(arrText)?.value
            if !arrText.isEmpty && arr == nil {
                ledger.reject(row, "ARR \(Clip.quoted(arrText)) is not an amount")
                continue
            }
            let npsText = table.value(row, "nps")
            let nps =
                Values.percentNumber(npsText)
                ?? (npsText.hasPrefix("-") ? Values.percentNumber(String(npsText.dropFirst())).map { -$0 } : nil)
            let escalationText = table.value(row, "open_escalations")
            let escalations = Values.integer(escalationText) ?? (Values.flag(escalationText) == true ? 1 : 0)
            let renewalText = table.value(row, "renewal_date")
            var renewal: Day? = nil
            if !renewalText.isEmpty {
                guard let d = resolveDate(renewalText, order: order) else {
                    ledger.reject(
                        row, "renewal date \(Clip.quoted(renewalText)) is not a date (expected e.g. 2027-03-31)")
                    continue
                }
                renewal = d
            }
            rows.append(
                AccountRow(
                    name: name, dimensions: dimensions(table, row, config), health: health, arr: arr, nps: nps,
                    csm: table.value(row, "csm"), openEscalations: escalations, renewal: renewal, line: row.line))
        }
        return Ingested(rows: rows, ledger: ledger, fields: Set(table.columns.keys))
    }

    struct BadValue: Error {}

    /// The health cell: nil when blank, a failure when it reads as no score.
    static func healthScore(_ table: Table, _ row: RawRow) -> Result<Double?, BadValue> {
        let text = table.value(row, "health")
        if text.isEmpty { return .success(nil) }
        return Values.health(text).map { .success($0) } ?? .failure(BadValue())
    }

    // MARK: Column-wide decisions

    /// Month-first or day-first for one date column, decided by the values that read in only one order;
    /// where none does, by the config's `date_order`. The decision goes into the ledger's notes.
    static func decideDateOrder(_ table: Table, _ field: String, config: Config, ledger: inout InputLedger)
        -> Values.DateForm
    {
        guard let column = table.columns[field] else { return Values.DateForm(config.dateOrder) }
        var votes = DateVotes()
        for row in table.rows where column < row.fields.count { votes.add(row.fields[column]) }
        return decideDateOrder(
            votes, header: table.ledger.header.indices.contains(column) ? table.ledger.header[column] : field,
            config: config, ledger: &ledger)
    }

    /// Counts of the values that read only month-first, only day-first, or either way; that read in
    /// one way by their form (ISO, month names); and that are Excel serial day numbers.
    struct DateVotes: Sendable {
        var monthFirst = 0, dayFirst = 0, ambiguous = 0, exact = 0, excelSerial = 0
        mutating func add(_ text: String) { add(reading: Values.date(text)) }
        mutating func add(reading: Values.DateReading?) {
            add(code: Self.code(reading))
        }
        mutating func add(_ o: DateVotes) {
            monthFirst += o.monthFirst
            dayFirst += o.dayFirst
            ambiguous += o.ambiguous
            exact += o.exact
            excelSerial += o.excelSerial
        }
        /// A reading's vote as a small code, to remember per distinct value: 0 no date, 1 month-first,
        /// 2 day-first, 3 either way, 4 one way by its form, 5 an Excel serial day number.
        static func code(_ reading: Values.DateReading?) -> UInt8 {
            guard let reading else { return 0 }
            switch reading {
            case .exact: return 4
            case .excelSerial: return 5
            case .ordered:
                switch reading.vote {
                case .monthFirst: return 1
                case .dayFirst: return 2
                case nil: return 3
                }
            }
        }
        /// `add(reading:)` for a reading's code, for `rows` rows that have it.
        mutating func add(code: UInt8, rows: Int = 1) {
            switch code {
            case 1: monthFirst += rows
            case 2: dayFirst += rows
            case 3: ambiguous += rows
            case 4: exact += rows
            case 5: excelSerial += rows
            default: break
            }
        }
    }

    /// The column's form: Excel serial day numbers when those are more than half its dates (the others read
    /// too); month-first or day-first by the values that read only one way, else the config's `date_order`.
    static func decideDateOrder(_ votes: DateVotes, header: String, config: Config, ledger: inout InputLedger)
        -> Values.DateForm
    {
        var form = decideOrder(votes, header: header, config: config, ledger: &ledger)
        let others = votes.monthFirst + votes.dayFirst + votes.ambiguous + votes.exact
        if votes.excelSerial > others {
            ledger.notes.append(
                "Dates in \"\(header)\" are Excel serial day numbers (\(votes.excelSerial) values, like 46350 for 2026-11-24): read as days since 1899-12-30\(others > 0 ? "; \(others) other values read as written dates" : ""). Export the column formatted as dates to see them as such."
            )
            form.serials = true
        }
        return form
    }

    private static func decideOrder(_ votes: DateVotes, header: String, config: Config, ledger: inout InputLedger)
        -> Values.DateForm
    {
        let monthFirst = votes.monthFirst, dayFirst = votes.dayFirst, ambiguous = votes.ambiguous
        if monthFirst == 0 && dayFirst == 0 {
            if ambiguous > 0 {
                // No value settles it: the setting decides, and it is a guess worth a warning.
                let other: Config.DateOrder = config.dateOrder == .monthFirst ? .dayFirst : .monthFirst
                ledger.warnings.append(
                    "\(ambiguous) dates in \(Clip.quoted(header)) read either way (like 03/04/2027) and none settles the order: read \(config.dateOrder.rawValue) (date_order). If this export writes dates \(other.rawValue), set `date_order: \(other.rawValue)` in refgap.yml."
                )
            }
            return Values.DateForm(config.dateOrder)
        }
        let order: Config.DateOrder = dayFirst > monthFirst ? .dayFirst : .monthFirst
        ledger.notes.append(
            "Dates in \(Clip.quoted(header)) read as \(order.rawValue) (\(max(monthFirst, dayFirst)) values read only that way"
                + (min(monthFirst, dayFirst) > 0
                    ? ", \(min(monthFirst, dayFirst)) only the other way: those rows are rejected)." : ")."))
        return Values.DateForm(order)
    }

    static func resolveDate(_ text: String, order: Values.DateForm) -> Day? {
        Values.date(text)?.resolve(order)
    }

    /// Whether probability values were seen, and whether any reads as a percentage (above 1 or with `%`).
    struct ProbabilityVotes: Sendable {
        var any = false, percent = false
        mutating func add(_ text: String) {
            guard !percent, let p = Values.percentNumber(text) else { return }
            if p > 1 || text.utf8.contains(UInt8(ascii: "%")) { percent = true }
            any = true
        }
        mutating func add(_ o: ProbabilityVotes) {
            any = any || o.any
            percent = percent || o.percent
        }
    }

    /// 1 when every probability lies within 0–1 (fractions), else 100 (percent).
    static func decideProbabilityScale(_ votes: ProbabilityVotes, ledger: inout InputLedger) -> Double {
        guard votes.any, !votes.percent else { return 100 }
        ledger.notes.append("Probabilities all lie within 0–1: read as fractions.")
        return 1
    }
}

extension String {
    /// nil for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}

/// One part's rows, for callers that want them all in memory (one object per part).
final class CollectedRows: @unchecked Sendable {
    var rows: [OpportunityRow] = []
}
