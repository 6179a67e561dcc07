import RefgapModel

/// The record count a Salesforce report's footer states (`Grand Totals (1989 records)`), checked
/// against the rows read: an export cut exactly at a row's end has no footer, but one with rows lost
/// or deleted by hand says so in its own words (a trial's 993 rows under "1989 records" ran with exit 0).
enum FooterCount {
    /// The count in a footer line: a number in parentheses followed by a word (`(1,989 records)`,
    /// `(1.989 Datensätze)`); nil for other footer lines (the copyright's years are not in parentheses
    /// with a word after them).
    static func records(_ fields: [String]) -> Int? {
        for field in fields {
            guard let open = field.firstIndex(of: "("), let close = field[open...].firstIndex(of: ")") else { continue }
            let inside = field[field.index(after: open)..<close].split(separator: " ", omittingEmptySubsequences: true)
            guard inside.count == 2, inside[1].allSatisfy(\.isLetter) else { continue }
            let digits = inside[0].filter { $0 != "," && $0 != "." && $0 != "\u{A0}" && $0 != "'" }
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let n = Int(digits) else { continue }
            return n
        }
        return nil
    }

    /// The warning when the rows read (data rows, whether used, set aside or rejected) are not the
    /// footer's count.
    static func warning(records: Int, read: Int) -> String? {
        guard records != read else { return nil }
        return
            "the report's footer says \(records) records and \(read) data rows were read: \(read < records ? "rows are missing (an export cut off at a row's end, or rows deleted by hand)" : "rows were added by hand after the export"). Export the report again."
    }
}
