import RefgapModel

/// A header that likely holds a field refgap reads but matched none of its names. Left unread, the
/// field takes its default without a word: in a new-user trial's calendar every need counted 1
/// reference call of any seniority (`# of references`, `Type of reference`); in another's roster
/// `Max Asks Per Quarter` and `Referrals (90 days)` (Influitive's) were not read, so a contact allowed
/// 2 asks a quarter and used once had a capacity of 5 instead of 1.
/// Beside `UnreadDimension` (the segment dimensions), for the fields that take a default when unread;
/// both run where a header is mapped, for every input.
enum UnreadFieldHints {
    /// Per input: the field, the words of a header that suggest it, and what the run does without it.
    private static func hints(_ kind: InputKind, _ config: Config) -> [(
        field: String, words: Set<String>, without: String
    )] {
        switch kind {
        case .calendar:
            return [
                (
                    // With the words of the CRMs' other UI languages (fieldWords drops accents): a
                    // trial's German calendar's `Anzahl`, `Aktivität`, `Mindest-Seniorität` went unsaid.
                    "count",
                    [
                        "references", "refs", "qty", "quantity", "number", "slots", "count", "many", "amount",
                        "needed", "volume", "target", "customers", "anzahl", "menge", "cantidad", "quantidade",
                        "numero", "aantal", "quantite",
                    ],
                    "every need counts 1 reference"
                ),
                (
                    "activity",
                    [
                        "type", "activity", "activities", "format", "kind", "aktivitat", "activite", "actividad",
                        "atividade", "typ", "tipo", "art",
                    ],
                    "every need asks for the default activity"
                ),
                (
                    "min_seniority",
                    [
                        "seniority", "level", "title", "rank", "senioritat", "seniorite", "mindest", "minimum",
                        "niveau", "nivel",
                    ],
                    "no need asks for a minimum seniority"
                ),
            ]
        case .roster:
            return [
                (
                    // `Calls per Quarter`, an `Availability` of `2 per quarter` (a trial's were unread).
                    "max_uses_per_quarter",
                    [
                        "max", "maximum", "limit", "cap", "quota", "allowance", "quarter", "quarterly", "monthly",
                        "frequency", "availability",
                    ],
                    "every contact may be asked \(config.maxUsesPerQuarter) times a quarter (max_uses_per_quarter)"
                ),
                (
                    "uses_last_90_days",
                    ["used", "uses", "referrals", "asks", "requests", "times", "usage", "calls", "given"],
                    "every contact counts as unused lately"
                ),
                (
                    "activities",
                    [
                        "activities", "activity", "types", "challenge", "challenges", "willing", "can", "formats",
                        "offers", "aktivitaten", "activites", "actividades", "atividades",
                    ],
                    "every contact does only the default activity (\(config.defaultActivity))"
                ),
                (
                    // A trial's `Last checked`: unread, no contact was stale, and the report said the
                    // roster had no such column.
                    "last_verified",
                    [
                        "checked", "verified", "confirmed", "validated", "reviewed", "verification", "gepruft",
                        "verifiziert", "verifie", "verificado",
                    ],
                    "no contact is checked for staleness (verify_within_days)"
                ),
            ]
        case .accounts:
            return [
                (
                    "arr", ["revenue", "arr", "acv", "mrr", "recurring"],
                    "candidate accounts are ranked by health alone and shown without ARR"
                ),
                // A trial's `Renews On`, `Term End Date`, `Renewal Month` were unread: no contact was
                // on renewal caution, and nothing said so.
                (
                    "renewal_date",
                    ["renew", "renews", "renewal", "renewals", "expiry", "expiration", "expires", "term"],
                    "no contact is kept off for its account's renewal (renewal_caution_days)"
                ),
                (
                    "health", ["health", "score", "churnscore"],
                    "no account is offered as a candidate on its health (candidate_min_health)"
                ),
            ]
        default:
            return []
        }
    }

    /// A warning per field without a column that an unread header looks like, with the `columns:` line.
    static func warnings(_ kind: InputKind, _ ledger: InputLedger, columns: [String: Int], config: Config) -> [String] {
        var out: [String] = []
        var named: Set<String> = []
        for hint in hints(kind, config) where columns[hint.field] == nil {
            guard
                let header = ledger.unmappedHeaders.first(where: {
                    !named.contains($0) && !ColumnCandidate.fieldWords($0).isDisjoint(with: hint.words)
                })
            else { continue }
            named.insert(header)
            let what = kind == .calendar ? "the need's" : kind == .accounts ? "the account's" : "the contact's"
            let field = hint.field == "arr" ? "ARR" : hint.field.replacingOccurrences(of: "_", with: " ")
            // A revenue column may be the company's own turnover: only the user knows which it is.
            let ifItIs =
                hint.field == "arr" ? "If it is what the account pays you a year (not its own revenue)" : "If it is"
            out.append(
                "Column \(Clip.quoted(header)) looks like \(what) \(field) but is not read, so \(hint.without). \(ifItIs), add `columns: {\(kind.rawValue): {\(hint.field): \(Text.yamlQuote(header))}}` to refgap.yml."
            )
        }
        // A calendar with no count at all (Planner's tasks have no custom fields): each need counts 1,
        // said, as it is when a header looks like the count (a trial's Planner export said nothing).
        if kind == .calendar && columns["count"] == nil && !out.contains(where: { $0.contains("every need counts 1") })
        {
            out.append(
                "No column holds how many references a need asks for (\"References Needed\", \"Count\"), so every need counts 1 reference. If a column holds it, add `columns: {calendar: {count: \"<its header>\"}}` to refgap.yml."
            )
        }
        // A last-used date without a count of recent uses (a trial's sheet): every contact counts as
        // unused lately, the one used last week too, said as the missing count is in a calendar.
        if kind == .roster && columns["uses_last_90_days"] == nil, let lastUsed = columns["last_used"],
            !out.contains(where: { $0.contains("every contact counts as unused lately") })
        {
            let header = ledger.header.indices.contains(lastUsed) ? ledger.header[lastUsed] : "last used"
            out.append(
                "The roster has a last-used date (\(Clip.quoted(header))) but no column of uses in the last 90 days, so every contact counts as unused lately and may be asked its whole limit again, one used last week too (the date only marks who is idle). If a column counts them, add `columns: {roster: {uses_last_90_days: \"<its header>\"}}` to refgap.yml."
            )
        }
        return out
    }
}
