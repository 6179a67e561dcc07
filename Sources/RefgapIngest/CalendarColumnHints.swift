import RefgapModel

/// A calendar header that likely holds a need's count, activity or minimum seniority but matched none
/// of their names. Left unread, every need counts 1 reference, asks for the default activity and any
/// seniority: a new-user trial's `# of references` and `Type of reference` columns turned its needs
/// for 2, 3 and 1 Press quotes, Speakers and Case studies into three reference calls, without a word.
enum CalendarColumnHints {
    /// The field, the words of a header that suggest it, and what the run does without it.
    private static let hints: [(field: String, words: Set<String>, without: String)] = [
        (
            "count", ["references", "refs", "qty", "quantity", "number", "slots", "count", "many", "amount"],
            "every need counts 1 reference"
        ),
        ("activity", ["type", "activity", "activities", "format", "kind"], "every need asks for the default activity"),
        ("min_seniority", ["seniority", "level", "title", "rank"], "no need asks for a minimum seniority"),
    ]

    /// A warning per field without a column that an unread header looks like, with the `columns:` line.
    static func warnings(_ ledger: InputLedger, columns: [String: Int]) -> [String] {
        var out: [String] = []
        for hint in hints where columns[hint.field] == nil {
            guard
                let header = ledger.unmappedHeaders.first(where: {
                    !ColumnCandidate.fieldWords($0).isDisjoint(with: hint.words)
                })
            else { continue }
            out.append(
                "Column \(Clip.quoted(header)) looks like the need's \(hint.field.replacingOccurrences(of: "_", with: " ")) but is not read, so \(hint.without). If it is, add `columns: {calendar: {\(hint.field): \(Text.yamlQuote(header))}}` to refgap.yml."
            )
        }
        return out
    }
}
