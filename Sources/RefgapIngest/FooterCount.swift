import RefgapModel

/// The record count a Salesforce report's footer states (`Grand Totals (1989 records)`), checked
/// against the rows read: one with rows lost or deleted by hand says so in its own words (a trial's
/// 993 rows under "1989 records" ran with exit 0). An export cut at a row's end has no footer to check.
enum FooterCount {
    /// The count in a footer line: a number in parentheses followed by a word (`(1,989 records)`,
    /// `(1.989 Datensätze)`); nil for other footer lines (the copyright's years are not in parentheses
    /// with a word after them).
    static func records(_ fields: [String]) -> Int? {
        for field in fields {
            guard let open = field.firstIndex(of: "("), let close = field[open...].firstIndex(of: ")") else { continue }
            // The last word names the records; before it the count, its thousands written with a comma,
            // a point, an apostrophe or a space (French: a no-break or narrow no-break space).
            let words = field[field.index(after: open)..<close].split(whereSeparator: { $0 == " " })
            guard words.count >= 2, let unit = words.last, unit.allSatisfy(\.isLetter) else { continue }
            let digits = words.dropLast().joined().filter { !",.'\u{A0}\u{202F}".contains($0) }
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits) else {
                continue
            }
            return n
        }
        return nil
    }

    /// The grand total line's count, from a total row with a sum beside it (a summary report's
    /// `Grand Totals (1989 records)`, then the amount): only the grand total's words, not a group's.
    static func grandTotalRecords(_ fields: [String]) -> Int? {
        guard let label = fields.first(where: { !$0.isEmpty })?.lowercased() else { return nil }
        return RowLayout.grandTotalWords.contains { label.contains($0) } ? records([label]) : nil
    }

    /// The warning when the rows read (data rows, whether used, set aside or rejected) are not the
    /// footer's count.
    static func warning(records: Int, read: Int) -> String? {
        guard records != read else { return nil }
        return
            "the report's footer says \(records) records and \(read) data rows were read: \(read < records ? "rows are missing (deleted by hand, or lost from the export)" : "rows were added by hand after the export"). Export the report again."
    }
}
