import RefgapModel

/// The calendar and roster templates `refgap init` writes where they are missing: the headers refgap
/// reads and one example row, marked so that `validate` and `run` reject it with a reason saying so
/// (an example left in never becomes demand or supply).
package enum InitTemplates {
    /// The cell that marks the example row: the calendar's team, the roster's account.
    package static let exampleMarker = "EXAMPLE - delete this row"
    static let exampleMarkerFolded = Text.fold(exampleMarker)

    /// Why the example row is rejected (the same words for every such row, so they group as one reason).
    package static func exampleReason(_ kind: InputKind) -> String {
        switch kind {
        case .calendar:
            "the example row refgap init wrote (team EXAMPLE - delete this row): delete it and add one row per reference need"
        default:
            "the example row refgap init wrote (account EXAMPLE - delete this row): delete it and add one row per reference contact"
        }
    }

    /// Whether a rejection is the example row's.
    package static func isExampleReason(_ reason: String) -> Bool {
        reason.hasPrefix("the example row refgap init wrote")
    }

    /// `calendar.csv`: one need, due 30 days after `asOf`.
    package static func calendar(asOf: Day) -> String {
        let header = [
            "Team", "Need", "Activity", "Due Date", "References Needed", "Industry", "Region", "Product",
            "Company Size", "Minimum Seniority",
        ]
        let example = [
            exampleMarker, "Forrester Wave submission", "Analyst interview", "\(asOf + 30)", "3", "Healthcare",
            "Any", "Analytics", "Any", "Director",
        ]
        return csv([header, example])
    }

    /// `roster.csv`: one contact.
    package static func roster(asOf: Day) -> String {
        let header = [
            "Reference ID", "Account Name", "Contact Name", "Title", "Reference Status", "Industry",
            "Billing State/Province", "Billing Country", "Products", "Employees", "Activities", "Last Verified",
            "Last Used", "Uses (Last 90 Days)", "Max Uses per Quarter", "Rest Until", "Health Score", "CSM",
            "Renewal Date",
        ]
        let example = [
            "REF-0001", exampleMarker, "Jordan Example", "VP of Data", "Active", "Healthcare", "Ohio",
            "United States", "Analytics; Cloud Platform", "1200", "Reference call; Case study; Speaker",
            "\(asOf + -30)", "", "0", "4", "", "85", "Your CSM", "",
        ]
        return csv([header, example])
    }

    private static func csv(_ rows: [[String]]) -> String {
        var out: [UInt8] = []
        for row in rows { CSVText.appendRow(row, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }
}
