import RefgapModel
import RefgapSegment

/// The allocate stage: the roster's real capacity flows to the buckets in their order.
package struct Allocated: Sendable {
    package var segmented: Segmented
    package var contacts: [Contact]
    package var supply: [SupplyEntry]
    /// Per bucket (allocation order): references covered.
    package var covered: [Double]
    /// Per bucket: contacts allocated and the load each carries there.
    package var allocations: [[(contact: Int, load: Double)]]
    /// Per contact: total allocated load.
    package var load: [Double]
    /// The network the allocation ran on, for the recruiting plan to extend.
    package var network = FlowNetwork()
    /// Contacts eligible for supply.
    package var eligibleCount: Int { supply.filter(\.isEligible).count }
}

package enum Allocate {
    /// Flow quantities are whole ten-thousandths of a reference, so sums are exact.
    package static let unitsPerReference = 10_000

    package static func units(_ references: Double) -> Int { Int((references * Double(unitsPerReference)).rounded()) }
    package static func references(_ units: Int) -> Double { Double(units) / Double(unitsPerReference) }

    package static func run(_ segmented: Segmented, contacts: [Contact], supply: [SupplyEntry], config: Config)
        -> Allocated
    {
        let asOf = segmented.asOf
        // Classes of interchangeable eligible contacts, indexed for matching.
        let matchClasses = MatchClasses(
            contacts, indices: supply.lazy.filter(\.isEligible).map(\.contact), keepRest: true)
        let index = MatchIndex(classes: matchClasses.representatives, dimensions: config.dimensions.count)
        var capacity = [Int](repeating: 0, count: contacts.count)
        for entry in supply where entry.isEligible { capacity[entry.contact] = entry.capacity * unitsPerReference }

        var flow = IncrementalMaxFlow(classMembers: matchClasses.members, capacity: capacity)
        var covered: [Double] = []
        covered.reserveCapacity(segmented.buckets.count)
        var network = FlowNetwork(classMembers: matchClasses.members, capacity: capacity)
        for bucket in segmented.buckets {
            let windowEnd = asOf + config.windows[min(bucket.window, config.windows.count - 1)]
            let classes = index.classes(for: bucket, windowEnd: windowEnd)
            network.bucketClasses.append(classes)
            let edge = bucket.kind == .need ? unitsPerReference : IncrementalMaxFlow.unbounded
            let got = flow.add(demand: units(bucket.demand), classes: classes, edgeCapacity: edge)
            covered.append(references(got))
        }

        var allocations = [[(contact: Int, load: Double)]](repeating: [], count: segmented.buckets.count)
        var load = [Double](repeating: 0, count: contacts.count)
        for c in contacts.indices where capacity[c] > 0 {
            load[c] = references(flow.used[c])
            for (b, u) in flow.allocations(contact: c) { allocations[b].append((c, references(u))) }
        }
        for b in allocations.indices { allocations[b].sort { $0.contact < $1.contact } }
        return Allocated(
            segmented: segmented, contacts: contacts, supply: supply, covered: covered,
            allocations: allocations, load: load, network: network)
    }
}
