import Testing
import RefgapAllocate
import RefgapModel
import RefgapPrioritize
import RefgapSegment

/// The allocation of `p`'s program recomputed from scratch with `extra` contacts on the roster: the
/// covered demand per bucket and the priority covered (Σ covered × priority per reference).
func recomputed(_ p: EngineRun, extra: [Contact]) -> (covered: [Double], priority: Double) {
    let contacts = p.allocated.contacts + extra
    let supply = Supply.assess(
        contacts, asOf: A, config: p.prioritized.config, checkVerified: p.segmented.rosterHasVerifiedColumn)
    let allocated = Allocate.run(p.segmented, contacts: contacts, supply: supply, config: p.prioritized.config)
        .allocated
    var priority = 0.0
    for (i, b) in p.segmented.buckets.enumerated() {
        priority += allocated.covered[i] * RecruitingPlan.priorityPerReference(b, config: p.prioritized.config)
    }
    return (allocated.covered, priority)
}

/// A random program: few segments, so recruits overlap and the brute force stays small; `medium`
/// has more of everything, so recruits' searches meet and a step's changes reach other candidates.
/// `sharedClasses`: the contacts are copies of three, differing only in their uses and capacity, so
/// the flow's classes have several members and a path may have to pass a later one.
func randomProgram(seed: Int, medium: Bool = false, sharedClasses: Bool = false) -> EngineRun {
    var rng = SplitMix64(state: UInt64(seed) &* 104_729 &+ 3)
    let industries = medium ? ["Healthcare", "Retail", "Energy", "Education"] : ["Healthcare", "Retail"]
    let regions = medium ? ["US-West", "EMEA", "APAC"] : ["US-West", "EMEA"],
        activities = ["Reference call", "Case study"]
    func pick<T>(_ xs: [T]) -> T { xs[Int.random(in: 0..<xs.count, using: &rng)] }
    func maybe<T>(_ xs: [T]) -> T? { Int.random(in: 0..<3, using: &rng) == 0 ? nil : pick(xs) }
    var opps: [Opportunity] = []
    for i in 0..<(medium ? Int.random(in: 20...60, using: &rng) : Int.random(in: 2...9, using: &rng)) {
        opps.append(
            opp(
                "\(i)", days: Int.random(in: 0...120, using: &rng),
                amount: Double(Int.random(in: 1...400, using: &rng)) * 1000,
                p: Double(Int.random(in: 1...10, using: &rng)) / 10, flagged: Int.random(in: 0..<3, using: &rng) == 0,
                activity: pick(activities), dims: [maybe(industries), maybe(regions), nil, nil]))
    }
    var needs: [Need] = []
    for i in 0..<(medium ? Int.random(in: 2...8, using: &rng) : Int.random(in: 0...3, using: &rng)) {
        needs.append(
            need(
                "n\(i)", days: Int.random(in: 0...120, using: &rng), count: Int.random(in: 1...2, using: &rng),
                activity: pick(activities), criteria: [maybe(industries), maybe(regions), nil, nil],
                min: Bool.random(using: &rng) ? nil : pick(Seniority.allCases), order: i))
    }
    var contacts: [Contact] = []
    let templates = (0..<3).map { _ in
        (
            dims: [[pick(industries)], [pick(regions)], [], []],
            activities: activities.filter { _ in Bool.random(using: &rng) }, seniority: pick(Seniority.allCases)
        )
    }
    for i in 0..<(medium ? Int.random(in: 5...25, using: &rng) : Int.random(in: 0...4, using: &rng)) {
        let own = (
            dims: [[pick(industries)], [pick(regions)], [], []],
            activities: activities.filter { _ in Bool.random(using: &rng) }, seniority: pick(Seniority.allCases)
        )
        let shape = sharedClasses ? pick(templates) : own
        contacts.append(
            contact(
                "c\(i)", dims: shape.dims, activities: shape.activities, seniority: shape.seniority,
                uses: Int.random(in: 0...3, using: &rng), maxUses: Int.random(in: 1...4, using: &rng)))
    }
    var config = Config()
    // A small capacity per recruit, so plans take several steps.
    config.maxUsesPerQuarter = 1
    config.planMaxRecruits = medium ? 60 : 12
    return engine(opps, needs, contacts, config: config)
}

@Suite("Recruiting plan")
struct RecruitingPlanTests {
    @Test(arguments: 0..<120)
    func eachStepIsTheBestSingleRecruitGivenTheEarlierOnes(seed: Int) {
        let p = randomProgram(seed: seed)
        let plan = p.prioritized.plan
        let recruits = RecruitingPlan.recruitContacts(p.prioritized, segmented: p.segmented)
        var chosen: [Contact] = []
        var previous = recomputed(p, extra: [])
        #expect(abs(previous.priority - plan.basePriorityCovered) < 1e-6 * max(1, previous.priority), "seed \(seed)")
        for step in plan.steps {
            // Every candidate, recomputed from scratch: the plan's choice gains the most.
            let options = recruits.map { recomputed(p, extra: chosen + [$0]).priority }
            let best = options.max() ?? 0
            let pick = recruits[step.targetRank - 1]
            let mine = recomputed(p, extra: chosen + [pick])
            #expect(
                abs(mine.priority - best) <= 1e-6 * max(1, best),
                "seed \(seed) step \(step.step): gain \(mine.priority - previous.priority), best \(best - previous.priority)"
            )
            // The plan's own figures agree with the recomputation.
            #expect(abs(mine.priority - step.priorityCovered) <= 1e-6 * max(1, best), "seed \(seed) step \(step.step)")
            #expect(abs(mine.covered.reduce(0, +) - step.covered) < 0.001, "seed \(seed) step \(step.step)")
            for (i, c) in mine.covered.enumerated() {
                #expect(c >= previous.covered[i] - 1e-9, "a recruit lowered bucket \(i)'s coverage, seed \(seed)")
            }
            chosen.append(pick)
            previous = mine
        }
        // Coverage never decreases along the plan.
        let coverages = [plan.baseCoverage] + plan.steps.map(\.coverage)
        #expect(zip(coverages, coverages.dropFirst()).allSatisfy { $0 <= $1 + 1e-12 }, "seed \(seed)")
        // When the plan ends on its own, no candidate adds anything more.
        if plan.closesEveryGap {
            let end = recomputed(p, extra: chosen).covered.reduce(0, +)
            for r in recruits {
                #expect(recomputed(p, extra: chosen + [r]).covered.reduce(0, +) - end < 0.005, "seed \(seed)")
            }
        }
    }

    @Test(arguments: 0..<120)
    func keptGainsGiveTheSameStepsAsPlainGreedy(seed: Int) {
        let p = randomProgram(seed: seed, medium: seed % 2 == 1)
        let plain = RecruitingPlan.make(
            p.prioritized, segmented: p.segmented, allocated: p.allocated, network: p.network, incremental: false)
        #expect(p.prioritized.plan.steps.map(\.targetRank) == plain.steps.map(\.targetRank), "seed \(seed)")
        #expect(p.prioritized.plan.steps.map(\.gain) == plain.steps.map(\.gain), "seed \(seed)")
        #expect(p.prioritized.plan.steps.map(\.covered) == plain.steps.map(\.covered), "seed \(seed)")
        #expect(p.prioritized.plan.evaluations <= plain.evaluations, "seed \(seed)")
    }

    /// A commit joins groups of buckets (`BucketComponents`), which can raise a candidate's bound
    /// above the one it was queued with; it must be queued again. Of seeds 120–1499 only 641 makes
    /// that candidate the step's winner (found by dropping the re-queue), so it is kept here.
    @Test func aCandidateWhoseBoundAJoinRaisesIsQueuedAgain() {
        let p = randomProgram(seed: 641, medium: true)
        let plain = RecruitingPlan.make(
            p.prioritized, segmented: p.segmented, allocated: p.allocated, network: p.network, incremental: false)
        #expect(p.prioritized.plan.steps.count > 1)
        #expect(p.prioritized.plan.steps.map(\.targetRank) == plain.steps.map(\.targetRank))
        #expect(p.prioritized.plan.steps.map(\.gain) == plain.steps.map(\.gain))
    }

    /// A plan cut at `plan_work_limit` is the first steps of the whole plan, says it stopped, and
    /// claims no count it did not reach.
    @Test func aPlanStoppedAtItsWorkLimitIsThePlansFirstSteps() {
        var stopped = 0
        for seed in 0..<40 {
            let p = randomProgram(seed: seed, medium: true)
            let full = p.prioritized.plan
            guard full.steps.count >= 2, full.work > 0 else { continue }
            var limited = p.prioritized
            limited.config.planWorkLimit = full.work / 2
            let cut = RecruitingPlan.make(limited, segmented: p.segmented, allocated: p.allocated, network: p.network)
            #expect(!full.stoppedAtWorkLimit, "seed \(seed)")
            #expect(cut.steps.map(\.targetRank) == full.steps.prefix(cut.steps.count).map(\.targetRank), "seed \(seed)")
            #expect(cut.steps.map(\.covered) == full.steps.prefix(cut.steps.count).map(\.covered), "seed \(seed)")
            if cut.stoppedAtWorkLimit {
                stopped += 1
                #expect(cut.steps.count < full.steps.count && cut.work >= full.work / 2, "seed \(seed)")
                #expect(cut.recruitsToCloseEveryGap == nil && cut.workLimit == full.work / 2, "seed \(seed)")
            }
        }
        #expect(stopped >= 10, "the limit stopped \(stopped) plans of 40")
    }

    /// A calendar need with no criteria, early and already covered, is matched by every recruit of its
    /// activity; a commit must not report it as changed, or every kept gain is evaluated again at every
    /// step (a 400,000-row export's plan went from 5 s to 90 s that way). Here the segments share
    /// nothing else, so each step re-evaluates only what the committed recruit touched.
    @Test func aBucketEveryRecruitMatchesDoesNotInvalidateEveryGain() {
        let industries = ["Healthcare", "Retail", "Energy", "Education"]
        let regions = ["US-West", "EMEA", "APAC"]
        var opps: [Opportunity] = []
        for (i, industry) in industries.enumerated() {
            for (j, region) in regions.enumerated() {
                opps.append(
                    opp(
                        "\(i)-\(j)", days: 70, amount: Double(100 + 10 * (3 * i + j)) * 1000, p: 0.9,
                        flagged: true, dims: [industry, region, nil, nil]))
            }
        }
        let broad = need("any", days: 5, count: 1, activity: "Reference call", order: 0)
        let covering = contact("c0", dims: [["Healthcare"], ["US-West"], [], []], activities: ["Reference call"])
        var config = Config()
        config.maxUsesPerQuarter = 1
        config.planMaxRecruits = 8
        let p = engine(opps, [broad], [covering], config: config)
        let candidates = p.prioritized.targets.count
        let plain = RecruitingPlan.make(
            p.prioritized, segmented: p.segmented, allocated: p.allocated, network: p.network, incremental: false)
        #expect(p.segmented.buckets.first?.need?.name == "any" && p.prioritized.gaps.first?.gap == 0)
        #expect(candidates >= 10 && p.prioritized.plan.steps.count == 8)
        #expect(p.prioritized.plan.steps.map(\.targetRank) == plain.steps.map(\.targetRank))
        // The first step evaluates every candidate; each later one only the few its commit touched.
        #expect(
            p.prioritized.plan.evaluations <= candidates + 3 * p.prioritized.plan.steps.count,
            "\(p.prioritized.plan.evaluations) evaluations for \(candidates) candidates (plain greedy: \(plain.evaluations))"
        )
    }

    /// On larger programs: after every step the plan's covered demand per bucket is what a full
    /// allocation with those recruits on the roster gives.
    @Test(arguments: 0..<30)
    func theIncrementalFlowMatchesAFullAllocationOnLargerPrograms(seed: Int) {
        expectStepsMatchAFullAllocation(randomProgram(seed: 1_000 + seed, medium: true), seed: seed)
    }

    /// The same where contacts share their classes: a search that reached a class's later members
    /// must use them, not only its first (a test broken so was seen to fail here, not above).
    @Test(arguments: 0..<40)
    func theIncrementalFlowMatchesAFullAllocationWhenContactsShareClasses(seed: Int) {
        expectStepsMatchAFullAllocation(
            randomProgram(seed: 2_000 + seed, medium: true, sharedClasses: true), seed: seed)
    }

    /// After every step of `p`'s plan, its covered demand and priority are a full allocation's with
    /// those recruits on the roster.
    func expectStepsMatchAFullAllocation(_ p: EngineRun, seed: Int) {
        let recruits = RecruitingPlan.recruitContacts(p.prioritized, segmented: p.segmented)
        var chosen: [Contact] = []
        for step in p.prioritized.plan.steps {
            chosen.append(recruits[step.targetRank - 1])
            let full = recomputed(p, extra: chosen)
            #expect(abs(full.covered.reduce(0, +) - step.covered) < 0.001, "seed \(seed) step \(step.step)")
            #expect(
                abs(full.priority - step.priorityCovered) <= 1e-6 * max(1, full.priority),
                "seed \(seed) step \(step.step)")
        }
    }

    /// The plan's count for closing every closable gap against the fewest recruits that do it, found
    /// by trying every multiset of candidates. Greedy can need more, never fewer.
    @Test func fullCoverageCountIsNeverBelowTheExhaustiveOptimum() {
        var compared = 0, above = 0, extra = 0, worst = 0
        for seed in 0..<200 {
            let p = randomProgram(seed: seed)
            let plan = p.prioritized.plan
            guard plan.closesEveryGap, !plan.steps.isEmpty, plan.steps.count <= 6, p.prioritized.targets.count <= 5
            else {
                continue
            }
            let recruits = RecruitingPlan.recruitContacts(p.prioritized, segmented: p.segmented)
            let goal = plan.steps.last?.covered ?? 0
            var optimum = plan.steps.count
            search: for size in 1..<plan.steps.count {
                for combo in multisets(of: recruits.count, size: size) {
                    if recomputed(p, extra: combo.map { recruits[$0] }).covered.reduce(0, +) >= goal - 0.005 {
                        optimum = size
                        break search
                    }
                }
            }
            #expect(plan.steps.count >= optimum, "seed \(seed)")
            compared += 1
            if plan.steps.count > optimum {
                above += 1
                extra += plan.steps.count - optimum
                worst = max(worst, plan.steps.count - optimum)
            }
        }
        #expect(compared >= 30)
        print(
            "recruiting plan vs exhaustive optimum: \(compared) programs, greedy above the optimum in \(above) (\(extra) recruits more in all, at most \(worst) in one)"
        )
    }

    func multisets(of n: Int, size: Int) -> [[Int]] {
        guard size > 0 else { return [[]] }
        var out: [[Int]] = []
        func extend(_ prefix: [Int], from: Int) {
            if prefix.count == size {
                out.append(prefix)
                return
            }
            for i in from..<n { extend(prefix + [i], from: i) }
        }
        extend([], from: 0)
        return out
    }

    /// One recruit in Healthcare · US-West serves three segments' gaps (its own, Healthcare in any
    /// region, any industry in US-West): the old arithmetic asks for one recruit per segment.
    @Test func oneRecruitServingThreeBucketsBeatsTheArithmetic() {
        let opps = [
            opp("a", days: 20, amount: 100_000, p: 1, flagged: true, dims: ["Healthcare", "US-West", nil, nil]),
            opp("b", days: 20, amount: 50_000, p: 1, flagged: true, dims: ["Healthcare", nil, nil, nil]),
            opp("c", days: 20, amount: 20_000, p: 1, flagged: true, dims: [nil, "US-West", nil, nil]),
        ]
        let p = engine(opps, [], [])
        #expect(p.prioritized.targets.count == 3)
        let arithmetic = p.prioritized.targets.reduce(0) { $0 + $1.recruits }
        #expect(arithmetic == 3)
        #expect(p.prioritized.plan.recruitsToCloseEveryGap == 1)
        #expect(p.prioritized.plan.steps.first?.dimensions == ["Healthcare", "US-West", nil, nil])
        #expect(p.prioritized.plan.steps.first?.served.count == 3)
        #expect(p.prioritized.plan.recruits(toReach: 0.8) == 1)
    }

    /// The weighted objective is not submodular: a recruit's gain can grow once another is added, so
    /// stale gains are not upper bounds. Bucket 1 (first window, little pipeline, any industry) comes
    /// first in the allocation order and takes the Healthcare recruit that bucket 2 (second window,
    /// much pipeline, Healthcare) wants; once a recruit with no industry covers bucket 1, the
    /// Healthcare recruit is worth bucket 2's far higher priority.
    @Test func aCandidatesGainCanGrowAsOthersAreAdded() {
        let opps = [
            opp("low", days: 20, amount: 10_000, p: 1, flagged: true, dims: [nil, "US-West", nil, nil]),
            opp("high", days: 80, amount: 900_000, p: 1, flagged: true, dims: ["Healthcare", "US-West", nil, nil]),
        ]
        var config = Config()
        config.largeDealAmount = 1e12
        config.maxUsesPerQuarter = 1
        let p = engine(opps, [], [], config: config)
        let recruits = RecruitingPlan.recruitContacts(p.prioritized, segmented: p.segmented)
        guard let broad = recruits.first(where: { $0.dimensions[0].isEmpty }),
            let healthcare = recruits.first(where: { $0.dimensions[0] == ["Healthcare"] })
        else {
            Issue.record("expected a target per bucket")
            return
        }
        let base = recomputed(p, extra: []).priority
        let alone = recomputed(p, extra: [healthcare]).priority - base
        let afterBroad = recomputed(p, extra: [broad, healthcare]).priority - recomputed(p, extra: [broad]).priority
        #expect(afterBroad > alone * 10)
        // The plan still finds both, and its figures are exact.
        #expect(p.prioritized.plan.recruitsToCloseEveryGap == 2)
    }
}
