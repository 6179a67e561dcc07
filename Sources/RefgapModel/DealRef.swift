/// A deal's id and name: read from a large export only for the deals a report lists.
package struct DealTexts: Sendable, Equatable {
    /// Which of a streamed row's texts a reader asks for (the others come back empty, the account nil):
    /// its name and account are new strings, made only where they are read. A bucket keeping a deal
    /// reads its id alone (59,000 rows of a 100,000-row export made all three).
    package struct Fields: OptionSet, Sendable {
        package let rawValue: UInt8
        package init(rawValue: UInt8) { self.rawValue = rawValue }
        package static let id = Fields(rawValue: 1)
        package static let name = Fields(rawValue: 2)
        package static let account = Fields(rawValue: 4)
        package static let all: Fields = [.id, .name, .account]
    }

    package var id: String
    package var name: String
    /// The account as written, for a deal read without it (nil: the opportunity's own).
    package var account: String?
    package init(id: String, name: String, account: String? = nil) {
        self.id = id
        self.name = name
        self.account = account
    }
}

/// A deal listed with its name, account and stage: the overdue deals the data-quality section shows.
package struct DealRef: Sendable, Equatable {
    package var id: String
    package var name: String
    package var account: String
    package var amount: Double
    package var closeDate: Day
    package var stage: String
    /// The line in the export.
    package var line: Int
    /// The currency `amount` is written in when no rate converted it (nil: the run's currency).
    package var unconvertedCurrency: String?
    package init(
        id: String, name: String, account: String, amount: Double, closeDate: Day, stage: String = "", line: Int = 0,
        unconvertedCurrency: String? = nil
    ) {
        self.id = id
        self.name = name
        self.account = account
        self.amount = amount
        self.closeDate = closeDate
        self.stage = stage
        self.line = line
        self.unconvertedCurrency = unconvertedCurrency
    }
}
