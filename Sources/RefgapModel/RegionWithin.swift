/// Regions inside other regions: a roster contact in US-West is in AMER too (docs/model.md, Dimensions
/// and normalization). In the model, since normalize gives contacts the outer region, prioritize counts
/// supply where a contact is, and the reports show where it is.
package enum RegionWithin {
    /// The built-in regions inside another (folded → the outer one): a contact in US-West is in AMER
    /// too, so it serves a need or deals that ask for AMER (`United States`, `North America`, `US`
    /// with no state). The other way round does not hold: a contact known only as AMER may be anywhere.
    package static let within: [String: String] = [
        "usmidwest": "AMER", "usnortheast": "AMER", "ussouth": "AMER", "uswest": "AMER",
    ]

    /// A contact's regions without those only implied by another (AMER beside US-West): its own place,
    /// for the segments its supply is counted in.
    package static func ownRegions(_ values: [String]) -> [String] {
        let implied = Set(values.compactMap { within[Text.fold($0)].map(Text.fold) })
        return implied.isEmpty ? values : values.filter { !implied.contains(Text.fold($0)) }
    }
}
