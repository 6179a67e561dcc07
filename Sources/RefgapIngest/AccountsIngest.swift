import RefgapModel

/// The customer-success accounts export.
extension Ingest {
    package static let accountFields: [FieldSpec] = [
        FieldSpec("account", required: true), FieldSpec("health"), FieldSpec("arr"), FieldSpec("nps"),
        FieldSpec("csm"), FieldSpec("open_escalations"), FieldSpec("renewal_date"), FieldSpec("customer_status"),
    ]

    package static func accounts(path: String, config: Config, progress: ProgressHandler? = nil) throws -> Ingested<
        AccountRow
    > {
        let table = try Table.read(
            .accounts, path: path, fields: accountFields + dimensionFields(config), config: config, progress: progress)
        var ledger = table.ledger
        let order = decideDateOrder(table, "renewal_date", config: config, ledger: &ledger)
        let dimensionColumns = DimensionColumns(table, config)
        var rows: [AccountRow] = []
        var unread: [String] = []
        var unconvertedARR: [String: Int] = [:]
        var thousandsDots: [String] = []
        let healthFactor = HealthScale.decide(table, column: table.columns["health"], ledger: &ledger)
        var customers = CustomerStatus(header: table.header(of: table.columns["customer_status"], or: "status"))
        for row in table.rows {
            let name = table.value(row, "account")
            guard !name.isEmpty else {
                ledger.reject(row, "account is blank")
                continue
            }
            // A health or ARR that does not read is left out, not the account: rejecting the row lost
            // its renewal date in a trial, and its contact was asked for a favour during the renewal.
            var health: Double? = nil
            switch healthScore(table, row) {
            case .success(let h):
                health = h.map { HealthScale.read(table.value(row, "health"), $0, factor: healthFactor) }
            case .failure:
                unread.append(
                    "\(Clip.quoted(name)) (line \(row.line)): health \(Clip.quoted(table.value(row, "health")))")
            }
            let arrText = table.value(row, "arr")
            let parsedARR = Self.arrAmount(arrText)
            if Self.thousandsDotAmount(arrText) != nil { thousandsDots.append(arrText) }
            var arr = parsedARR?.value
            if !arrText.isEmpty && arr == nil {
                unread.append("\(Clip.quoted(name)) (line \(row.line)): ARR \(Clip.quoted(arrText))")
            }
            // An ARR in another currency converts at the configured rate; without one it stays as
            // written, and is said (a trial's €1.500.000,00 was shown as USD 1,500,000).
            if let value = arr, let code = parsedARR?.currency, code != config.currency {
                if let rate = config.currencyRates[code] {
                    arr = value * rate
                } else {
                    unconvertedARR[code, default: 0] += 1
                }
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
                    name: name, dimensions: dimensionColumns.cells(table, row), health: health, arr: arr, nps: nps,
                    csm: table.value(row, "csm"), openEscalations: escalations, renewal: renewal, line: row.line,
                    isCustomer: customers.isCustomer(table.value(row, "customer_status"))))
        }
        if !unread.isEmpty {
            let n = unread.count
            ledger.warnings.append(
                "\(n) account\(n == 1 ? "'s" : "s'") health or ARR could not be read and \(n == 1 ? "was" : "were") left blank, the account\(n == 1 ? "" : "s") kept (their renewal dates and dimensions still count): \(unread.prefix(10).joined(separator: "; "))\(n > 10 ? "; and \(n - 10) more" : ""). Write health as a score 0–100, Red/Yellow/Green or Good/Average/Poor, and ARR as an amount (1200000, $1,200,000 or 1.2M)."
            )
        }
        if !unconvertedARR.isEmpty {
            let parts = unconvertedARR.sorted { $0.key < $1.key }.map { "\($0.value) in \($0.key)" }
            let first = unconvertedARR.keys.sorted()[0]
            ledger.warnings.append(
                "ARR in another currency than \(config.currency) with no rate (\(parts.joined(separator: ", "))) was taken as written: candidates are ranked and shown by it as if it were \(config.currency). Add `currency_rates: {\(first): 1.08}` (\(config.currency) per \(first)) to refgap.yml to convert it."
            )
        }
        // A reading of a dot, said with how many it read and one of them.
        if let first = thousandsDots.first, let value = Self.arr(first) {
            let n = thousandsDots.count
            ledger.notes.append(
                "\(n) ARR\(n == 1 ? "" : "s") written with a dot before three digits (\(Clip.quoted(first))) read as thousands: \(Clip.quoted(first)) is \(ConfigReader.plain(value)). If \(n == 1 ? "it is" : "they are") decimals, write \(n == 1 ? "it" : "them") with a comma or without the dot."
            )
        }
        customers.note(into: &ledger)
        rows = AccountDuplicates.merge(rows, ledger: &ledger)
        return Ingested(rows: rows, ledger: ledger, fields: Set(table.columns.keys))
    }

    /// An ARR as customer-success tools write it: an amount, or one shortened with K, M or B
    /// (`$1.2M`, `USD 250K`).
    static func arr(_ text: String) -> Double? { arrAmount(text)?.value }

    /// `arr`, with the currency the cell names (`€1.500.000,00`: EUR), if any.
    static func arrAmount(_ text: String) -> (value: Double, currency: String?)? {
        if let a = thousandsDotAmount(text) { return a }
        if let a = Values.amount(text) { return a }
        let t = Text.trim(text)
        guard let last = t.last, let scale = ["k": 1e3, "m": 1e6, "b": 1e9][last.lowercased()] else { return nil }
        guard let a = Values.amount(String(t.dropLast())) else { return nil }
        return (a.value * scale, a.currency)
    }

    /// `€269.000`, `269.000 €`, `1.500.000`: an ARR whose dots each come before three digits, with no
    /// comma, read in thousands (no ARR is written to a tenth of a cent; read as a decimal point, a
    /// trial's was 269); nil for any other cell.
    static func thousandsDotAmount(_ text: String) -> (value: Double, currency: String?)? {
        let digits = text.filter { $0.isNumber || $0 == "." || $0 == "," }
        guard !digits.contains(","), let dot = digits.firstIndex(of: "."),
            digits[digits.index(after: dot)...].split(separator: ".", omittingEmptySubsequences: false)
                .allSatisfy({ $0.count == 3 })
        else { return nil }
        return Values.amount(text.replacingOccurrences(of: ".", with: ""))
    }

    struct BadValue: Error {}

    /// The health cell: nil when blank, a failure when it reads as no score.
    static func healthScore(_ table: Table, _ row: RawRow) -> Result<Double?, BadValue> {
        let text = table.value(row, "health")
        if text.isEmpty { return .success(nil) }
        return Values.health(text).map { .success($0) } ?? .failure(BadValue())
    }
}
