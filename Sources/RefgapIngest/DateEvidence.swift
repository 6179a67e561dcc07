import CSVReader
import RefgapModel

/// Another column of the same export whose dates settle an order the close date's do not: a Zoho
/// export's `Closing Date` values all read either way (12/02/2027) while its `Modified Time` has
/// 20/11/2026, which reads only day-first. Trial h3's was read month-first (the `date_order`
/// default), and 3 of its 4 open deals fell beyond the horizon. Used only where the close dates settle
/// nothing and `date_order` is not set; the warning names the column.
extension Ingest {
    struct DateEvidence: Sendable, Equatable {
        let header: String
        let order: Config.DateOrder
        /// A value of that column that reads only that way.
        let example: String
        /// The evidence is the amounts' decimal comma (`45 000,00`), not another column's dates: where
        /// amounts are written so, dates are written day-first (`amountsEvidence`).
        var fromAmounts = false
    }

    /// Day-first from the amounts, when no other column's dates settle the order: every amount with a
    /// decimal mark written with a comma (`45 000,00`, `1.250.000,00 €`), none with a point. Every
    /// locale that writes amounts so writes dates day-first. A trial's French Odoo export, every day of
    /// its dates under 13, was read month-first: 10 deals overdue, 11 past the horizon, demand 6.8 for 16.9.
    static func amountsEvidence(_ v: AmountVotes, header: String?) -> DateEvidence? {
        guard let header, v.comma > 0, v.point == 0 else { return nil }
        return DateEvidence(header: header, order: .dayFirst, example: v.example(.comma), fromAmounts: true)
    }

    /// The other columns' dates in the export's first rows, voted per column.
    struct OtherDateColumns {
        private var columns: [Int] = []
        private var votes: [(monthFirst: Int, dayFirst: Int, example: String)] = []
        private var rows = 0
        /// Rows looked at: enough to find a date that settles the order, few enough to cost nothing.
        static let rowLimit = 500

        /// Every column but the close date's.
        init(width: Int, closeDate: Int?) {
            columns = (0..<width).filter { $0 != closeDate }
            votes = Array(repeating: (0, 0, ""), count: columns.count)
        }
        init() {}

        mutating func add(_ record: borrowing CSVRow) {
            guard rows < Self.rowLimit else { return }
            rows += 1
            for (k, c) in columns.enumerated() where c < record.count {
                let bytes = record.bytes(c)
                // A date has a digit first or last and a separator; most cells are turned away unread.
                guard bytes.count >= 6, bytes.count <= 40,
                    bytes.contains(where: { $0 == 0x2F || $0 == 0x2E || $0 == 0x2D })
                else { continue }
                let text = Text.trim(record.string(c))
                guard let reading = Values.date(text), case .ordered = reading else { continue }
                switch reading.vote {
                case .monthFirst: votes[k].monthFirst += 1
                case .dayFirst: votes[k].dayFirst += 1
                case nil: continue
                }
                if votes[k].example.isEmpty { votes[k].example = text }
            }
        }

        /// The columns (in header order) whose dates read one way only, some of them only so.
        private func settling(header: [String]) -> [DateEvidence] {
            columns.enumerated().compactMap { k, c in
                let v = votes[k]
                guard c < header.count, (v.monthFirst > 0) != (v.dayFirst > 0) else { return nil }
                return DateEvidence(
                    header: header[c], order: v.dayFirst > 0 ? .dayFirst : .monthFirst, example: v.example)
            }
        }

        /// Whether two other columns read only opposite ways (each settles, they disagree).
        func disagree(header: [String]) -> Bool { Set(settling(header: header).map(\.order)).count > 1 }

        /// The first column (in header order) whose dates read one way only, some of them only so; none
        /// when another column reads only the other way (trial h4's Created Date day-first beside Last
        /// Modified Date month-first: the first was taken and the other unsaid).
        func evidence(header: [String]) -> DateEvidence? {
            disagree(header: header) ? nil : settling(header: header).first
        }
    }
}
