import RefgapModel

/// Which logical field each header of a row would be read as: the config's `columns:` first, then the
/// built-in synonyms, then extra dimensions by their own name. It only matches; `Table.mapHeader`
/// judges (duplicates, missing fields) and `HeaderSearch` scores rows with it.
struct HeaderMatch {
    /// Logical field → column.
    var columns: [String: Int] = [:]
    var claimed = Set<Int>()
    /// Fields the config mapped, in key order.
    var fromConfig: [String] = []
    /// Config mappings whose header the row does not have, in key order.
    var missingOverrides: [(field: String, header: String)] = []
    /// No column named the stage, and the status column is read as the stage too.
    var stageFromStatus = false
    /// SugarCRM's and SuiteCRM's labels: `Amount` read as the converted amount, `Currency` not read
    /// (`readSuiteLabels`).
    var suiteLabels = false
    /// A CRM's amount column read as that CRM means it (`readOdoo`, `readClose`): the note that says so.
    var dialectAmountNote: (@Sendable ([String], Int) -> String)? = nil

    init(_ kind: InputKind, header: [String], fields: [FieldSpec], config: Config) {
        let folded = header.map(Text.fold)
        for (field, wanted) in (config.columns[kind.rawValue] ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let i = header.firstIndex(where: { $0 == wanted }) ?? folded.firstIndex(of: Text.fold(wanted)) else {
                missingOverrides.append((field, wanted))
                continue
            }
            columns[field] = i
            claimed.insert(i)
            fromConfig.append(field)
        }
        let synonyms = kind.synonyms
        let weakSpellings = Self.weakSpellings(kind)
        matchSpellings(fields, folded: folded, synonyms: synonyms, weak: false, weakSpellings: weakSpellings)
        // Pipedrive exports custom deal fields as `Deal - <field>` and Salesforce reports as `<object>:
        // <field>` (`Opportunity: Amount`, `Contact: Full Name`): with the prefix of the input's own
        // object they are the fields' usual names, and with `Account: ` those of its account
        // (`Account: Renewal Date`). Never another object's (`Opportunity Owner: Region` is the rep's,
        // `Account: Status` the account's: a trial's deals took both).
        // (`Product: ` is an opportunity product report's, for the product only.)
        let unprefixed = header.map { h -> (name: String, only: Set<String>?) in
            for p in kind.ownPrefixes where h.hasPrefix(p) { return (Text.fold(String(h.dropFirst(p.count))), nil) }
            if h.hasPrefix("Account: ") {
                return (Text.fold(String(h.dropFirst("Account: ".count))), kind.accountFields)
            }
            if kind == .opportunities && h.hasPrefix("Product: ") {
                return (Text.fold(String(h.dropFirst("Product: ".count))), ["product"])
            }
            return ("", nil)
        }
        for spec in fields where columns[spec.key] == nil {
            let names = Set(([spec.key] + (synonyms[spec.key] ?? [])).map(Text.fold))
            if let i = unprefixed.indices.first(where: {
                !claimed.contains($0) && !unprefixed[$0].name.isEmpty && names.contains(unprefixed[$0].name)
                    && unprefixed[$0].only.map { $0.contains(spec.key) } ?? true
            }) {
                columns[spec.key] = i
                claimed.insert(i)
            }
        }
        // The spellings that may name something broader are tried only where no other names the field,
        // prefixed or not (a trial's roster with `Product Line` left of `Products` lost every contact's
        // products; another's beat a report's `Product: Product Family`).
        matchSpellings(fields, folded: folded, synonyms: synonyms, weak: true, weakSpellings: weakSpellings)
        // Headers in another language last: an English export's own `Phase` column is not its stage.
        let otherLanguages = kind.otherLanguageSynonyms
        for spec in fields where columns[spec.key] == nil {
            guard let names = otherLanguages[spec.key] else { continue }
            if let i = folded.indices.first(where: { !claimed.contains($0) && names.contains(folded[$0]) }) {
                columns[spec.key] = i
                claimed.insert(i)
            }
        }
        for dim in config.dimensions where columns[dim] == nil {
            if let i = folded.indices.first(where: { !claimed.contains($0) && folded[$0] == Text.fold(dim) }) {
                columns[dim] = i
                claimed.insert(i)
            }
        }
        if kind == .opportunities {
            readSuiteLabels(folded)
            readOdoo(folded)
            readClose(folded)
        }
        // An export with a status but no stage column (Business Central's opportunities: Not Started,
        // In Progress, Won, Lost) has its stage in the status: read as both, and noted
        // (`OpportunityStream.noteStageFromStatus`).
        if columns["stage"] == nil, let status = columns["status"], fields.contains(where: { $0.key == "stage" }) {
            columns["stage"] = status
            stageFromStatus = true
        }
    }
}

/// Finds the header row. Spreadsheet and report exports put lines above it (Excel's `sep=;`, a report
/// title, `Filtered By:` lines, blank lines): the header is the first row that maps every required
/// field and at least two fields (or only known headers). When none of the first `lookahead` rows
/// does, it is the row that maps the most fields (the first row on a tie or when none maps any), so
/// that the missing-column message lists the real headers.
struct HeaderSearch {
    static let lookahead = 50
    /// The rows below the header a suggestion for a missing column is judged on, in `run` as in
    /// `validate` (on 49 rows and on 200, an owner column passed one's few-distinct-values test and not
    /// the other's, and the two commands suggested different columns).
    static let sampleRows = 200

    let kind: InputKind
    let fields: [FieldSpec]
    let config: Config
    /// The rows offered so far, trimmed.
    private(set) var rows: [RawRow] = []
    private var best: (index: Int, fields: Int)? = nil

    init(_ kind: InputKind, fields: [FieldSpec], config: Config) {
        self.kind = kind
        self.fields = fields
        self.config = config
    }

    /// Offers the next row; returns its index when it is the header.
    mutating func offer(_ row: RawRow) -> Int? {
        let cells = row.fields.map { Text.trim($0) }
        rows.append(RawRow(line: row.line, fields: cells))
        // A row holding an amount or a date is data, whatever header names its other cells happen to
        // match: a French Dynamics export whose relationship type read `Customer` (an account header's
        // name) and status `Won` had a deal taken for its header, unasked.
        if cells.contains(where: Self.isDataValue) { return nil }
        let match = HeaderMatch(kind, header: cells, fields: fields, config: config)
        let filled = cells.filter { !$0.isEmpty }.count
        let required = fields.allSatisfy { !$0.required || match.columns[$0.key] != nil }
        if required && match.missingOverrides.isEmpty && (match.columns.count >= 2 || match.columns.count == filled) {
            return rows.count - 1
        }
        if match.columns.count > (best?.fields ?? 0) { best = (rows.count - 1, match.columns.count) }
        return nil
    }

    /// A cell no header is: a number (`270000.00`, `$1,250,000.00`) or a date.
    static func isDataValue(_ cell: String) -> Bool {
        guard cell.contains(where: \.isNumber) else { return false }
        return Values.amount(cell) != nil || Values.date(cell) != nil
    }

    /// Keeps a row below a header already chosen, for the sample, without judging it.
    mutating func collect(_ row: RawRow) {
        rows.append(RawRow(line: row.line, fields: row.fields.map { Text.trim($0) }))
    }

    /// No row among the first `lookahead` maps every required field.
    var exhausted: Bool { rows.count >= Self.lookahead }

    /// The header when no row was: the one that maps the most fields, else the first.
    var fallback: Int { best?.index ?? 0 }

    /// The rows after the header, as offered (the first data rows, for suggestions).
    func sample(after index: Int) -> [[String]] { rows.dropFirst(index + 1).map(\.fields) }
}

extension InputLedger {
    /// Notes what was above the header: Excel's `sep=` line, and other lines (title, filters, blank).
    /// `separator`: the delimiter a `sep=` first line named, if there was one.
    mutating func noteLinesAboveHeader(headerLine: Int, separator: UInt8?) {
        if let separator {
            let shown = separator == UInt8(ascii: "\t") ? "\\t" : String(UnicodeScalar(separator))
            notes.append(
                "The first line, sep=\(shown), names the delimiter (Excel writes it): read as such and skipped.")
        }
        let skipped = headerLine - 1 - (separator == nil ? 0 : 1)
        if skipped > 0 {
            notes.append(
                "\(skipped) line\(skipped == 1 ? "" : "s") above the header (a report title, filters or blank lines) skipped: the header is line \(headerLine)."
            )
        }
    }
}

extension Table {
    /// Logical field → column. The config's `columns:` wins over the synonyms; a header that two
    /// fields could claim goes to the first; a field two headers match takes the first. `sample` holds
    /// the first data rows, whose values pick the suggestion when a required field has no column.
    static func mapHeader(
        _ kind: InputKind, header: [String], fields: [FieldSpec], config: Config, ledger: inout InputLedger,
        sample: [[String]] = []
    ) throws -> [String: Int] {
        let folded = header.map(Text.fold)
        var firstSeen: [String: Int] = [:]
        for (i, f) in folded.enumerated() where !f.isEmpty {
            if let first = firstSeen[f] {
                ledger.warnings.append(
                    "column \(Clip.quoted(header[i])) appears twice (columns \(first + 1) and \(i + 1)); the first is used."
                )
            } else {
                firstSeen[f] = i
            }
        }
        let match = HeaderMatch(kind, header: header, fields: fields, config: config)
        if let (field, wanted) = match.missingOverrides.first {
            throw InputError(
                path: ledger.path,
                """
                the config maps \(kind.rawValue) field "\(field)" to the column \(Clip.quoted(wanted)), but the file has no such column.
                  Headers found: \(header.map { Clip.text($0) }.joined(separator: ", "))
                """ + (Text.closest(to: wanted, in: header).map { "\n  Closest: \(Clip.quoted($0))" } ?? "")
                    + (EncodingHints.looksLikeCyrillic1251(header) ? "\n  " + EncodingHints.cyrillicAdvice : ""))
        }
        let knownKeys = Set(fields.map(\.key))
        for field in match.fromConfig where !knownKeys.contains(field) && !field.hasPrefix("dimension:") {
            if let i = match.columns[field] {
                ledger.notes.append(
                    "Column \(Clip.quoted(header[i])) mapped to extra field \"\(field)\" by the config.")
            }
        }
        let columns = match.columns
        for spec in fields where spec.required && columns[spec.key] == nil {
            throw missingColumn(
                kind, field: spec, header: header, path: ledger.path, sample: sample, claimed: match.claimed)
        }
        // Salesforce's Opportunity History report: a row per stage change. With the opportunity's id its
        // rows are versions of one deal (the latest `Edit Date` current); without it each change was
        // counted as a deal (a trial: 26 open deals where there were 7, pipeline 3.6 times too large).
        if kind == .opportunities, folded.contains("fromstage"), folded.contains("tostage"), columns["id"] == nil {
            throw InputError(
                path: ledger.path,
                "this looks like Salesforce's Opportunity History report: a row for each stage change (\"From Stage\", \"To Stage\"), not one for each deal, and no column holds the opportunity's id to join a deal's rows.\n  Add \"Opportunity ID\" to the report (a deal's rows are then read as its versions, the latest \"Edit Date\" current), or export an Opportunities report instead."
            )
        }
        // By column, then field: the stage read from the status column is listed before the status.
        ledger.mapping = columns.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map { ($0.key, header[$0.value]) }
        ledger.unmappedHeaders = header.indices.filter { !match.claimed.contains($0) }.map { header[$0] }
        ledger.notes += UnreadDimension.notes(
            kind, header: header, claimed: match.claimed, columns: columns, fields: fields,
            fromConfig: match.fromConfig)
        ledger.warnings += UnreadDimension.moneyWarnings(
            kind, header: header, claimed: match.claimed, columns: columns, fields: fields)
        ledger.warnings += UnreadFieldHints.warnings(kind, ledger, columns: columns, config: config)
        if match.suiteLabels {
            ledger.notes.append(Self.suiteLabelsNote(header: header, folded: folded, columns: columns))
        }
        // (A Close column in cents the config names is divided too, and said.)
        let centsNote = columns["amount"].map { HeaderMatch.isCloseCents(folded, amount: $0) } == true
        if let note = match.dialectAmountNote ?? (centsNote ? HeaderMatch.closeNote : nil),
            let amount = columns["amount"]
        {
            ledger.notes.append(note(header, amount))
        }
        if kind == .opportunities, let periods = AmountPeriods(folded: folded, amount: columns["amount"]) {
            ledger.notes.append(AmountPeriods.note(header, periods))
        }
        if kind == .opportunities, let w = HeaderMatch.perPeriodAmountWarning(header: header, columns: columns) {
            ledger.warnings.append(w)
        }
        if kind == .opportunities {
            ledger.dialect =
                HeaderSynonyms.opportunityDialects.first { dialect in
                    dialect.signature.allSatisfy { folded.contains(Text.fold($0)) }
                        // Sugar's labels only where `readSuiteLabels` took the layout for theirs.
                        && (dialect.name != Dialect.suiteLabels || match.suiteLabels)
                }?.name
        }
        return columns
    }
}

extension Table {
    /// How SugarCRM's and SuiteCRM's labels were read (`HeaderMatch.readSuiteLabels`).
    static func suiteLabelsNote(header: [String], folded: [String], columns: [String: Int]) -> String {
        var read: [String] = []
        if let converted = columns["amount_converted"] {
            read.append(
                "\(Clip.quoted(header[converted])) is read as the amount converted to the system currency\(columns["amount"].map { " and \(Clip.quoted(header[$0])) (the deal's own currency) only where it is blank" } ?? "")"
            )
        }
        if let currency = SugarLabels.set(in: folded)?.currency, let c = folded.firstIndex(of: currency),
            columns["amount_currency"] != c
        {
            read.append(
                "\(Clip.quoted(header[c])) (a currency record's id, such as -99, not a currency code) is not read")
        }
        read.append(
            "a currency's sign or code in an amount ($, €, CHF) is the exporting user's display currency, not the deal's, so it is not read"
        )
        return
            "SugarCRM's and SuiteCRM's export labels: \(read.joined(separator: "; ")). Map `amount_converted` or `amount_currency` under `columns:` in refgap.yml to read them otherwise."
    }
}

extension HeaderMatch {
    /// The *Export* action of SugarCRM CE and SuiteCRM writes labels (docs/dialects.md): `Opportunity
    /// Amount` in the deal's own currency, `Amount` converted to the system currency, and `Currency`
    /// the currency record's id (`-99`, a GUID), no code. There `Amount` is the converted amount (in
    /// Salesforce's reports it is the deal's amount) unless the config maps the converted amount
    /// elsewhere, and `Currency` is not read unless the config maps it: its ids were warned about as
    /// currencies without a rate, with a `currency_rates` line that could not help. `refgap init`
    /// writes the mapping it read into refgap.yml, so the same mapping from the config keeps the rule.
    mutating func readSuiteLabels(_ folded: [String]) {
        guard let labels = SugarLabels.set(in: folded) else { return }
        suiteLabels = true
        // The deal's own amount is the pack's longer label; another reading may have left it unread
        // (Spanish `Cantidad`) or given the amount to the converted label (Salesforce's German `Betrag`).
        if !fromConfig.contains("amount"), columns["amount"] == nil || columns["amount"] == labels.converted,
            !claimed.contains(labels.own)
        {
            if let c = columns["amount"] { claimed.remove(c) }
            columns["amount"] = labels.own
            claimed.insert(labels.own)
        }
        if columns["amount"] == labels.own, columns["amount_converted"] == nil, !claimed.contains(labels.converted) {
            columns["amount_converted"] = labels.converted
            claimed.insert(labels.converted)
        }
        if !fromConfig.contains("amount_currency"), let c = columns["amount_currency"], folded[c] == labels.currency {
            columns["amount_currency"] = nil
            claimed.remove(c)
        }
    }

    /// Folded spellings matched after every other: `Product Line` is a product column only where no
    /// `Product` or `Products` column is. In an opportunity export, `Description` is the deal's name
    /// only where no `Name` is (Business Central's; Sugar's holds a note), and `date_closed` the close
    /// date only where no other header is (Sugar's expected close date; Business Central's `Date
    /// Closed`, blank on open deals, sits left of its `Estimated Closing Date`). Business Central's
    /// other headers that a sheet may hold for something else come last too: `No.` (a sheet's row
    /// counter, left of its `Opportunity ID`, would have made every line item a deal of its own),
    /// `Contact Company Name` and the salesperson. In a roster, a bare `Status` is the CRM record's
    /// where the program's own (`Reference Program Status`, `Referenceable`) is beside it.
    static func weakSpellings(_ kind: InputKind) -> Set<String> {
        switch kind {
        case .opportunities:
            [
                "productline", "productarea", "description", "dateclosed", "no", "contactcompanyname",
                "salespersonname", "salespersoncode",
            ]
        case .roster: ["productline", "productarea", "status"]
        default: ["productline", "productarea"]
        }
    }

    /// The fields still without a column take the first unclaimed header that is one of their
    /// spellings: the weak ones (`weakSpellings`) or the others.
    mutating func matchSpellings(
        _ fields: [FieldSpec], folded: [String], synonyms: [String: [String]], weak: Bool, weakSpellings: Set<String>
    ) {
        for spec in fields where columns[spec.key] == nil {
            let names = Set(([spec.key] + (synonyms[spec.key] ?? [])).map(Text.fold)).filter {
                weakSpellings.contains($0) == weak
            }
            if let i = folded.indices.first(where: { !claimed.contains($0) && names.contains(folded[$0]) }) {
                columns[spec.key] = i
                claimed.insert(i)
            }
        }
    }
}

extension InputKind {
    /// The prefixes a report puts on the columns of this input's own object (`HeaderMatch`).
    var ownPrefixes: [String] {
        switch self {
        case .opportunities: ["Deal - ", "Opportunity: ", "Deal: "]
        case .roster: ["Contact: ", "Reference: ", "Reference Program Member: ", "Member: ", "Advocate: "]
        case .accounts: ["Account: "]
        case .calendar: []
        }
    }

    /// The fields an `Account: ` column can be: the account's own (a deal's or a contact's account).
    var accountFields: Set<String> {
        switch self {
        case .roster:
            [
                "account", "industry", "region", "country", "state", "size", "employees", "renewal_date", "health",
                "csm",
            ]
        default: ["account", "industry", "region", "country", "state", "size", "employees"]
        }
    }
}
