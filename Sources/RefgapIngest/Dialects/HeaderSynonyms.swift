import RefgapModel

/// Built-in header spellings per logical field, merged from the dialects (`Dialect.all`, one file per
/// CRM). Matching folds both sides (lowercase, letters and digits only), so `Close Date`, `CloseDate`
/// and `close_date` are one spelling. The config's `columns:` maps anything else. A folded spelling
/// belongs to one field per input (a test checks it).
package enum HeaderSynonyms {
    package static let opportunities = merged(\.opportunities)
    /// Headers in other UI languages, matched after every other spelling (`HeaderMatch`), folded.
    package static let opportunitiesInOtherLanguages = merged(\.opportunitiesInOtherLanguages).mapValues {
        Set($0.map(Text.fold))
    }
    package static let calendarInOtherLanguages = merged(\.calendarInOtherLanguages).mapValues {
        Set($0.map(Text.fold))
    }
    package static let rosterInOtherLanguages = merged(\.rosterInOtherLanguages).mapValues { Set($0.map(Text.fold)) }
    package static let calendar = merged(\.calendar)
    package static let roster = merged(\.roster)
    package static let accounts = merged(\.accounts)

    /// Dialects recognised by signature headers (all present, folded); used to name the dialect in
    /// reports. First match wins.
    package static let opportunityDialects: [(name: String, signature: [String])] =
        Dialect.detectionOrder.flatMap { $0.signatures.map { (name: $0.name, signature: $0.headers) } }

    /// Each field's spellings from every dialect, in `Dialect.all` order, each once.
    private static func merged(_ table: KeyPath<Dialect, [String: [String]]>) -> [String: [String]] {
        var merged: [String: [String]] = [:]
        for dialect in Dialect.all {
            for (field, spellings) in dialect[keyPath: table] {
                for spelling in spellings where !(merged[field]?.contains(spelling) ?? false) {
                    merged[field, default: []].append(spelling)
                }
            }
        }
        return merged
    }
}

extension InputKind {
    /// Spellings matched only for a field the others leave without a column.
    var otherLanguageSynonyms: [String: Set<String>] {
        switch self {
        case .opportunities: HeaderSynonyms.opportunitiesInOtherLanguages
        case .calendar: HeaderSynonyms.calendarInOtherLanguages
        case .roster: HeaderSynonyms.rosterInOtherLanguages
        case .accounts: [:]
        }
    }

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
