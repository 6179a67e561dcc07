import RefgapModel

/// The regions read from a state or province alone, with no country beside it
/// (`DataQuality.stateAloneDeals`, `stateAloneContacts`): one sentence per input, for the report's
/// data quality and `refgap validate`. The built-in tables read `WA` as Washington; an Australian
/// office means Western Australia, so the guess is said, with what it moved and how to settle it.
enum StateAloneText {
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
        return out
    }

    /// The states, most counted first: `"WA" as AMER - West (8 deals)`.
    private static func shown(_ states: [String: DataQuality.StateAlone], _ noun: String) -> String {
        let sorted = states.sorted { a, b in
            a.value.count != b.value.count ? a.value.count > b.value.count : a.key < b.key
        }
        let listed = sorted.prefix(5).map {
            "\(Clip.quoted($0.key)) as \($0.value.region) (\(Format.count($0.value.count, noun)))"
        }
        return listed.joined(separator: ", ") + (sorted.count > 5 ? " and \(sorted.count - 5) more" : "")
    }

    /// How to settle it, with the most counted state as the example.
    private static func advice(_ states: [String: DataQuality.StateAlone]) -> String {
        let top = states.max { a, b in a.value.count != b.value.count ? a.value.count < b.value.count : a.key > b.key }
        let keeps = top.map { " `regions: {\(Text.yamlQuote($0.key)): \($0.value.region)}` keeps this reading," } ?? ""
        return
            "Fill in the country in the export, or give each state's region in refgap.yml:\(keeps) `regions: {\"WA\": APJ}` reads WA as Western Australia."
    }
}
