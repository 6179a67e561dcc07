import RefgapAllocate
import RefgapModel
import RefgapNormalize
import RefgapPrioritize
import RefgapSegment

let A = Day(iso: "2026-11-24")!

func opp(
    _ id: String, days: Int, amount: Double = 100_000, p: Double = 0.5, closed: Bool = false, flagged: Bool = false,
    activity: String = "Reference call", dims: [String?] = ["Healthcare", "US-Midwest", "Cloud Platform", "Mid-Market"]
) -> Opportunity {
    Opportunity(
        id: id, name: "Deal \(id)", owner: "", account: "Acct \(id)", stage: closed ? "Closed Won" : "Proposal",
        closeDate: A + days, amount: amount, probability: p, isClosed: closed, referenceNeeded: flagged,
        activity: activity, dimensions: dims, line: 2)
}

func need(
    _ name: String, days: Int, count: Int, activity: String = "Case study", criteria: [String?] = [nil, nil, nil, nil],
    min: Seniority? = nil, order: Int = 0
) -> Need {
    Need(
        order: order, team: "PR", name: name, activity: activity, due: A + days, count: count, criteria: criteria,
        minSeniority: min, line: order + 2)
}

func contact(
    _ id: String, status: StatusClass = .active,
    dims: [[String]] = [["Healthcare"], ["US-Midwest"], ["Cloud Platform"], ["Mid-Market"]],
    activities: [String] = ["Reference call", "Case study"], seniority: Seniority = .director,
    verifiedDaysAgo: Int? = 10,
    uses: Int = 0, maxUses: Int? = nil, restUntil: Day? = nil, renewal: Day? = nil, lastUsedDaysAgo: Int? = 30
) -> Contact {
    Contact(
        id: id, account: "Acct \(id)", name: "Contact \(id)", title: "", seniority: seniority, status: status,
        statusLabel: status.rawValue, dimensions: dims, activities: activities,
        lastVerified: verifiedDaysAgo.map { A + -$0 }, lastUsed: lastUsedDaysAgo.map { A + -$0 }, usesLast90Days: uses,
        maxUsesPerQuarter: maxUses, restUntil: restUntil, health: 80, csm: "Sam", renewal: renewal, line: 2)
}

/// Runs segment → allocate → prioritize on in-memory inputs.
func engine(
    _ opps: [Opportunity], _ needs: [Need], _ contacts: [Contact], accounts: [Account] = [],
    config: Config = Config(), checkVerified: Bool = true
) -> EngineRun {
    let input = NormalizedInputs(
        needs: needs, contacts: contacts, accounts: accounts, ledgers: [],
        rosterHasVerifiedColumn: checkVerified, dataQuality: DataQuality())
    let seg = Segment.run(
        input, sales: SalesAccumulator(opps, asOf: A, config: config, tracksAccounts: !accounts.isEmpty), asOf: A,
        config: config)
    let supply = Supply.assess(contacts, asOf: A, config: config, checkVerified: checkVerified)
    // The roster's values keyed once and shared by every index, as the pipeline does.
    let keys = ContactKeys(contacts, dimensions: config.dimensions.count)
    let (allocated, network) = Allocate.run(seg, contacts: contacts, supply: supply, config: config, keys: keys)
    let prioritized = Prioritize.run(
        seg, allocated, network: network, accounts: accounts, config: config, keys: keys)
    return EngineRun(segmented: seg, allocated: allocated, network: network, prioritized: prioritized)
}

/// The stages run on test data: each one's output, and the flow network the recruiting plan extends.
struct EngineRun {
    var segmented: Segmented
    var allocated: Allocated
    var network: FlowNetwork
    var prioritized: Prioritized
}

func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 0.01 }

/// A random open deal in the next 120 days for the property tests: amount, probability and the
/// reference-needed flag drawn from `rng`, activity and dimensions given.
func randomDeal<R: RandomNumberGenerator>(_ i: Int, activity: String, dims: [String?], using rng: inout R)
    -> Opportunity
{
    let days = Int.random(in: 0...120, using: &rng)
    let amount = Double(Int.random(in: 1...400, using: &rng)) * 1000
    let p = Double(Int.random(in: 0...10, using: &rng)) / 10
    let flagged = Int.random(in: 0..<4, using: &rng) == 0
    return opp("\(i)", days: days, amount: amount, p: p, flagged: flagged, activity: activity, dims: dims)
}

/// A seeded sequence (a 64-bit linear congruential generator, its high bits kept): varied values that
/// are the same on every run, for tests over many generated deals.
struct SeededNumbers {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    /// The next value in `0..<n`.
    mutating func next(_ n: UInt64) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % n)
    }
}

/// `deals` read as parts cut at `cuts` (each into its own accumulator) and merged in file order, as the
/// pass over a file cut into parts does.
func mergedInParts(_ deals: [Opportunity], cuts: [Int]) -> SalesAccumulator {
    var parts: [SalesAccumulator] = []
    for (start, end) in zip([0] + cuts, cuts + [deals.count]) {
        var part = SalesAccumulator(asOf: A, config: Config())
        for o in deals[start..<end] { part.add(o) }
        parts.append(part)
    }
    var merged = parts[0]
    for part in parts.dropFirst() { merged.merge(part) }
    return merged
}
