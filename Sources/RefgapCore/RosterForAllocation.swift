import RefgapAllocate
import RefgapModel
import RefgapNormalize

/// What the allocation and prioritizing read of the normalized roster before any bucket: each
/// contact's supply (or why it is not), and the roster's values as ids, made once for the
/// allocation's index and every later one. Made apart so that a run makes it while it segments.
struct RosterForAllocation: Sendable {
    var supply: [SupplyEntry]
    var keys: ContactKeys

    init(_ normalized: NormalizedInputs, asOf: Day, config: Config) {
        supply = Supply.assess(
            normalized.contacts, asOf: asOf, config: config, checkVerified: normalized.rosterHasVerifiedColumn)
        keys = ContactKeys(normalized.contacts, dimensions: config.dimensions.count)
    }
}
