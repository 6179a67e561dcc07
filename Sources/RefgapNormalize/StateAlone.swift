import RefgapIngest
import RefgapModel

/// A region read from a state or province with nothing beside it to say the country: the built-in
/// tables read `WA` as Washington (AMER), where an Australian office means Western Australia (APAC).
/// That is a guess, so it is counted (`DataQuality.stateAloneDeals`, `stateAloneContacts`, `stateAloneAccounts`) for the
/// report's data quality and `refgap validate`, with the settings that settle it (`state_country`,
/// `regions:`).
extension Normalizer {
    /// The state or province as written when `cells`' region is read from it alone through the
    /// built-in US and Canadian tables: no region or country cell, no `regions:` entry for it, and no
    /// `state_country` (set, it says the country: no guess).
    package func regionFromStateAlone(_ cells: RawDimensions) -> String? {
        guard config.stateCountry == nil, let state = cells["state"], cells["country"] == nil,
            Self.isAny(cells["region"])
        else { return nil }
        let folded = Text.fold(state)
        guard !folded.isEmpty, configRegions[folded] == nil,
            RegionTable.usStates[folded] != nil || RegionTable.caProvinces[folded] != nil
        else { return nil }
        return state
    }

    /// Remembers, when dimension `i` is the region and its new memo `key` (whose value is at `place`)
    /// was read from a state alone, which state that was (`noteStateAlone` counts the rows).
    mutating func rememberStateAlone(_ i: Int, key: Int, place: Int32, _ cells: RawDimensions) {
        guard config.dimensions[i] == "region", keyed.stateAlone.place(key) == nil,
            let state = regionFromStateAlone(cells), let region = keyed.valueTable[i][Int(place)]
        else { return }
        keyed.stateAlone.insert(key, Int32(keyed.statesAlone.count))
        keyed.statesAlone.append((state, region))
    }

    /// Counts an open deal in the windows whose region was read from its state alone, with its cents.
    package mutating func noteStateAlone(
        _ cells: RawDimensions, values: [String?], cents: Int, quality: inout DataQuality
    ) {
        let found: (state: String, region: String)
        if let table = cells.keyedTable {
            // By the ids, as the region's memo keys them: an export with countries has none remembered.
            guard keyed.stateAlone.count > 0, keyed.table === table,
                let i = config.dimensions.firstIndex(of: "region")
            else { return }
            let plan = keyed.plans[i]
            var key = 0
            for k in 0..<plan.count { key = key << 17 | Int(cells.keyedIDs[Int(plan.slots[k])]) }
            guard key >= 0, let at = keyed.stateAlone.place(key) else { return }
            found = keyed.statesAlone[Int(at)]
        } else {
            guard let i = config.dimensions.firstIndex(of: "region"), let region = values[i],
                let state = regionFromStateAlone(cells)
            else { return }
            found = (state, region)
        }
        quality.stateAloneDeals[found.state, default: .init(region: found.region)].count += 1
        quality.stateAloneDeals[found.state, default: .init(region: found.region)].cents += cents
    }
}
