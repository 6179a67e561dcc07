import RefgapModel

/// What a whole column decides: date order, probability scale.
extension Ingest {
    /// Month-first or day-first for one date column, decided by the values that read in only one order;
    /// where none does, by the config's `date_order`. The decision goes into the ledger's notes.
    /// `otherWay`: what happens to a row whose date reads only the other way round (it is rejected,
    /// except where the field says otherwise: a roster's last verified date leaves its contact unverified).
    static func decideDateOrder(
        _ table: Table, _ field: String, config: Config, ledger: inout InputLedger,
        otherWay: String = "those rows are rejected"
    )
        -> Values.DateForm
    {
        guard let column = table.columns[field] else { return Values.DateForm(config.dateOrderInEffect) }
        var votes = DateVotes()
        for row in table.rows where column < row.fields.count { votes.add(row.fields[column]) }
        return decideDateOrder(
            votes, header: table.header(of: column, or: field), config: config, ledger: &ledger, otherWay: otherWay)
    }

    /// Open deals and their pipeline (`DateVotes.openEitherWay`).
    struct OpenDeals: Sendable, Equatable {
        var deals = 0
        var pipeline = 0.0
        mutating func add(_ amount: Double, deal: Bool) {
            if deal { deals += 1 }
            pipeline += amount
        }
        mutating func add(_ other: OpenDeals) {
            deals += other.deals
            pipeline += other.pipeline
        }
    }

    /// Counts of the values that read only month-first, only day-first, or either way; that read in
    /// one way by their form (ISO, month names); and that are Excel serial day numbers.
    struct DateVotes: Sendable {
        var monthFirst = 0, dayFirst = 0, ambiguous = 0, exact = 0, excelSerial = 0
        /// Of those, the dates written with dots that read only month-first, only day-first, either way.
        var dottedMonthFirst = 0, dottedDayFirst = 0, dottedAmbiguous = 0
        /// The open deals whose close date reads either way, with their amounts in the run's currency:
        /// the pipeline whose window the order decides (counted by the export's pass only); and of
        /// those, the deals whose close date is written with dots.
        var openEitherWay = OpenDeals(), dottedOpenEitherWay = OpenDeals()
        /// Counts an open deal of `amount` whose close date has vote `code` (`deal`: false for a deal's
        /// second line item, whose amount is a share of the deal's).
        mutating func addOpenDeal(code: UInt8, amount: Double, deal: Bool = true) {
            guard code == 3 || code == 8 else { return }
            openEitherWay.add(amount, deal: deal)
            if code == 8 { dottedOpenEitherWay.add(amount, deal: deal) }
        }
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
            dottedMonthFirst += o.dottedMonthFirst
            dottedDayFirst += o.dottedDayFirst
            dottedAmbiguous += o.dottedAmbiguous
            openEitherWay.add(o.openEitherWay)
            dottedOpenEitherWay.add(o.dottedOpenEitherWay)
        }
        /// A reading's vote as a small code, to remember per distinct value: 0 no date, 1 month-first,
        /// 2 day-first, 3 either way, 4 one way by its form, 5 an Excel serial day number; 6, 7 and 8 as
        /// 1, 2 and 3 for a date written with dots.
        static func code(_ reading: Values.DateReading?) -> UInt8 {
            guard let reading else { return 0 }
            let dotted: UInt8
            switch reading {
            case .exact: return 4
            case .excelSerial: return 5
            case .ordered: dotted = 0
            case .dotted: dotted = 5
            }
            switch reading.vote {
            case .monthFirst: return 1 + dotted
            case .dayFirst: return 2 + dotted
            case nil: return 3 + dotted
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
            case 6:
                monthFirst += rows
                dottedMonthFirst += rows
            case 7:
                dayFirst += rows
                dottedDayFirst += rows
            case 8:
                ambiguous += rows
                dottedAmbiguous += rows
            default: break
            }
        }
    }

    /// The column's form: Excel serial day numbers when those are more than half its dates (the others read
    /// too); month-first or day-first by the values that read only one way, else the config's `date_order`.
    static func decideDateOrder(
        _ votes: DateVotes, header: String, config: Config, ledger: inout InputLedger,
        otherWay: String = "those rows are rejected", evidence: DateEvidence? = nil, pipelineCurrency: String? = nil
    )
        -> Values.DateForm
    {
        // Dates written with dots (none reading only month-first) beside dates written otherwise are
        // read day-first, as dotted dates are written, and the order is the other dates': a trial's
        // roster merged from a US office and a German one read 09.01.2026 as 1 September (a stale
        // contact counted as supply) and 13.10.2026 as no date.
        var undotted = votes
        undotted.monthFirst -= votes.dottedMonthFirst
        undotted.dayFirst -= votes.dottedDayFirst
        undotted.ambiguous -= votes.dottedAmbiguous
        (undotted.dottedMonthFirst, undotted.dottedDayFirst, undotted.dottedAmbiguous) = (0, 0, 0)
        undotted.openEitherWay.deals -= votes.dottedOpenEitherWay.deals
        undotted.openEitherWay.pipeline -= votes.dottedOpenEitherWay.pipeline
        undotted.dottedOpenEitherWay = OpenDeals()
        let dotted = votes.dottedDayFirst + votes.dottedAmbiguous
        // (Nor does a dotted date settle the others' order: one EMEA row's 15.01.2027 turned a US
        // team's 1/11/2027 into 1 November in another trial.)
        let apart =
            dotted > 0 && votes.dottedMonthFirst == 0
            && undotted.monthFirst + undotted.dayFirst + undotted.ambiguous > 0
        let decided = apart ? undotted : votes
        var form = decideOrder(
            decided, header: header, config: config, ledger: &ledger, otherWay: otherWay,
            evidence: evidence,
            stake: pipelineCurrency.map { eitherWayStake(decided.openEitherWay, currency: $0) } ?? "")
        if apart && form.order == .monthFirst {
            form.dottedDayFirst = true
            // (The stake counts those that read either way: the others read day-first only.)
            let stake =
                votes.dottedAmbiguous > 0
                ? pipelineCurrency.map { eitherWayStake(votes.dottedOpenEitherWay, currency: $0) } ?? "" : ""
            ledger.notes.append(
                "\(dotted) date\(dotted == 1 ? "" : "s") in \(Clip.quoted(header)) written with dots (like 09.01.2026) \(dotted == 1 ? "was" : "were") read day-first, as dates with dots are written (9 January 2026)\(stake), though the column's other dates read month-first. If they are month-first, write them with slashes (01/09/2026)."
            )
        }
        let others = votes.monthFirst + votes.dayFirst + votes.ambiguous + votes.exact
        if votes.excelSerial > others {
            ledger.notes.append(
                "Dates in \"\(header)\" are Excel serial day numbers (\(votes.excelSerial) values, like 46350 for 2026-11-24): read as days since 1899-12-30\(others > 0 ? "; \(others) other values read as written dates" : ""). Export the column formatted as dates to see them as such."
            )
            form.serials = true
        }
        return form
    }

    /// What a guessed close-date order puts at stake, for the warning: the open deals whose close
    /// date reads either way and their pipeline (a guess is said with its rows and its pipeline).
    static func eitherWayStake(_ open: OpenDeals, currency: String) -> String {
        guard open.deals > 0 else { return ", no open deal among them" }
        let n = open.deals
        return
            ", among them the close dates of \(GroupedDigits.of(n)) open deal\(n == 1 ? "" : "s") (\(StageTable.amount(open.pipeline)) \(currency) of pipeline)"
    }

    private static func decideOrder(
        _ votes: DateVotes, header: String, config: Config, ledger: inout InputLedger, otherWay: String,
        evidence: DateEvidence?, stake: String
    )
        -> Values.DateForm
    {
        let monthFirst = votes.monthFirst, dayFirst = votes.dayFirst, ambiguous = votes.ambiguous
        if monthFirst == 0 && dayFirst == 0 {
            // Every one written with dots (10.01.2027): day-first, as dates with dots are written, and
            // as the column's dotted dates are read beside others (a trial's German export, every date
            // either way, was read month-first and put each deal months later).
            if ambiguous > 0 && votes.dottedAmbiguous == ambiguous {
                // (`decideDateOrder` passes the undotted dates apart with no dotted count: a trial's
                // two dotted and two slashed dates, all either way, had the slashed ones read day-first.)
                ledger.warnings.append(
                    "\(ambiguous) date\(ambiguous == 1 ? "" : "s") in \(Clip.quoted(header)) \(ambiguous == 1 ? "reads" : "read") either way and \(ambiguous == 1 ? "is" : "all are") written with dots (like 10.01.2027)\(stake): read day-first, as dates with dots are written (10 January 2027). If they are month-first, write them with slashes (01/10/2027)."
                )
                return Values.DateForm(.dayFirst)
            }
            if ambiguous > 0, let evidence, config.dateOrder == nil {
                // Another column of the file settles it, unless date_order was set: still a guess.
                let other: Config.DateOrder = evidence.order == .monthFirst ? .dayFirst : .monthFirst
                let because =
                    evidence.fromAmounts
                    ? "as the amounts in \(Clip.quoted(evidence.header)) are written with a decimal comma (like \(Clip.quoted(evidence.example))), and dates beside such amounts are written day-first"
                    : "as \(Clip.quoted(evidence.header)) in the same file has dates that read only that way (like \(Clip.quoted(evidence.example)))"
                ledger.warnings.append(
                    "\(ambiguous) date\(ambiguous == 1 ? "" : "s") in \(Clip.quoted(header)) \(ambiguous == 1 ? "reads" : "read") either way (dates like 03/04/2027, March 4 or 3 April)\(stake), and none settles the order: read \(evidence.order.rawValue), \(because). If \(Clip.quoted(header)) is written \(other.rawValue), set `date_order: \(other.rawValue)` in refgap.yml."
                )
                return Values.DateForm(evidence.order)
            }
            if ambiguous > 0, let set = config.dateOrder {
                // Set in refgap.yml: the user's answer, not a guess (trial h4 was warned of its own setting).
                ledger.notes.append(
                    "\(ambiguous) date\(ambiguous == 1 ? "" : "s") in \(Clip.quoted(header)) \(ambiguous == 1 ? "reads" : "read") either way (dates like 03/04/2027): read \(set.rawValue), as date_order says."
                )
            } else if ambiguous > 0 {
                // No value settles it: the default decides, and it is a guess worth a warning.
                let other: Config.DateOrder = config.dateOrderInEffect == .monthFirst ? .dayFirst : .monthFirst
                ledger.warnings.append(
                    "\(ambiguous) date\(ambiguous == 1 ? "" : "s") in \(Clip.quoted(header)) \(ambiguous == 1 ? "reads" : "read") either way (dates like 03/04/2027, March 4 or 3 April)\(stake), and none settles the order: read \(config.dateOrderInEffect.rawValue) (date_order). If this export writes dates \(other.rawValue), set `date_order: \(other.rawValue)` in refgap.yml."
                )
            }
            return Values.DateForm(config.dateOrderInEffect)
        }
        let order: Config.DateOrder = dayFirst > monthFirst ? .dayFirst : .monthFirst
        // Where values read only the other way too, the column mixes orders, and those that read either
        // way may be either: how many is said (a trial's EMEA team's 04/02/2027 read as 2 April, unsaid).
        let mixed = min(monthFirst, dayFirst) > 0 && ambiguous > 0
        ledger.notes.append(
            "Dates in \(Clip.quoted(header)) read as \(order.rawValue) (\(GroupedDigits.of(max(monthFirst, dayFirst))) value\(max(monthFirst, dayFirst) == 1 ? "" : "s") read only that way"
                + (min(monthFirst, dayFirst) > 0
                    ? ", \(min(monthFirst, dayFirst)) only the other way: \(otherWay))." : ").")
                + (mixed
                    ? " \(ambiguous) value\(ambiguous == 1 ? "" : "s") that read either way \(ambiguous == 1 ? "was" : "were") read \(order.rawValue) too\(stake), though the column has dates of both orders: if some were written \(order == .monthFirst ? "day-first" : "month-first"), write them as 2027-01-31."
                    : ""))
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
        // The note saying so is written with the deals and pipeline it touched (`StageTable.note`).
        guard votes.any, !votes.percent else { return 100 }
        return 1
    }
}
