import Testing
import RefgapAllocate
import RefgapModel
import RefgapPrioritize

/// A program whose calendar asks for any industry of a roster where each contact has an industry
/// of its own: a need's bucket may draw on more classes than `RecruitFlow.longRow`, and the roster
/// cannot serve the calendar, so the plan's path searches meet those long class lists again and
/// again and read, instead, the contacts they have not yet seen (RecruitFlowPath.swift).
func wideProgram(seed: Int) -> EngineRun {
    var rng = SplitMix64(state: UInt64(seed) &* 7_919 &+ 11)
    let industries = (0..<100).map { "Industry \($0)" }
    let regions = ["US-West", "EMEA"], activities = ["Reference call", "Case study"]
    func pick<T>(_ xs: [T]) -> T { xs[Int.random(in: 0..<xs.count, using: &rng)] }
    var opps: [Opportunity] = []
    for i in 0..<Int.random(in: 10...30, using: &rng) {
        opps.append(
            opp(
                "\(i)", days: Int.random(in: 0...120, using: &rng),
                amount: Double(Int.random(in: 1...400, using: &rng)) * 1000,
                p: Double(Int.random(in: 1...10, using: &rng)) / 10, activity: pick(activities),
                dims: [pick(industries), pick(regions), nil, nil]))
    }
    var needs: [Need] = []
    for i in 0..<Int.random(in: 30...50, using: &rng) {
        needs.append(
            need(
                "n\(i)", days: Int.random(in: 0...120, using: &rng), count: Int.random(in: 2...4, using: &rng),
                activity: pick(activities),
                criteria: [nil, Int.random(in: 0..<4, using: &rng) > 0 ? nil : pick(regions), nil, nil],
                min: nil, order: i))
    }
    var contacts: [Contact] = []
    for i in 0..<Int.random(in: 70...110, using: &rng) {
        contacts.append(
            contact(
                "c\(i)", dims: [[industries[i % industries.count]], [pick(regions)], [], []],
                activities: activities.filter { _ in Int.random(in: 0..<4, using: &rng) > 0 },
                seniority: pick(Seniority.allCases), uses: Int.random(in: 0...2, using: &rng),
                maxUses: Int.random(in: 1...3, using: &rng)))
    }
    var config = Config()
    config.maxUsesPerQuarter = 1
    config.planMaxRecruits = 40
    return engine(opps, needs, contacts, config: config)
}

@Suite("Recruiting plan: long class lists")
struct LongClassListTests {
    /// After every step the covered demand is a full allocation's with those recruits on the roster,
    /// and the steps are plain greedy's (every candidate re-evaluated from scratch each step).
    @Test(arguments: 0..<24)
    func stepsMatchAFullAllocationAndPlainGreedy(seed: Int) {
        let p = wideProgram(seed: seed)
        #expect(!p.prioritized.plan.steps.isEmpty, "seed \(seed)")
        RecruitingPlanTests().expectStepsMatchAFullAllocation(p, seed: seed)
        let plain = RecruitingPlan.make(
            p.prioritized, segmented: p.segmented, allocated: p.allocated, network: p.network, incremental: false)
        #expect(p.prioritized.plan.steps.map(\.targetRank) == plain.steps.map(\.targetRank), "seed \(seed)")
        #expect(p.prioritized.plan.steps.map(\.covered) == plain.steps.map(\.covered), "seed \(seed)")
    }

    /// The flow that reads every class list by its unseen contacts from the start of each search and
    /// keeps every group of two or more buckets (`BucketGroups`), and the one that reads every list
    /// whole and keeps no group, evaluate and commit the same recruits alike: the same buckets served
    /// by the same units, the same nodes read (in another order: the backward search meets groups
    /// before their buckets' places) and the same nodes visited by the path searches (which visit
    /// them in the same order, so they find the same paths); only the list entries read differ.
    @Test(arguments: 0..<24)
    func theSearchesShortcutsFindTheSameFlow(seed: Int) {
        let p = wideProgram(seed: seed)
        let config = p.prioritized.config, seg = p.segmented
        let recruits = RecruitingPlan.recruitContacts(p.prioritized, segmented: seg)
        let matched = RecruitMatching.buckets(for: recruits, seg, config: config)
        let capacity = config.capacity(maxUsesPerQuarter: nil) * Allocate.unitsPerReference
        func flow(_ reading: LongListReading, groupsFrom: Int) -> RecruitFlow {
            RecruitFlow(
                network: p.network, demand: seg.buckets.map { Allocate.units($0.demand) },
                allocations: p.allocated.allocations.map { $0.map { ($0.contact, Allocate.units($0.load)) } },
                needEdge: seg.buckets.map { $0.kind == .need }, unit: Allocate.unitsPerReference,
                maxRecruits: matched.count, longLists: reading, groupsFrom: groupsFrom)
        }
        var whole = flow(.never, groupsFrom: .max), byContacts = flow(.always, groupsFrom: 2)
        var served = 0
        for (i, buckets) in matched.enumerated() {
            let commit = i % 3 == 0
            let a = whole.add(buckets: buckets, capacity: capacity, commit: commit)
            let b = byContacts.add(buckets: buckets, capacity: capacity, commit: commit)
            #expect(a.served.map(\.bucket) == b.served.map(\.bucket), "seed \(seed) recruit \(i)")
            #expect(a.served.map(\.units) == b.served.map(\.units), "seed \(seed) recruit \(i)")
            #expect(a.nodes.sorted() == b.nodes.sorted() && a.searched == b.searched, "seed \(seed) recruit \(i)")
            served += a.units
            // The list entries read are work too, at a thirty-second of a node: `plan_work_limit`
            // bounds their time.
            if !commit {
                #expect(a.work == a.nodes.count + a.searched + a.entriesRead / 32, "seed \(seed) recruit \(i)")
            }
        }
        #expect(served > 0, "seed \(seed)")
    }
}
