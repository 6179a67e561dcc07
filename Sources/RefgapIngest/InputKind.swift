/// The four inputs.
package enum InputKind: String, Sendable, CaseIterable {
    case opportunities, calendar, roster, accounts

    package var fileName: String { rawValue + ".csv" }

    /// Built-in header spellings per logical field.
    var synonyms: [String: [String]] {
        switch self {
        case .opportunities: HeaderSynonyms.opportunities
        case .calendar: HeaderSynonyms.calendar
        case .roster: HeaderSynonyms.roster
        case .accounts: HeaderSynonyms.accounts
        }
    }
}
