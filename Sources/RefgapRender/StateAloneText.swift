import RefgapModel

/// The regions read from a state or province alone, with no country beside it
/// (`DataQuality.stateAloneDeals`, `stateAloneContacts`, `stateAloneAccounts`): one sentence per input, for the report's
/// data quality and `refgap validate`. The built-in tables read `WA` as Washington; an Australian
/// office means Western Australia, so the guess is said, with what it moved and how to settle it.
package enum StateAloneText {
    static func lines(_ dq: DataQuality, currency: String) -> [String] {
        var out: [String] = []
        if !dq.stateAloneDeals.isEmpty {
            let deals = dq.stateAloneDeals.values.reduce(0) { $0 + $1.count }
            let cents = dq.stateAloneDeals.values.reduce(0) { $0 + $1.cents }
            out.append(
                "opportunities: \(Format.count(deals, "open deal")) in the windows (\(Format.money(Double(cents) / 100, currency)) of pipeline) \(deals == 1 ? "has" : "have") a state or province but no country, and \(deals == 1 ? "its" : "their") region was read from the built-in US and Canadian tables: \(shown(dq.stateAloneDeals, "deal")). \(advice(dq.stateAloneDeals))"
            )
        }
        if !dq.stateAloneContacts.isEmpty {
            let contacts = dq.stateAloneContacts.values.reduce(0) { $0 + $1.count }
            out.append(
                "roster: \(Format.count(contacts, "contact")) \(contacts == 1 ? "has" : "have") a state or province but no country, and \(contacts == 1 ? "its" : "their") region was read from the built-in US and Canadian tables: \(shown(dq.stateAloneContacts, "contact")). \(advice(dq.stateAloneContacts))"
            )
        }
        if !dq.stateAloneAccounts.isEmpty {
            let accounts = dq.stateAloneAccounts.values.reduce(0) { $0 + $1.count }
            out.append(
                "accounts: \(Format.count(accounts, "account")) \(accounts == 1 ? "has" : "have") a state or province but no country, and \(accounts == 1 ? "its" : "their") region, which fills the blank regions of \(accounts == 1 ? "its" : "their") deals and contacts, was read from the built-in US and Canadian tables: \(shown(dq.stateAloneAccounts, "account")). \(advice(dq.stateAloneAccounts))"
            )
        }
        return out
    }

    /// run.json's `vocabulary.regions_from_state_alone`: per input, every state so read (most counted
    /// first), with its region and count (and the deals' pipeline).
    static func json(_ dq: DataQuality) -> JSON {
        func list(_ states: [String: DataQuality.StateAlone], _ noun: String, pipeline: Bool) -> JSON {
            .array(
                mostCountedFirst(states).map { s in
                    .object(
                        [("state", .string(s.key)), ("region", .string(s.value.region)), (noun, .int(s.value.count))]
                            + (pipeline ? [("pipeline", .number(Double(s.value.cents) / 100))] : []))
                })
        }
        return .object([
            ("opportunities", list(dq.stateAloneDeals, "open_deals_in_windows", pipeline: true)),
            ("roster", list(dq.stateAloneContacts, "contacts", pipeline: false)),
            ("accounts", list(dq.stateAloneAccounts, "accounts", pipeline: false)),
        ])
    }

    /// The states, most counted first, then by name (the report's list and run.json's in one order).
    private static func mostCountedFirst(_ states: [String: DataQuality.StateAlone]) -> [(
        key: String, value: DataQuality.StateAlone
    )] {
        states.sorted { a, b in a.value.count != b.value.count ? a.value.count > b.value.count : a.key < b.key }
    }

    /// The states, most counted first: `"WA" as AMER - West (8 deals)`.
    private static func shown(_ states: [String: DataQuality.StateAlone], _ noun: String) -> String {
        let sorted = mostCountedFirst(states)
        let listed = sorted.prefix(5).map {
            "\(Clip.quoted($0.key)) as \($0.value.region) (\(Format.count($0.value.count, noun)))"
        }
        return listed.joined(separator: ", ") + (sorted.count > 5 ? " and \(sorted.count - 5) more" : "")
    }

    /// The built-in tables' region for Australia, the advice's example (a test holds them to it): a
    /// region of another name (`APJ`) would meet none of Australia's contacts and needs.
    package static let australia = "APAC"

    /// How to settle it, with the most counted state as the example. `state_country` names the
    /// country of every state written alone; `regions:` maps a state wherever it is written, whatever
    /// the row's country: for an export that mixes countries, the country is the fix.
    private static func advice(_ states: [String: DataQuality.StateAlone]) -> String {
        let top = states.max { a, b in a.value.count != b.value.count ? a.value.count < b.value.count : a.key > b.key }
        let keeps = top.map { "`regions: {\(Text.yamlQuote($0.key)): \($0.value.region)}` keeps this reading" } ?? ""
        return
            "If they are all in one country, name it in refgap.yml: `state_country: United States` keeps this reading and says it is no guess (`state_country: Australia` reads them as Australia's). Where some are in other countries (WA may be Western Australia), fill in the country in the export. Or give a state's region in refgap.yml, for every row that writes it, whatever its country: \(keeps)\(keeps.isEmpty ? "" : "; ")`regions: {\"WA\": \(australia)}` reads every WA as Western Australia."
    }
}
