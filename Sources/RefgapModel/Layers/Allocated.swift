/// The allocate stage's output: the roster's real capacity flowed to the buckets in their order (the
/// buckets are `Segmented`'s, by index). The flow network it ran on is not here: it is the allocate
/// stage's working state, handed to prioritize on its own.
package struct Allocated: Sendable {
    package var contacts: [Contact]
    package var supply: [SupplyEntry]
    /// Per bucket (allocation order): references covered.
    package var covered: [Double]
    /// Per bucket: contacts allocated and the load each carries there.
    package var allocations: [[(contact: Int, load: Double)]]
    /// Per contact: total allocated load.
    package var load: [Double]
    /// Contacts eligible for supply.
    package var eligibleCount: Int { supply.filter(\.isEligible).count }

    package init(
        contacts: [Contact], supply: [SupplyEntry], covered: [Double],
        allocations: [[(contact: Int, load: Double)]], load: [Double]
    ) {
        self.contacts = contacts
        self.supply = supply
        self.covered = covered
        self.allocations = allocations
        self.load = load
    }
}
