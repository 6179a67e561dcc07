import RefgapModel

/// Types a range of the roster's rows into contacts: the columns looked up once (a large roster's
/// rows each read a dozen cells), the date orders decided on the whole column first. Ranges are typed
/// independently (`Ingest.roster` types two halves at once) and joined in file order.
struct RosterTyping: Sendable {
    let table: Table
    let config: Config
    private let account, status, id, contact, title, seniority, activities, csm, health, email: Int?
    /// Flags beside the status that take a contact out: a do-not-contact flag set, a referenceable
    /// checkbox unticked.
    private let doNotContact, referenceable: Int?
    /// First and last name columns, read as the name where no column holds it whole.
    private let firstName, lastName: Int?
    /// last_verified, last_used, rest_until, renewal_date, in that order.
    private let dates: [(field: String, column: Int?, order: Values.DateForm)]
    /// uses_last_90_days, max_uses_per_quarter.
    private let counts: [(field: String, column: Int?)]
    /// The unit the limit column's name gives its plain numbers (`Max Uses per Year`: `year`), nil for
    /// a quarter's or none: a trial's 8 a year were read as 8 a quarter, on refgap's own advice.
    private let limitUnit: String?
    private let dimensionColumns: Ingest.DimensionColumns
    /// 100 when the health column is written from 0 to 1 (`HealthScale`), else 1.
    private let healthFactor: Double
    /// The list columns (products, activities) and cells that separate their values with commas.
    private let commaLists: CommaLists
    /// The product column when it may list products with commas (looked up once, not per row).
    private let commaProducts: Int?
    /// One column per activity, ticked, where no column lists them.
    private let activityTicks: ActivityTickColumns?

    /// What typing one range gives beside its contacts: its rejected rows with their reasons, and the
    /// statuses read by their words.
    struct Part: Sendable {
        var rejects: [(row: RawRow, reason: String)] = []
        var statuses: Ingest.StatusReading
        /// Last verified dates that are not dates, as written and as the warning shows them (with the
        /// contact and line), in file order: their contacts are kept as not verified (to re-verify),
        /// not rejected with their capacity.
        var unreadableVerified: [(text: String, shown: String)] = []
        /// Last verified dates written as a month (`Sept 2026`), as written: read as its first day.
        var monthOnlyVerified: [String] = []
        /// Limits written per year or month (`8 per year`), as written: converted to per quarter.
        var convertedLimits: [String] = []
        /// Uses written with three zero decimals (`2.000`): read as the whole number (`UseCounts`).
        var decimalCounts: [UseCounts.Decimal] = []
        /// Uses and limits written without a number (`N/A`, `Unlimited`), as written: read as blank.
        var unsetCounts: [String] = []
        /// Contacts made inactive by a column beside their status, by why (`"Do Not Call" set`).
        var outByFlag: [String: Int] = [:]
        /// Per contact typed, its row's place in the table (duplicates compare the raw cells).
        var tableIndices: [Int] = []
        /// Activities cells read so far → their list: a large roster repeats a few thousand, and each
        /// list read anew was an array and strings, allocated while the other half allocated too.
        var activityLists = Memo<String, [String]>()
    }

    /// Up to four optional values in place (a row's dates, its counts): an array of them was a heap
    /// allocation per row.
    struct FourSlots<T> {
        private var a, b, c, d: T?
        subscript(_ i: Int) -> T? {
            get { i == 0 ? a : i == 1 ? b : i == 2 ? c : d }
            set {
                switch i {
                case 0: a = newValue
                case 1: b = newValue
                case 2: c = newValue
                default: d = newValue
                }
            }
        }
    }

    /// Decides the date columns' orders (noted in `ledger`).
    init(_ table: Table, config: Config, ledger: inout InputLedger) {
        self.table = table
        self.config = config
        let column = { (field: String) in table.columns[field] }
        account = column("account")
        status = column("status")
        id = column("id")
        contact = column("contact")
        firstName = column("first_name")
        lastName = column("last_name")
        title = column("title")
        seniority = column("seniority")
        activities = column("activities")
        csm = column("csm")
        health = column("health")
        email = column("email")
        doNotContact = column("do_not_contact")
        // The columns' decisions each read every row (at 20,000 contacts, 15 ms on one core while the
        // other waited): the dates' on one core, the health scale's and the comma lists' on the other,
        // each noting into a ledger of its own. Their notes and warnings are then added in the order one
        // core would have added them.
        let blank = {
            var unnoted = ledger
            (unnoted.notes, unnoted.warnings) = ([], [])
            return unnoted
        }()
        let ((decided, datesNoted), (health, commas, othersNoted)) = inParallel(
            {
                var noted = blank
                let decided = ["last_verified", "last_used", "rest_until", "renewal_date"].map { field in
                    (
                        field: field, column: table.columns[field],
                        order: Ingest.decideDateOrder(
                            table, field, config: config, ledger: &noted,
                            otherWay: field == "last_verified"
                                ? "those contacts are kept as not verified, to re-verify" : "those rows are rejected")
                    )
                }
                return (decided, noted)
            },
            {
                var noted = blank
                let health = HealthScale.decide(table, column: table.columns["health"], ledger: &noted)
                return (health, CommaLists(table, config: config, ledger: &noted), noted)
            })
        for noted in [datesNoted, othersNoted] {
            ledger.notes += noted.notes
            ledger.warnings += noted.warnings
        }
        dates = decided
        counts = ["uses_last_90_days", "max_uses_per_quarter"].map { (field: $0, column: column($0)) }
        limitUnit = column("max_uses_per_quarter").flatMap { Values.limitUnit(header: table.header(of: $0, or: "")) }
        dimensionColumns = Ingest.DimensionColumns(table, config)
        healthFactor = health
        commaLists = commas
        commaProducts = table.columns["product"].flatMap { commas.mayHold($0) ? $0 : nil }
        activityTicks = ActivityTickColumns(table, ledger: &ledger)
        // A referenceable checkbox beside the program's status (ReferenceEdge's `Is Referenceable`
        // beside its `Referenceability Status`). Not a field of its own: its spellings are the
        // status's (a lone one is the status), and a spelling belongs to one field.
        let mapped = Set(table.columns.values)
        referenceable = ledger.header.indices.first { column in
            !mapped.contains(column)
                && ["referenceable", "isreferenceable", "isreferenceablec", "referenceablec"].contains(
                    Text.fold(ledger.header[column]).replacingOccurrences(of: "refedge", with: ""))
        }
        if let column = referenceable { ledger.unmappedHeaders.removeAll { $0 == ledger.header[column] } }
    }

    /// A list cell with its commas read as `;` where its column lists with commas.
    private func list(_ row: RawRow, _ column: Int?) -> String {
        let cell = table.cell(row, column)
        guard let column, commaLists.splits(cell, column: column) else { return cell }
        return cell.replacingOccurrences(of: ",", with: ";")
    }

    /// The contact's name: its column, else its first and last names joined (a Salesforce contact
    /// report's `First Name` and `Last Name`: every contact of a trial's was nameless).
    private func name(_ row: RawRow) -> String {
        if contact != nil { return table.cell(row, contact) }
        return [table.cell(row, firstName), table.cell(row, lastName)].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The contacts of `range`, in order, and the rest of what typing them gives.
    func type(_ range: Range<Int>) -> (rows: [ContactRow], part: Part) {
        var rows: [ContactRow] = []
        rows.reserveCapacity(range.count)
        let part = type(range) { rows.append($0) }
        return (rows, part)
    }

    /// The contacts of `range` handed to `emit` in order: the roster's halves write theirs straight
    /// into the one array that joins them.
    func type(_ range: Range<Int>, emit: (consuming ContactRow) -> Void) -> Part {
        var part = Part(statuses: Ingest.StatusReading(config: config))
        for index in range {
            let row = table.rows[index]
            switch contactRow(
                row, index: index, statuses: &part.statuses, unreadableVerified: &part.unreadableVerified,
                monthOnlyVerified: &part.monthOnlyVerified, convertedLimits: &part.convertedLimits,
                decimalCounts: &part.decimalCounts, unsetCounts: &part.unsetCounts,
                activityLists: &part.activityLists, outByFlag: &part.outByFlag)
            {
            case .success(let c):
                emit(c)
                part.tableIndices.append(index)
            case .failure(let rejected): part.rejects.append((row, rejected.reason))
            }
        }
        return part
    }

    /// The row's dimension cells, a product list with commas read as `;`.
    private func dimensions(_ row: RawRow) -> RawDimensions {
        var cells = dimensionColumns.cells(table, row)
        if let c = commaProducts, cells.cells["product"] != nil {
            cells.cells["product"] = list(row, c)
        }
        return cells
    }

    struct Rejected: Error {
        let reason: String
    }

    private func contactRow(
        _ row: RawRow, index: Int, statuses: inout Ingest.StatusReading,
        unreadableVerified: inout [(text: String, shown: String)],
        monthOnlyVerified: inout [String], convertedLimits: inout [String],
        decimalCounts: inout [UseCounts.Decimal], unsetCounts: inout [String],
        activityLists: inout Memo<String, [String]>, outByFlag: inout [String: Int]
    ) -> Result<ContactRow, Rejected> {
        let accountText = table.cell(row, account)
        // A sheet's merged account cell leaves its account on its first row only (a trial's): said.
        guard !accountText.isEmpty else {
            return .failure(
                Rejected(
                    reason:
                        "account is blank (a cell merged over several contacts keeps its account on the first row only: write the account on every row)"
                ))
        }
        if Ingest.isExampleRow(accountText) {
            return .failure(Rejected(reason: InitTemplates.exampleReason(.roster)))
        }
        let statusText = table.cell(row, status)
        guard var statusClass = statuses.classify(statusText) else {
            return .failure(
                Rejected(
                    reason: statusText.isEmpty
                        ? "status is blank (expected Active, Pending, On hold or Inactive, or a synonym)"
                        : "status \(Clip.quoted(statusText)) is not one refgap knows, and none of its words says active, pending, on hold or inactive (known: Active, Available, Approved, Referenceable, Pending, Nominated, Candidate, Onboarding, On hold, Paused, Resting, Inactive, Retired, Do not use, Churned, Left company); class it under statuses: in refgap.yml"
                ))
        }
        var days = FourSlots<Day>()
        for (i, date) in dates.enumerated() {
            let text = table.cell(row, date.column)
            if text.isEmpty { continue }
            guard let d = Ingest.resolveDate(text, order: date.order) else {
                // A verified date that is not a date leaves the contact unverified, as a blank one does.
                if date.field == "last_verified" {
                    if let first = Values.monthOfYear(text) {
                        monthOnlyVerified.append(text)
                        days[i] = first
                    } else {
                        // A date only the other way round than the column is read says which it would be.
                        let otherWay = Values.otherWay(text, order: date.order).map { ", \($0.order) \($0.day)" }
                        unreadableVerified.append(
                            (
                                text,
                                "\(Clip.quoted(text)) (\(Clip.text(name(row).nonEmpty ?? table.cell(row, account))), line \(row.line)\(otherWay ?? ""))"
                            ))
                    }
                    continue
                }
                return .failure(
                    Rejected(
                        reason: Values.notADate(
                            date.field.replacingOccurrences(of: "_", with: " "), text, order: date.order,
                            example: "2026-11-22")))
            }
            days[i] = d
        }
        var numbers = FourSlots<Int>()
        for (i, count) in counts.enumerated() {
            let written = table.cell(row, count.column)
            if written.isEmpty { continue }
            // `N/A`, `-`, and for a limit `Unlimited` or `As needed`: no number written, so the contact
            // is read as if the cell were blank (the default limit, no recent uses), and the roster's
            // notes say so (a trial's contacts were rejected whole for them).
            if Values.notANumber(written, limit: count.field == "max_uses_per_quarter") {
                unsetCounts.append(written)
                continue
            }
            var text = written
            switch UseCounts.reading(written) {
            case .twoSeparators?:
                return .failure(
                    Rejected(
                        reason: UseCounts.twoSeparatorsReason(count.field, written, unit: "uses")))
            case .notWhole?: return .failure(Rejected(reason: UseCounts.notWholeReason(count.field, written)))
            case .whole(let plain, let number)?:
                decimalCounts.append(
                    .init(
                        text: written, column: table.header(of: count.column, or: count.field), line: row.line,
                        number: number))
                text = plain
            case nil: break
            }
            if count.field == "max_uses_per_quarter", let unit = limitUnit, Values.integer(text) != nil {
                text += " per " + unit
            }
            if count.field == "max_uses_per_quarter", let limit = Values.usesPerQuarter(text) {
                if !limit.perQuarter { convertedLimits.append(limitUnit == nil ? written : text) }
                numbers[i] = limit.uses
                continue
            }
            guard let n = Values.integer(text) else {
                if count.field == "max_uses_per_quarter", let problem = Values.limitProblem(text) {
                    return .failure(Rejected(reason: "max uses per quarter \(Clip.quoted(written)) \(problem)"))
                }
                let negative = Text.trim(text).hasPrefix("-")
                return .failure(
                    Rejected(
                        reason:
                            "\(count.field.replacingOccurrences(of: "_", with: " ")) \(Clip.quoted(written)) is \(negative ? "negative" : "not a whole number")\(count.field == "max_uses_per_quarter" ? " (expected e.g. 2, or 2 per quarter)" : " (expected 0 or more)")"
                    ))
            }
            numbers[i] = n
        }
        let healthText = table.cell(row, health)
        var healthScore: Double? = nil
        if !healthText.isEmpty {
            guard let h = Values.health(healthText) else {
                return .failure(
                    Rejected(
                        reason:
                            "health \(Clip.quoted(healthText)) is not a score 0–100, Red/Yellow/Green or Good/Average/Poor"
                    ))
            }
            healthScore = HealthScale.read(healthText, h, factor: healthFactor)
        }
        // A do-not-contact flag set (or any note in its column but a no) makes the contact inactive,
        // whatever its status: listed as excluded with both, so the report shows why.
        // A referenceable checkbox beside the status (ReferenceEdge's `Is Referenceable` beside its
        // `Referenceability Status`) unticked does the same (a trial's was counted as supply).
        var statusLabel = statusText
        func out(by column: Int?, _ text: String, _ why: String) {
            statusClass = .inactive
            let header = table.header(of: column, or: "")
            statusLabel += " · \(header): \(text)"
            outByFlag["\(Clip.quoted(header)) \(why)", default: 0] += 1
        }
        let doNotContactText = table.cell(row, doNotContact)
        if !doNotContactText.isEmpty && Values.flag(doNotContactText) != false {
            out(by: doNotContact, doNotContactText, "set")
        }
        let referenceableText = table.cell(row, referenceable)
        if !referenceableText.isEmpty && Values.flag(referenceableText) == false {
            out(by: referenceable, referenceableText, "unticked")
        }
        let activityList: [String]
        if let activityTicks {
            let ticked = activityTicks.activities(row, in: table)
            activityList = activityLists.value(ticked) { Values.list($0) }
            // Ticking none is doing none (an empty list would read as the default activity).
            if ticked.isEmpty {
                statusClass = .inactive
                statusLabel += " · no activity ticked"
                outByFlag["with no activity ticked", default: 0] += 1
            }
        } else {
            activityList = activityLists.value(table.cell(row, activities)) { _ in Values.list(list(row, activities)) }
        }
        let idText = table.cell(row, id)
        return .success(
            ContactRow(
                id: idText.isEmpty ? "R\(index + 1)" : idText, account: accountText, name: name(row),
                title: table.cell(row, title), seniority: table.cell(row, seniority).nonEmpty,
                status: statusClass, statusLabel: statusLabel, dimensions: dimensions(row),
                activities: activityList, lastVerified: days[0],
                lastUsed: days[1], usesLast90Days: numbers[0] ?? 0, maxUsesPerQuarter: numbers[1],
                restUntil: days[2], health: healthScore, csm: table.cell(row, csm), renewal: days[3],
                email: table.cell(row, email), line: row.line))
    }
}
