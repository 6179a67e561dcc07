// `refgap-bench allocation [contacts] [buckets] [seed]`: builds a seeded random program (contacts over
// 20 industries × 8 regions × 4 products × 4 sizes, 10 activities; buckets mostly sales segments, some
// with "any", one in ten a calendar need) and times the allocate stage (max flow, bucket by bucket)
// and the whole engine after ingest.
import Foundation
import RefgapAllocate
import RefgapModel
import RefgapPrioritize

struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

@MainActor func allocationBenchmark(_ arguments: [String]) {
    let nContacts = arguments.count > 0 ? Int(arguments[0]) ?? 20_000 : 20_000
    let nBuckets = arguments.count > 1 ? Int(arguments[1]) ?? 10_000 : 10_000
    var rng = SplitMix64(state: arguments.count > 2 ? UInt64(arguments[2]) ?? 1 : 1)

    let industries = (0..<20).map { "Industry \($0)" }
    let regions = ["US-Northeast", "US-Midwest", "US-South", "US-West", "AMER", "EMEA", "APAC", "LATAM"]
    let products = ["Cloud Platform", "Analytics", "Data Integration", "Security"]
    let sizes = ["SMB", "Mid-Market", "Enterprise", "Strategic"]
    let activities = [
        "Reference call", "Case study", "Press quote", "Speaker", "Analyst interview", "Video", "Peer review",
        "Webinar",
        "Advisory board", "Site visit",
    ]
    let asOf = Day(iso: "2026-11-24") ?? Day(ordinal: 0)
    func pick<T>(_ xs: [T]) -> T { xs[Int.random(in: 0..<xs.count, using: &rng)] }

    var contacts: [Contact] = []
    for i in 0..<nContacts {
        let acts = ["Reference call"] + activities.filter { _ in Int.random(in: 0..<4, using: &rng) == 0 }
        contacts.append(
            Contact(
                id: "C\(i)", account: "Account \(i % 5000)", name: "Contact \(i)", title: "",
                seniority: pick(Seniority.allCases),
                status: .active, statusLabel: "Active",
                dimensions: [
                    [pick(industries)], [pick(regions)], Array(Set([pick(products), pick(products)])).sorted(),
                    [pick(sizes)],
                ],
                activities: acts, lastVerified: asOf + -30, lastUsed: nil,
                usesLast90Days: Int.random(in: 0...2, using: &rng),
                maxUsesPerQuarter: nil,
                restUntil: Int.random(in: 0..<10, using: &rng) == 0 ? asOf + Int.random(in: 1...100, using: &rng) : nil,
                health: nil, csm: "", renewal: nil, line: i + 2))
    }
    var buckets: [Bucket] = []
    for i in 0..<nBuckets {
        let w = i * 3 / nBuckets
        var dims: [String?] = [pick(industries), pick(regions), pick(products), pick(sizes)]
        for d in dims.indices where Int.random(in: 0..<8, using: &rng) == 0 { dims[d] = nil }
        if i % 10 == 0 {
            let due = asOf + [30, 75, 105][w]
            let need = Need(
                order: i, team: "PR", name: "Need \(i)", activity: pick(activities), due: due,
                count: Int.random(in: 1...5, using: &rng), criteria: dims,
                minSeniority: Bool.random(using: &rng) ? nil : pick(Seniority.allCases), line: i + 2)
            buckets.append(
                Bucket(
                    kind: .need, window: w, activity: need.activity, dimensions: dims, demand: Double(need.count),
                    need: need))
        } else {
            let deals = Int.random(in: 1...6, using: &rng)
            buckets.append(
                Bucket(
                    kind: .sales, window: w,
                    activity: Int.random(in: 0..<4, using: &rng) == 0 ? pick(activities) : "Reference call",
                    dimensions: dims, demand: Double(deals) * 0.7 * 0.5, deals: deals,
                    pipeline: Double(deals) * 100_000,
                    weightedPipeline: Double(deals) * 50_000))
        }
    }
    let config = Config()
    let seg = Segmented(
        asOf: asOf, buckets: buckets, bucketDeals: KeptDealIDs(emptyLists: buckets.count), needs: [],
        overdueDeals: [], overdueCount: 0, overdueNeeds: [], beyondHorizon: (0, 0, 0), closedDeals: 0,
        openInHorizon: (0, 0, 0),
        ledgers: [], dataQuality: DataQuality(), rosterHasVerifiedColumn: true)

    let clock = ContinuousClock()
    let t0 = clock.now
    let supply = Supply.assess(contacts, asOf: asOf, config: config, checkVerified: true)
    let t1 = clock.now
    let (allocated, network) = Allocate.run(seg, contacts: contacts, supply: supply, config: config)
    let t2 = clock.now
    let prioritized = Prioritize.run(seg, allocated, network: network, accounts: [], config: config)
    // The plan is made on a thread of its own (`Prioritized.planned`): waited for, so it is timed here.
    _ = prioritized.plan
    let t3 = clock.now
    func ms(_ d: Duration) -> String {
        String(format: "%.1f ms", Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15)
    }
    let demand = buckets.reduce(0) { $0 + $1.demand }
    print(
        "contacts \(nContacts), buckets \(nBuckets), demand \(String(format: "%.1f", demand)), covered \(String(format: "%.1f", allocated.covered.reduce(0, +)))"
    )
    print(
        "supply: \(ms(t1 - t0))  allocate (max flow): \(ms(t2 - t1))  prioritize: \(ms(t3 - t2))  targets: \(prioritized.targets.count)"
    )
}
