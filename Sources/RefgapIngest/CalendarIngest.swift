import Foundation
import RefgapModel

/// The calendar of stakeholder needs: one row per need.
extension Ingest {
    package static let calendarFields: [FieldSpec] = [
        FieldSpec("team"), FieldSpec("need"), FieldSpec("activity"), FieldSpec("due_date", required: true),
        FieldSpec("count"), FieldSpec("min_seniority"), FieldSpec("status"),
    ]

    package static func calendar(path: String, config: Config, progress: ProgressHandler? = nil) throws -> Ingested<
        NeedRow
    > {
        let table = try Table.read(
            .calendar, path: path, fields: calendarFields + dimensionFields(config), config: config, progress: progress)
        var ledger = table.ledger
        let order = decideDateOrder(table, "due_date", config: config, ledger: &ledger)
        let dimensionColumns = DimensionColumns(table, config)
        var rows: [NeedRow] = []
        var unread = UnreadNeeds()
        var statuses = NeedStatus()
        var completion = NeedCompletion(header: table.ledger.header, claimed: Set(table.columns.values))
        var notesInRows: [(line: Int, text: String)] = []
        // Rows whose every cell repeats an earlier row's, by the first one's place in `repeats`.
        var firstOf: [String: Int] = [:]
        var repeats: [(name: String, lines: [Int])] = []
        var decimalCounts: [UseCounts.Decimal] = []
        /// Counts read from words (`two`) or with a unit (`3 refs`), said.
        var countsInWords: [String] = []
        var firstSimilar: [String: Int] = [:], unassigned: [Int] = []
        var similarLines: [(name: String, rows: [(line: Int, due: Day)])] = []
        for (index, row) in table.rows.enumerated() {
            if isExampleRow(table.value(row, "team")) {
                ledger.reject(row, InitTemplates.exampleReason(.calendar))
                continue
            }
            let countText = table.value(row, "count")
            let dueText = table.value(row, "due_date")
            // A line of one cell and no due date under the needs ("Notes: counts are minimums") is a
            // note: rejected as a need, it made a trial's scheduled run exit 3 for 1 of 4 rows.
            // Only the first cell: a need with just its name written is still a need missing its date.
            let filled = row.fields.indices.filter { !Text.trim(row.fields[$0]).isEmpty }
            if dueText.isEmpty && filled == [0] {
                ledger.setAside("note line under the needs (its first cell only, no due date)")
                notesInRows.append((row.line, Text.trim(row.fields[0])))
                continue
            }
            // A need marked done or cancelled is set aside whatever its date and count say (a trial's
            // done needs dated `TBD` were rejected, and pushed the run toward exit 3).
            // (Or by a task tool's completion date or checkbox: `NeedCompletion`.)
            func ended(_ references: Int) -> String? {
                if let header = completion.endsNeed(row, references: references) {
                    return NeedCompletion.setAsideReason(header)
                }
                return statuses.endsNeed(table.value(row, "status"), references: references)
                    ? NeedStatus.setAsideReason : nil
            }
            guard let due = resolveDate(dueText, order: order) else {
                if let done = ended(countText.isEmpty ? 1 : Values.integer(countText) ?? 0) {
                    ledger.setAside(done)
                    continue
                }
                let reason =
                    dueText.isEmpty
                    ? "due date is blank"
                    : Values.notADate("due date", dueText, order: order, example: "2026-12-24")
                ledger.reject(row, reason)
                let asked = countText.isEmpty ? 1 : Values.integer(countText)
                unread.add(table.value(row, "need"), line: row.line, count: asked, reason: reason, kind: .date)
                continue
            }
            let count: Int
            switch Self.count(countText) {
            case .read(let n, let decimals, let inWords):
                if inWords {
                    countsInWords.append("\(Clip.quoted(countText)) (line \(row.line)) as \(n)")
                }
                if decimals {
                    decimalCounts.append(
                        UseCounts.Decimal(
                            text: countText, column: table.header(of: table.columns["count"] ?? 0, or: "count"),
                            line: row.line, number: n))
                }
                count = n
            case .unread(let reason):
                if let done = ended(countText.isEmpty ? 1 : Values.integer(countText) ?? 0) {
                    ledger.setAside(done)
                    continue
                }
                ledger.reject(row, reason)
                unread.add(table.value(row, "need"), line: row.line, count: nil, reason: reason, kind: .count)
                continue
            }
            // A minimum seniority neither the table nor a title's words read would be no minimum at
            // all: a trial's "Senior leader" need was covered by junior engineers, without a word.
            // `N/A`, `None`, `No minimum` ask for no one in particular, as a blank does (a trial's need
            // with `N/A` was rejected, though `N/A` means any in the criteria beside it).
            let written = table.value(row, "min_seniority")
            let minimum = Self.noMinimum(written) ? "" : written
            if !Text.meansAny(minimum), SeniorityTable.level(minimum) == nil,
                SeniorityTable.minimum(minimum) == nil
            {
                let reason =
                    "minimum seniority \(Clip.quoted(minimum)) is not a level refgap knows (C-level, VP, Director, Manager, Practitioner, or words like \"VP or above\"; blank for any)"
                ledger.reject(row, reason)
                unread.add(table.value(row, "need"), line: row.line, count: count, reason: reason, kind: .seniority)
                continue
            }
            // Several values in one cell (`EMEA or APAC`, `Case study; Webinar`) read as one value no
            // contact carries: a trial's need showed a 100% gap, a recruiting target of its own, and a
            // synonym to add that would have narrowed it to one of its values.
            let criteria = dimensionColumns.cells(table, row)
            if let (field, cell) = Self.excludesValue(criteria, config: config) {
                let reason =
                    "\(field) \(Clip.quoted(cell)) excludes a value, and a need asks for the one it wants (write that value, or Any for any value)"
                ledger.reject(row, reason)
                unread.add(table.value(row, "need"), line: row.line, count: count, reason: reason, kind: .severalValues)
                continue
            }
            if let (field, cell) = Self.severalValues(table.value(row, "activity"), criteria, config: config) {
                let reason =
                    "\(field) \(Clip.quoted(cell)) names several values, and a need asks for one (give each its own row\(field == "activity" ? "" : ", or write Any for any value"))"
                ledger.reject(row, reason)
                unread.add(table.value(row, "need"), line: row.line, count: count, reason: reason, kind: .severalValues)
                continue
            }
            // A row repeating an earlier one cell for cell is counted (a calendar may give each slot of
            // a drive its own row, as a trial's did) but said: it may have been pasted twice.
            let key = row.fields.map(Text.trim).joined(separator: "\u{1F}")
            let exactRepeat = firstOf[key] != nil
            if let first = firstOf[key] {
                repeats[first].lines.append(row.line)
            } else {
                firstOf[key] = repeats.count
                repeats.append((table.value(row, "need"), [row.line]))
            }
            if count == 0 {
                ledger.setAside("with 0 references asked")
                continue
            }
            if let done = ended(count) {
                ledger.setAside(done)
                continue
            }
            let name = table.value(row, "need")
            // The same need on another row under another team or date (entered by two teams, copied when
            // its date slipped): counted, and said (a trial's three rows of one press release, 9
            // references where 3 were asked). Rows repeating every cell are said above.
            if !name.isEmpty && !exactRepeat {
                let cells =
                    [name, table.value(row, "activity")] + criteria.cells.sorted { $0.key < $1.key }.map(\.value)
                let similar = cells.map(Text.fold).joined(separator: "\u{1F}") + "\u{1F}\(count)"
                if let first = firstSimilar[similar] {
                    similarLines[first].rows.append((row.line, due))
                } else {
                    firstSimilar[similar] = similarLines.count
                    similarLines.append((name, [(row.line, due)]))
                }
            }
            if table.value(row, "team").isEmpty { unassigned.append(row.line) }
            rows.append(
                NeedRow(
                    order: index, team: table.value(row, "team").nonEmpty ?? "Unassigned",
                    name: name.isEmpty ? "Need on line \(row.line)" : name,
                    activity: table.value(row, "activity").nonEmpty,
                    due: due, count: count, criteria: criteria,
                    minSeniority: minimum.nonEmpty, line: row.line))
        }
        unread.warn(into: &ledger)
        if !countsInWords.isEmpty {
            ledger.notes.append(
                "Counts written in words or with a unit were read as their number: \(countsInWords.prefix(5).joined(separator: ", "))\(countsInWords.count > 5 ? ", and \(countsInWords.count - 5) more" : "")."
            )
        }
        if let warning = UseCounts.warning(
            decimalCounts, counts: "reference count", why: "since no need asks for thousands of references")
        {
            ledger.warnings.append(warning)
        }
        if !notesInRows.isEmpty {
            let n = notesInRows.count
            ledger.notes.append(
                "\(n) line\(n == 1 ? "" : "s") with only a first cell and no due date read as \(n == 1 ? "a note" : "notes"), not needs: \(notesInRows.prefix(5).map { "\(Clip.quoted($0.text)) (line \($0.line))" }.joined(separator: ", "))\(n > 5 ? " and \(n - 5) more" : ""). A need needs at least its due date."
            )
        }
        statuses.note(into: &ledger, header: table.header(of: table.columns["status"], or: "status"))
        completion.note(into: &ledger)
        let repeated = repeats.filter { $0.lines.count > 1 }
        if !repeated.isEmpty {
            let shown = repeated.prefix(10).map { r in
                "\(Clip.quoted(r.name)) (\(r.lines.count) rows: lines \(Clip.lines(r.lines)))"
            }
            let n = repeated.count
            ledger.warnings.append(
                "\(n) need\(n == 1 ? " has" : "s have") rows repeating every cell of an earlier row: \(shown.joined(separator: "; "))\(n > 10 ? "; and \(n - 10) more" : ""). Each row was counted as its own need; if one was pasted twice, delete the copy."
            )
        }
        // Where a team column has blanks (a merged cell's rows below its first, a team left out), the
        // needs count under Unassigned: said, as a team's unit value applies only to its own needs.
        if !unassigned.isEmpty && table.columns["team"] != nil {
            let n = unassigned.count
            ledger.notes.append(
                "\(n) need\(n == 1 ? " has" : "s have") no team (line\(n == 1 ? "" : "s") \(Clip.lines(unassigned, shown: 10))) and \(n == 1 ? "counts" : "count") under Unassigned, at the default unit value. If the sheet had merged cells, write the team on each row."
            )
        }
        // The same day under two teams is most likely one need entered twice: a warning. Other dates may
        // be a series (a monthly webinar): a note.
        // Per need: the rows on a day another of its rows has (a warning), and one row per date where it
        // has several dates (a note; a trial's slipped copy was listed as on the same day).
        for sameDay in [true, false] {
            let similar = similarLines.compactMap { need -> (name: String, lines: [Int])? in
                var byDay: [Day: [Int]] = [:]
                for r in need.rows { byDay[r.due, default: []].append(r.line) }
                let lines =
                    sameDay
                    ? byDay.values.filter { $0.count > 1 }.flatMap { $0 }.sorted()
                    : byDay.count > 1 ? byDay.values.map { $0[0] }.sorted() : []
                return lines.isEmpty ? nil : (need.name, lines)
            }
            guard !similar.isEmpty else { continue }
            let shown = similar.prefix(10).map { "\(Clip.quoted($0.name)) (lines \(Clip.lines($0.lines)))" }
            let n = similar.count
            let text =
                "\(n) need\(n == 1 ? " is" : "s are") on more than one row with the same name, activity, criteria and count, \(sameDay ? "on the same day" : "on other dates"): \(shown.joined(separator: "; "))\(n > 10 ? "; and \(n - 10) more" : ""). Each row was counted as its own need; if one is a copy (\(sameDay ? "entered by two teams" : "copied when its date slipped, not a series")), delete it."
            if sameDay { ledger.warnings.append(text) } else { ledger.notes.append(text) }
        }
        return Ingested(rows: rows, ledger: ledger, fields: Set(table.columns.keys))
    }

    /// Folded words that `Non-` or `No ` before them excludes (a segment's usual names).
    static let excludable: Set<String> = [
        "healthcare", "health", "finance", "financial", "financialservices", "retail", "government",
        "publicsector", "education", "tech", "technology", "manufacturing", "us", "usa", "uk", "eu", "emea", "apac",
        "amer", "latam", "northamerica", "europe", "enterprise", "smb", "midmarket",
    ]

    /// A need's count as written: blank is 1.
    enum CountReading {
        /// `decimals`: written with a spreadsheet's decimals (`3.000`), said in a warning; `inWords`:
        /// written as a word or with a unit (`two`, `3 refs`), said in a note.
        case read(Int, decimals: Bool, inWords: Bool = false)
        /// Why it is no count.
        case unread(String)
    }

    /// A spreadsheet's decimals (`3.000`) are the whole number, said (a trial's need read as 3,000
    /// references made the headline demand 3,685.6 instead of 688.6); `1.500` is no count, nor is one
    /// with two separators (`1.000.000`, `2.000,00`, `1,000.00`: a million references, in another).
    static func count(_ text: String) -> CountReading {
        if text.isEmpty { return .read(1, decimals: false) }
        switch UseCounts.reading(text) {
        case .twoSeparators: return .unread(UseCounts.twoSeparatorsReason("count", text, unit: "references"))
        case .whole(_, let number): return .read(number, decimals: true)
        case .notWhole:
            return .unread(
                "count \(Clip.quoted(text)) is not a whole number of references: read as a decimal it has a fraction, and read as thousands it is more references than a need asks for. Write a whole number, e.g. 2"
            )
        case nil:
            if let n = Values.integer(text) { return .read(n, decimals: false) }
            guard let n = Values.countInWords(text) else {
                // A negative count is a whole number, just not a count (a trial read "-1 is not a whole number").
                let negative = Int(Text.trim(text)).map { $0 < 0 } ?? false
                return .unread(
                    negative
                        ? "count \(Clip.quoted(text)) is negative (expected 0 or more references)"
                        : "count \(Clip.quoted(text)) is not a whole number of references")
            }
            return .read(n, decimals: false, inWords: true)
        }
    }

    /// A minimum seniority that names none: `N/A`, `None`, `No minimum`, `Any level` (and what
    /// `Text.meansAny` reads as any).
    static func noMinimum(_ written: String) -> Bool {
        if written.filter({ !$0.isWhitespace }).lowercased() == "n/a" { return true }
        return [
            "notapplicable", "none", "nominimum", "nopreference", "norequirement", "anylevel", "anyseniority",
            "anytitle",
        ].contains(Text.fold(written))
    }

    /// Needs rejected for their date or count, named with the references they asked for: a need that
    /// is not read adds no demand, and a row in data quality did not say which need went.
    /// The field and cell of a need's activity or criterion that names several values (`;`, `|`, ` or `,
    /// ` and/or `), unless the config's synonyms map that cell as written (the user meant it).
    static func severalValues(_ activity: String, _ criteria: RawDimensions, config: Config) -> (String, String)? {
        func several(_ field: String, _ cell: String) -> Bool {
            let folded = Text.fold(cell)
            if config.synonyms[field]?.keys.contains(where: { Text.fold($0) == folded }) == true { return false }
            let spaced = " " + cell.lowercased() + " "
            // (A line break inside the cell, Alt+Enter in Excel, and ` + ` join values too.) Looked for
            // as bytes (`Text.contains(_:bytes:)`), not through Foundation.
            if cell.utf8.contains(where: { $0 == 0x3B || $0 == 0x7C || $0 == 0x0A || $0 == 0x0D })
                || Text.contains(spaced, bytes: " or ") || Text.contains(spaced, bytes: " and/or ")
                || Text.contains(spaced, bytes: " + ")
            {
                return true
            }
            // A comma, slash, `&` or `and` joins values only where each piece is one on its own: an
            // activity the table knows (`Case study, Webinar`), a sales theatre (`EMEA/APAC`); inside
            // other values they are part of the name (`Food & Beverage`, `Banking, Financial Services`).
            // A cell with none of them is one value.
            guard
                cell.utf8.contains(where: { $0 == 0x2C || $0 == 0x2F || $0 == 0x26 })
                    || Text.contains(spaced, bytes: " and ")
            else { return false }
            let pieces = cell.replacingOccurrences(of: " and ", with: ",", options: .caseInsensitive)
                .split(whereSeparator: { $0 == "," || $0 == "/" || $0 == "&" }).map { Text.fold(String($0)) }
            guard pieces.count > 1, !pieces.contains(where: \.isEmpty) else { return false }
            switch field {
            case "activity": return pieces.allSatisfy { ActivityTable.activity(folded: $0) != nil }
            case "region": return pieces.allSatisfy { theatres.contains($0) }
            default: return false
            }
        }
        if several("activity", activity) { return ("activity", Text.trim(activity)) }
        for (field, cell) in criteria.cells.sorted(by: { $0.key < $1.key }) where several(field, cell) {
            return (field, cell)
        }
        return nil
    }

    /// The first criterion that excludes a value (`not healthcare`, `Non-healthcare`, `Any except
    /// EMEA`), as (field, cell): a need asks for one value, and a trial's "not healthcare" was kept as an
    /// industry no contact has, with advice to map it to Healthcare, its opposite.
    static func excludesValue(_ criteria: RawDimensions, config: Config) -> (String, String)? {
        let negations = [
            "not ", "except ", "excluding ", "exclude ", "other than ", "anything but ", "any but ", "any except ",
            "all except ", "all but ", "everything except ", "everything but ",
        ]
        for (field, cell) in criteria.cells.sorted(by: { $0.key < $1.key }) {
            let folded = Text.fold(cell)
            if config.synonyms[field]?.keys.contains(where: { Text.fold($0) == folded }) == true { continue }
            // Names that begin so are values: `Non-profit`, `Non-governmental organization`.
            if folded.hasPrefix("nonprofit") || folded.hasPrefix("nongovernment") { continue }
            let lower = Text.trim(cell).lowercased()
            // `Non-healthcare`, `No healthcare`, `Non-US` exclude a value; `Non-life Insurance`, `Non-GMO`,
            // `Non-Wovens` are values of their own (two trials' were rejected): only a segment's usual
            // word after `non`/`no` excludes.
            if let prefix = ["non-", "non ", "no "].first(where: { lower.hasPrefix($0) }) {
                if Self.excludable.contains(Text.fold(String(lower.dropFirst(prefix.count)))) { return (field, cell) }
                continue
            }
            if negations.contains(where: { lower.hasPrefix($0) && lower.count > $0.count })
                || Text.contains(lower, bytes: " except ") || Text.contains(lower, bytes: " excluding ")
            {
                return (field, cell)
            }
        }
        return nil
    }

    /// Sales theatres and the regions written like them, folded: a piece of a region cell that is one.
    static let theatres: Set<String> = [
        "amer", "americas", "na", "nam", "noram", "northamerica", "emea", "europe", "eu", "apac", "apj", "asia",
        "asiapacific", "anz", "latam", "lac", "latinamerica", "southamerica", "mea", "middleeast", "africa", "dach",
        "uk", "uki", "us", "usa", "canada", "japan", "india", "china", "nordics", "benelux",
    ]

    struct UnreadNeeds {
        /// What could not be read, for the fix the warning gives.
        enum Kind { case date, count, seniority, severalValues }
        var needs: [(name: String, line: Int, count: Int?, reason: String, kind: Kind)] = []

        /// `count`: the references the need asked for, nil when its count is what could not be read.
        mutating func add(_ name: String, line: Int, count: Int?, reason: String, kind: Kind) {
            needs.append((name, line, count, reason, kind))
        }

        func warn(into ledger: inout InputLedger) {
            guard !needs.isEmpty else { return }
            let shown = needs.prefix(10).map { n in
                let refs = n.count.map { "\($0) reference\($0 == 1 ? "" : "s")" } ?? "references not known"
                return
                    "\(Clip.quoted(n.name.isEmpty ? "need on line \(n.line)" : n.name)) (line \(n.line), \(refs)): \(n.reason)"
            }
            let known = needs.compactMap(\.count).reduce(0, +)
            let one = needs.count == 1
            let total = !one && known > 0 ? " (\(known) reference\(known == 1 ? "" : "s") asked for in all)" : ""
            // The fix for each kind of reason given, in this order.
            let kinds = Set(needs.map(\.kind))
            let fixes: [String] = [
                // Only the fix for what was wrong (a trial's counts `3 refs` and `two` were told to write a
                // date too).
                kinds.contains(.date) ? "a date like 2026-12-24" : nil,
                kinds.contains(.count) ? "a whole number of references (e.g. 2)" : nil,
                kinds.contains(.seniority)
                    ? "a level (C-level, VP, Director, Manager or Practitioner) as the minimum seniority" : nil,
                kinds.contains(.severalValues) ? "one value per cell" : nil,
            ].compactMap { $0 }
            ledger.warnings.append(
                "\(needs.count) need\(one ? " was" : "s were") not read and add\(one ? "s" : "") no demand\(total): \(shown.joined(separator: "; "))\(needs.count > 10 ? "; and \(needs.count - 10) more" : ""). Write \(fixes.joined(separator: ", and ")) in \(one ? "it" : "each") to count \(one ? "it" : "them")."
            )
        }
    }
}
