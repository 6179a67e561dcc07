import RefgapModel

/// The reference roster: one row per contact.
extension Ingest {
    package static let rosterFields: [FieldSpec] = [
        FieldSpec("id"), FieldSpec("account", required: true), FieldSpec("contact"), FieldSpec("title"),
        FieldSpec("seniority"), FieldSpec("status", required: true), FieldSpec("activities"),
        FieldSpec("last_verified"), FieldSpec("last_used"), FieldSpec("uses_last_90_days"),
        FieldSpec("max_uses_per_quarter"), FieldSpec("rest_until"), FieldSpec("health"), FieldSpec("csm"),
        FieldSpec("renewal_date"), FieldSpec("email"), FieldSpec("first_name"), FieldSpec("last_name"),
        FieldSpec("do_not_contact"),
    ]

    /// Roster statuses as written → class. Unknown values are rejected rows.
    package static let statusClasses: [String: StatusClass] = [
        "active": .active, "available": .active, "approved": .active, "referenceable": .active, "yes": .active,
        "pending": .pending, "nominated": .pending, "candidate": .pending, "onboarding": .pending, "invited": .pending,
        "onhold": .hold, "hold": .hold, "paused": .hold, "resting": .hold,
        "inactive": .inactive, "retired": .inactive, "donotuse": .inactive, "churned": .inactive,
        "leftcompany": .inactive, "no": .inactive, "declined": .inactive,
        // A referenceable checkbox read as the status (`Referenceable__c`, `Is Referenceable`: true/false,
        // X): a trial's roster had every such row rejected, `status "TRUE" is not one refgap knows`. Not
        // 1 and 0: a row broken by a line break puts a number in the status column, to be rejected.
        "true": .active, "false": .inactive, "y": .active, "n": .inactive, "x": .active, "ja": .active,
        "nein": .inactive, "oui": .active, "non": .inactive,
        // The same words in the languages the dialects read (a trial's roster from a German and a
        // Spanish office had every such contact rejected).
        "aktiv": .active, "activo": .active, "actif": .active, "ativo": .active, "attivo": .active, "actief": .active,
        "inaktiv": .inactive, "inactivo": .inactive, "inactif": .inactive, "inativo": .inactive,
        "inattivo": .inactive, "inactief": .inactive,
        // Their feminine forms and the other usual statuses (trial h4's `Ativa`, `Pendente` were rejected).
        "ativa": .active, "activa": .active, "attiva": .active, "inativa": .inactive, "inactiva": .inactive,
        "pendente": .pending, "pendiente": .pending, "enattente": .pending, "ausstehend": .pending,
        "pausiert": .hold, "enpause": .hold, "enpausa": .hold, "pausado": .hold, "pausada": .hold,
    ]

    package static func roster(path: String, config: Config, progress: ProgressHandler? = nil) throws -> Ingested<
        ContactRow
    > {
        var table = try Table.read(
            .roster, path: path, fields: rosterFields + dimensionFields(config), config: config, progress: progress)
        var ledger = table.ledger
        let typing = RosterTyping(table, config: config, ledger: &ledger)
        // A large program's roster is typed in two halves on two cores, each with its own rejects and
        // statuses read by their words, joined in file order: the same rows, rejects and notes as one pass.
        let (typed, parts) = typeInHalves(typing, count: table.rows.count)
        var rows = typed
        let tableIndices = parts.flatMap(\.tableIndices)
        // The rows identical to an earlier one are found from the table on a thread of its own while
        // the people listed twice are found: after the halves this is one core's work, and the
        // export's pass has not started yet.
        let identicalFinding = Background { [table] in RosterDuplicates.identicalRows(tableIndices, table: table) }
        var statusReading = StatusReading(config: config)
        var unreadableVerified: [(text: String, shown: String)] = []
        var convertedLimits: [String] = [], monthOnly: [String] = []
        var decimalCounts: [UseCounts.Decimal] = []
        var unsetCounts: [String] = []
        var outByFlag: [String: Int] = [:]
        for part in parts {
            outByFlag.merge(part.outByFlag, uniquingKeysWith: +)
            unreadableVerified += part.unreadableVerified
            convertedLimits += part.convertedLimits
            decimalCounts += part.decimalCounts
            unsetCounts += part.unsetCounts
            monthOnly += part.monthOnlyVerified
            for (row, reason) in part.rejects { ledger.reject(row, reason) }
            statusReading.absorb(part.statuses)
        }
        let statusLines = statusReading.lines
        ledger.notes += statusLines.notes
        ledger.warnings += statusLines.warnings
        if !unreadableVerified.isEmpty {
            let n = unreadableVerified.count
            // Excel's day numbers among written dates (a cell formatted as a number): named as such, with
            // the date each stands for (a trial's program manager could not tell 46045 was a date).
            let serials = unreadableVerified.compactMap { Values.excelDayNumber($0.text) }
            let serialWords =
                serials.isEmpty
                ? ""
                : "\(serials.count == n ? (n == 1 ? " It is" : " They are") : " \(serials.count) of them \(serials.count == 1 ? "is" : "are")") a number as Excel counts days (\(serials[0].whole) is \(serials[0].day)): cells formatted as numbers in a column of dates. Format the column as dates in the spreadsheet and save the CSV again."
            ledger.warnings.append(
                "\(n) contact\(n == 1 ? "'s" : "s'") last verified date\(n == 1 ? " is" : "s are") not a date: \(unreadableVerified.prefix(10).map(\.shown).joined(separator: "; "))\(n > 10 ? "; and \(n - 10) more" : ""). \(n == 1 ? "It was" : "They were") kept as not verified, so \(n == 1 ? "it is" : "they are") not supply but listed to re-verify.\(serialWords) Write the date the contact last confirmed, e.g. 2026-11-22."
            )
        }
        if !monthOnly.isEmpty {
            let n = monthOnly.count
            ledger.notes.append(
                "\(n) contact\(n == 1 ? "'s" : "s'") last verified date\(n == 1 ? " is" : "s are") a month without a day (\(Clip.quoted(monthOnly[0]))\(n > 1 ? " and others" : "")): read as the month's first day, the earliest it can be."
            )
        }
        // Said with how many each took out: a flag beside the status decides who is supply.
        if !outByFlag.isEmpty {
            let n = outByFlag.values.reduce(0, +)
            let why = outByFlag.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            ledger.notes.append(
                "\(n) contact\(n == 1 ? " is" : "s are") inactive by a column beside the status, whatever the status says (\(why.joined(separator: ", "))): listed as excluded, with the column and its cell."
            )
        }
        if !convertedLimits.isEmpty {
            let n = convertedLimits.count
            ledger.notes.append(
                "\(n) contact\(n == 1 ? "'s" : "s'") max uses per quarter \(n == 1 ? "was" : "were") written per year or month (\(Clip.quoted(convertedLimits[0]))\(n > 1 ? " and others" : "")): converted to a quarter's: a year's divided by 4, a month's times 3."
            )
        }
        if let warning = UseCounts.warning(decimalCounts) { ledger.warnings.append(warning) }
        if !unsetCounts.isEmpty {
            let n = unsetCounts.count, kinds = Array(Set(unsetCounts.map(Text.trim))).sorted()
            let shown = kinds.prefix(8).map { Clip.quoted($0) }.joined(separator: ", ")
            ledger.notes.append(
                "\(n) use count\(n == 1 ? "" : "s") or limit\(n == 1 ? "" : "s") written without a number (\(shown)\(kinds.count > 8 ? " and \(kinds.count - 8) more" : "")) read as if blank: no recent uses, and the default limit (max_uses_per_quarter). Write a number to set one."
            )
        }
        let identical = identicalFinding.value()
        RosterDuplicates.resolve(
            &rows, identical: identical, tableIndices: tableIndices, table: table, config: config, ledger: &ledger)
        if table.columns["contact"] == nil, let first = table.columns["first_name"],
            let last = table.columns["last_name"]
        {
            ledger.notes.append(
                "Names are \(Clip.quoted(table.header(of: first, or: "first name"))) and \(Clip.quoted(table.header(of: last, or: "last name"))) joined (no column holds the whole name)."
            )
        } else if table.columns["contact"] == nil, let only = table.columns["first_name"] ?? table.columns["last_name"]
        {
            // Half a name: two people of one account who share it read as one person listed twice
            // (a roster of first names merged its two Johns at one account, and only the duplicate
            // warning said so, not why).
            let which = table.columns["first_name"] != nil ? "first" : "last"
            ledger.notes.append(
                "Names are \(Clip.quoted(table.header(of: only, or: "\(which) name"))) alone (no column holds the whole name or the \(which == "first" ? "last" : "first") name): two people of one account with the same \(which) name are taken for one contact listed twice unless an email or id tells them apart."
            )
        }
        // A roster of accounts (no name columns) is a way to keep one; a blank name in a roster of
        // people is a row nobody can call, counted as supply all the same: said, with its lines.
        if table.columns["contact"] != nil || table.columns["first_name"] != nil || table.columns["last_name"] != nil {
            let nameless = rows.filter { $0.name.isEmpty && $0.status == .active }
            if !nameless.isEmpty {
                let n = nameless.count
                ledger.warnings.append(
                    "\(n) active contact\(n == 1 ? " has" : "s have") no name (line\(n == 1 ? "" : "s") \(Clip.lines(nameless.map(\.line), shown: 10))): \(n == 1 ? "it counts" : "they count") as supply at \(n == 1 ? "its" : "their") account. Name the person to call, or set the status to Inactive if there is none."
                )
            }
        }
        let fields = Set(table.columns.keys)
        // The table's 20,000 rows of cells (a large roster's) freed on a thread of their own, its
        // other holder let go first: 16 million instructions the main thread needs for the next stage.
        _ = consume typing
        freeOnAnotherThread(&table.rows)
        return Ingested(rows: rows, ledger: ledger, fields: fields)
    }

    /// The table's `count` rows typed, a large roster's in two halves on two cores, each half writing
    /// its contacts straight into one array: the second half's then moved down after the first's
    /// (moved, not copied: appending them copied 10,000 contacts' strings, retained and then released,
    /// and held both halves' arrays beside the joined one, 7 MB more at 20,000 contacts).
    private static func typeInHalves(_ typing: RosterTyping, count n: Int) -> ([ContactRow], [RosterTyping.Part]) {
        if n < 2048 {
            let (rows, part) = typing.type(0..<n)
            return (rows, [part])
        }
        let half = n / 2
        var parts: [RosterTyping.Part] = []
        let rows = [ContactRow](unsafeUninitializedCapacity: n) { buffer, initialized in
            let slots = TypedSlots(buffer)
            let (first, second) = inParallel(
                { slots.type(typing, 0..<half) },
                { slots.type(typing, half..<n) })
            slots.move(from: half, to: first.typed, count: second.typed)
            initialized = first.typed + second.typed
            parts = [first.part, second.part]
        }
        return (rows, parts)
    }

    /// An array's memory being filled by both halves at once, each in its own span: shared across
    /// threads, written by one half at a time in spans that never overlap.
    private struct TypedSlots: @unchecked Sendable {
        let base: UnsafeMutablePointer<ContactRow>
        init(_ buffer: UnsafeMutableBufferPointer<ContactRow>) {
            guard let base = buffer.baseAddress else { preconditionFailure("typed into an array of no capacity") }
            self.base = base
        }

        /// Types `range` into the slots from `range.lowerBound` on: the part and how many contacts it wrote.
        func type(_ typing: RosterTyping, _ range: Range<Int>) -> (part: RosterTyping.Part, typed: Int) {
            var next = base + range.lowerBound
            let part = typing.type(range) { row in
                next.initialize(to: row)
                next += 1
            }
            return (part, next - (base + range.lowerBound))
        }

        /// Moves `count` contacts from slot `from` down to slot `to` (the spans may overlap).
        func move(from: Int, to: Int, count: Int) {
            guard from != to, count > 0 else { return }
            (base + to).moveInitialize(from: base + from, count: count)
        }
    }

    /// The example row of a template `refgap init` wrote, still there.
    static func isExampleRow(_ cell: String) -> Bool {
        let first = cell.utf8.first { b in b >= 0x80 || (0x30...0x39).contains(b) || (0x61...0x7A).contains(b | 0x20) }
        guard let first else { return false }
        // Folding keeps letters and digits, lowercased: an ASCII cell can fold to the marker only if
        // its first one is the marker's first letter (most cells are turned away without folding).
        if first < 0x80 && first | 0x20 != InitTemplates.exampleMarkerFolded.utf8.first { return false }
        return Text.fold(cell) == InitTemplates.exampleMarkerFolded
    }

    /// Roster statuses to classes: the config's `statuses:`, the known names, then the words.
    /// Counts the statuses classed by their words, for the ledger's notes.
    struct StatusReading: Sendable {
        let configured: [String: StatusClass]
        var byWords: [String: (label: String, status: StatusClass, rows: Int)] = [:]
        var order: [String] = []
        /// Texts classed by the config or the known names, as written: a roster repeats a handful.
        /// (Those read by their words are counted per row, so they are looked up each time.)
        private var named: [String: StatusClass] = [:]

        init(config: Config) {
            configured = Dictionary(
                config.statuses.map { (Text.fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        }

        mutating func classify(_ text: String) -> StatusClass? {
            if let c = named[text] { return c }
            let f = Text.fold(text)
            if let c = configured[f] ?? statusClasses[f] {
                if named.count < 1024 { named[text] = c }
                return c
            }
            if let known = byWords.index(forKey: f) {
                byWords.values[known].rows += 1
                return byWords.values[known].status
            }
            guard !f.isEmpty, let c = StatusWords.classify(text) else { return nil }
            byWords[f] = (text, c, 1)
            order.append(f)
            return c
        }

        /// Another part's statuses read by their words, met after this part's.
        mutating func absorb(_ other: StatusReading) {
            for f in other.order {
                guard let theirs = other.byWords[f] else { continue }
                if byWords[f] != nil {
                    byWords[f]?.rows += theirs.rows
                } else {
                    byWords[f] = theirs
                    order.append(f)
                }
            }
        }

        /// One line per status read by its words: a warning for a guess that keeps contacts out of supply
        /// (a trial's `Active - do not overuse` set its contact aside with only a note) and for one that
        /// counts them in on words that may not mean active now (another's `Previously referenceable`
        /// and `Available from Q2 2027`: 35 references covered where 10 could be, with only notes); a
        /// note for a status all of whose words say active (`Active - Verified`).
        var lines: (notes: [String], warnings: [String]) {
            var out: (notes: [String], warnings: [String]) = ([], [])
            for v in order.compactMap({ byWords[$0] }) {
                let line =
                    "Status \"\(v.label)\" is not a known status: read as \(v.status.rawValue) by its words (\(v.rows) row\(v.rows == 1 ? "" : "s"), \(v.status == .active ? "counted" : "not counted") as supply); to class it otherwise, add it under statuses: in refgap.yml (e.g. statuses: {\(Text.yamlQuote(v.label)): \(v.status == .active ? "inactive" : "active")})."
                if v.status == .active && StatusWords.plainlyActive(v.label) {
                    out.notes.append(line)
                } else {
                    out.warnings.append(line)
                }
            }
            return out
        }
    }
}
