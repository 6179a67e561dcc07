import Testing
import RefgapAllocate
import RefgapModel
import RefgapNormalize
@testable import RefgapPrioritize
@testable import RefgapSegment

@Suite("Windows and demand")
struct DemandTests {
    @Test func windowsFromTheAsOfDate() {
        let c = Config()
        #expect(c.window(forOffset: -1) == nil)
        #expect(c.window(forOffset: 0) == 0)
        #expect(c.window(forOffset: 60) == 0)
        #expect(c.window(forOffset: 61) == 1)
        #expect(c.window(forOffset: 90) == 1)
        #expect(c.window(forOffset: 91) == 2)
        #expect(c.window(forOffset: 120) == 2)
        #expect(c.window(forOffset: 121) == nil)
        var include = Config()
        include.overdue = .include
        #expect(include.window(forOffset: -5) == 0)
    }

    @Test func overdueAndBeyondHorizonAreCountedNotAllocated() {
        let p = engine(
            [
                opp("1", days: -3), opp("2", days: 10), opp("3", days: 121, amount: 40_000),
                opp("4", days: 5, closed: true),
            ], [], [])
        #expect(p.segmented.overdueDeals.count == 1)
        #expect(p.segmented.beyondHorizon.deals == 1)
        #expect(p.segmented.beyondHorizon.pipeline == 40_000)
        #expect(p.segmented.closedDeals == 1)
        #expect(p.segmented.buckets.count == 1)
        #expect(close(p.prioritized.totals.demand, 0.35))
    }

    @Test func salesDemandPerDeal() {
        let c = Config()
        // 0.7 × 1 × 0.5
        #expect(close(Segment.expectedReferences(opp("a", days: 1, amount: 100_000, p: 0.5), config: c), 0.35))
        // large deal: 0.7 × 2 × 0.5
        #expect(close(Segment.expectedReferences(opp("b", days: 1, amount: 250_000, p: 0.5), config: c), 0.7))
        // flagged: refs(amount)
        #expect(Segment.expectedReferences(opp("c", days: 1, amount: 300_000, p: 0.1, flagged: true), config: c) == 2)
        #expect(Segment.expectedReferences(opp("d", days: 1, amount: 10, p: 0.1, flagged: true), config: c) == 1)
    }

    @Test func bucketsSumDemandPipelineAndWeightedPipeline() {
        let p = engine(
            [
                opp("1", days: 1, amount: 100_000, p: 0.5), opp("2", days: 2, amount: 300_000, p: 0.25),
                opp("3", days: 70),
            ], [], [])
        let w1 = p.segmented.buckets.first { $0.window == 0 }
        #expect(w1?.deals == 2)
        #expect(w1?.pipeline == 400_000)
        #expect(w1?.weightedPipeline == 125_000)
        #expect(close(w1?.demand ?? 0, 0.35 + 0.35))
        let kept = p.segmented.buckets.firstIndex { $0.window == 0 }.map { p.segmented.bucketDeals.ids(in: $0) }
        #expect(kept == ["2", "1"])
    }

    @Test func growthGoalsWeighTheBucketsThatMatchEveryCriterion() {
        var config = Config()
        config.growthGoals = [
            .init(
                name: "Calls in healthcare", weight: 2,
                criteria: ["Activity": "reference CALL", "industry": "healthcare"]),
            .init(name: "Any region", weight: 3, criteria: ["region": "Any", "product": "Cloud Platform"]),
            .init(name: "Not a dimension", weight: 5, criteria: ["colour": "blue"]),
            .init(name: "Case studies", weight: 7, criteria: ["activity": "Case study"]),
        ]
        let p = engine(
            [opp("a", days: 5), opp("b", days: 6, activity: "Case study", dims: ["Retail", nil, "Analytics", "SMB"])],
            [], [],
            config: config)
        let weights = Dictionary(
            p.segmented.buckets.map { ($0.activity, ($0.weight, $0.goals)) }, uniquingKeysWith: { a, _ in a })
        #expect(weights["Reference call"]?.0 == 6)
        #expect(weights["Reference call"]?.1 == ["Calls in healthcare", "Any region"])
        #expect(weights["Case study"]?.0 == 7)
        #expect(weights["Case study"]?.1 == ["Case studies"])
    }

    @Test func allocationOrder() {
        var config = Config()
        config.growthGoals = [.init(name: "West", weight: 3, criteria: ["region": "US-West"])]
        let west: [String?] = ["Retail", "US-West", "Analytics", "SMB"]
        let p = engine(
            [
                opp("small", days: 1, amount: 10_000), opp("big", days: 2, amount: 900_000),
                opp("west", days: 3, amount: 1, dims: west),
                opp("late", days: 80, amount: 5_000_000),
            ],
            [
                need("later", days: 20, count: 1, order: 0), need("sooner", days: 10, count: 1, order: 1),
                need("w2", days: 70, count: 1, order: 2),
            ],
            [], config: config)
        let names = p.segmented.buckets.map {
            $0.need?.name ?? ($0.dimensions[1] == "US-West" ? "west" : "sales W\($0.window + 1)")
        }
        #expect(names == ["sooner", "later", "west", "sales W1", "w2", "sales W2"])
    }
}

@Suite("Supply and matching")
struct SupplyTests {
    @Test func eligibilityAndReasons() {
        let contacts = [
            contact("ok"), contact("pending", status: .pending), contact("hold", status: .hold),
            contact("stale", verifiedDaysAgo: 181),
            contact("never", verifiedDaysAgo: nil), contact("renewing", renewal: A + 60), contact("used", uses: 5),
            contact("renewed-later", renewal: A + 61),
        ]
        let s = Supply.assess(contacts, asOf: A, config: Config(), checkVerified: true)
        #expect(s.map(\.isEligible) == [true, false, false, false, false, false, false, true])
        #expect(s[3].exclusions == [.stale(lastVerified: A + -181)])
        #expect(s[4].exclusions == [.stale(lastVerified: nil)])
        #expect(s[5].exclusions == [.caution(renewal: A + 60)])
        #expect(s[6].exclusions == [.noCapacity(uses: 5, capacity: 5)])
        #expect(s[1].exclusions.allSatisfy(\.isRecoverable) && s[3].exclusions.allSatisfy(\.isRecoverable))
        let holdRecoverable = s[2].exclusions.allSatisfy { $0.isRecoverable }
        #expect(!holdRecoverable)
        // Without a verified column nobody is stale.
        #expect(Supply.assess(contacts, asOf: A, config: Config(), checkVerified: false)[4].isEligible)
    }

    @Test func capacityOverTheHorizon() {
        let s = Supply.assess(
            [contact("a", uses: 2), contact("b", maxUses: 6), contact("c", maxUses: 1)], asOf: A, config: Config(),
            checkVerified: true)
        #expect(s.map(\.capacity) == [3, 8, 1])  // floor(4·120/90)−2, floor(6·120/90), floor(1·120/90)
        var short = Config()
        short.windows = [30, 60]
        #expect(Supply.assess([contact("a")], asOf: A, config: short, checkVerified: true)[0].capacity == 2)
    }

    @Test func matchingOnDimensionsActivityAndSeniority() {
        let c = contact(
            "a", dims: [["Healthcare"], [], ["Cloud Platform", "Analytics"], ["Mid-Market"]], seniority: .director)
        let any: [String?] = [nil, nil, nil, nil]
        #expect(
            Matching.canServe(
                c,
                Bucket(
                    kind: .sales, window: 0, activity: "Reference call",
                    dimensions: ["Healthcare", nil, "Analytics", nil])))
        #expect(
            !Matching.canServe(
                c, Bucket(kind: .sales, window: 0, activity: "Reference call", dimensions: [nil, "US-West", nil, nil])))
        #expect(!Matching.canServe(c, Bucket(kind: .sales, window: 0, activity: "Video", dimensions: any)))
        let vp = need("keynote", days: 5, count: 1, activity: "Case study", min: .vp)
        #expect(
            !Matching.canServe(c, Bucket(kind: .need, window: 0, activity: "Case study", dimensions: any, need: vp)))
        let dir = need("panel", days: 5, count: 1, activity: "Case study", min: .director)
        #expect(
            Matching.canServe(c, Bucket(kind: .need, window: 0, activity: "Case study", dimensions: any, need: dir)))
    }

    @Test func restingContactsServeOnlyWindowsEndingAfterTheRest() {
        let p = engine(
            [opp("1", days: 10, p: 1, flagged: true), opp("2", days: 70, p: 1, flagged: true)], [],
            [contact("r", restUntil: A + 70)])
        let w1 = p.prioritized.gaps.first { $0.bucket.window == 0 },
            w2 = p.prioritized.gaps.first { $0.bucket.window == 1 }
        #expect(w1?.covered == 0)
        #expect(w2?.covered == 1)
    }

    @Test func seniorityFromTitles() {
        #expect(Normalizer.seniority(title: "Vice President, Clinical Systems") == .vp)
        #expect(Normalizer.seniority(title: "SVP Operations") == .vp)
        #expect(Normalizer.seniority(title: "President") == .cLevel)
        #expect(Normalizer.seniority(title: "Chief Digital Officer") == .cLevel)
        #expect(Normalizer.seniority(title: "CTO") == .cLevel)
        #expect(Normalizer.seniority(title: "Director of Data") == .director)
        #expect(Normalizer.seniority(title: "Head of Analytics") == .director)
        #expect(Normalizer.seniority(title: "IT Manager") == .manager)
        #expect(Normalizer.seniority(title: "Senior Data Engineer") == .practitioner)
        // whole words: no "Director", no "CTO"
        #expect(Normalizer.seniority(title: "Directory Services Engineer") == .practitioner)
    }

    /// A trial's titles: an assistant or a chief of staff was read at the boss's level (an executive
    /// assistant covered a C-level keynote), abbreviations with dots and other languages' words not at all.
    @Test(arguments: [
        ("Executive Assistant to the CEO", Seniority.practitioner), ("Assistant to the Vice President", .practitioner),
        ("Chief of Staff", .director), ("Director, Office of the CIO", .director), ("V.P. Marketing", .vp),
        ("Dir. of IT", .director), ("Sr. Dir. Engineering", .director), ("Directeur Informatique", .director),
        ("Gerente de TI", .manager), ("C.E.O.", .cLevel), ("Président-directeur général", .cLevel),
        ("Assistant Vice President", .vp),
        // A second trial's: a company's head by another name, a deputy to a chief, an owner of a product.
        ("Managing Director", .cLevel), ("Geschäftsführerin", .cLevel), ("Owner", .cLevel), ("Co-Owner", .cLevel),
        ("Chairman of the Board", .cLevel), ("Deputy Chief Information Officer", .vp), ("Product Owner", .practitioner),
        ("Director, Managing Partner Office", .director),
    ])
    func seniorityFromTitlesAsWritten(title: String, level: Seniority) {
        #expect(Normalizer.seniority(title: title) == level, "\(title)")
    }
}

@Suite("Allocation")
struct AllocationTests {
    @Test func calendarNeedsTakeDistinctContacts() {
        let p = engine([], [need("wave", days: 10, count: 3)], [contact("a"), contact("b", uses: 4)])
        #expect(p.prioritized.gaps[0].covered == 2)
        #expect(p.prioritized.gaps[0].gap == 1)
        #expect(p.prioritized.gaps[0].allocations.map(\.load) == [1, 1])
    }

    @Test func flowReroutesAnEarlierBucketToServeALaterOne() {
        // b1 (any region) comes first and could take X; b2 (Midwest only) can use only X. A greedy
        // allocation gives X to b1 and leaves b2 short; the flow moves b1 to Y.
        let anyRegion: [String?] = ["Healthcare", nil, "Cloud Platform", "Mid-Market"]
        let x = contact("x", maxUses: 1)  // capacity floor(1·120/90) = 1
        let y = contact("y", dims: [["Healthcare"], ["US-West"], ["Cloud Platform"], ["Mid-Market"]], maxUses: 1)
        let p = engine(
            [
                opp("1", days: 5, amount: 1, p: 1, flagged: true, dims: anyRegion),
                opp("2", days: 6, amount: 1, p: 1, flagged: true),
            ],
            [], [x, y])
        #expect(p.prioritized.gaps.map(\.bucket.dimensions[1]) == [nil, "US-Midwest"])
        #expect(p.prioritized.gaps.map(\.covered) == [1, 1])
        #expect(p.prioritized.gaps[0].allocations.map(\.contact) == [1])
        #expect(p.prioritized.gaps[1].allocations.map(\.contact) == [0])
    }

    @Test func aHeadCountPerSegmentOverstatesCoverage() {
        // One contact who fits two segments, each needing 5 references, with capacity 5 in all.
        let both = contact(
            "both", dims: [["Healthcare"], ["US-Midwest"], ["Cloud Platform", "Analytics"], ["Mid-Market"]])
        let cloud: [String?] = ["Healthcare", "US-Midwest", "Cloud Platform", "Mid-Market"]
        let analytics: [String?] = ["Healthcare", "US-Midwest", "Analytics", "Mid-Market"]
        let deals =
            (0..<5).map { opp("c\($0)", days: 5, amount: 1, p: 1, flagged: true, dims: cloud) }
            + (0..<5).map { opp("a\($0)", days: 5, amount: 1, p: 1, flagged: true, dims: analytics) }
        let p = engine(deals, [], [both])
        // The spreadsheet: each segment counts the contact's full capacity, 5 + 5 = 10 covered.
        let perSegmentHeadCount = p.prioritized.gaps.map { g in
            min(
                g.bucket.demand,
                Double(
                    p.allocated.supply.filter {
                        $0.isEligible && Matching.canServe(p.allocated.contacts[$0.contact], g.bucket)
                    }
                    .map(\.capacity).reduce(0, +)))
        }.reduce(0, +)
        #expect(perSegmentHeadCount == 10)
        // The flow: the contact's 5 uses are spent once.
        #expect(p.prioritized.totals.covered == 5)
        #expect(p.prioritized.totals.gap == 5)
    }

    @Test func fractionalDemandIsExactInUnits() {
        let p = engine((0..<3).map { opp("\($0)", days: 5, amount: 100_000, p: 0.1) }, [], [contact("a")])
        #expect(close(p.prioritized.gaps[0].bucket.demand, 0.21))
        #expect(close(p.prioritized.gaps[0].covered, 0.21))
    }
}

@Suite("Priorities and targets")
struct PriorityTests {
    @Test func salesAndNeedPriorities() {
        var config = Config()
        config.teamUnitValues = ["PR": 40_000]
        config.growthGoals = [
            .init(name: "Goal", weight: 2, criteria: ["industry": "Healthcare", "region": "US-Midwest"])
        ]
        // W2 sales bucket: demand 0.7×2×0.5 = 0.7 from a 500k deal at p 0.5; nobody to cover it.
        let p = engine(
            [opp("1", days: 70, amount: 500_000, p: 0.5)], [need("launch", days: 10, count: 2)], [], config: config)
        let sales = p.prioritized.gaps.first { $0.bucket.kind == .sales }
        let need = p.prioritized.gaps.first { $0.bucket.kind == .need }
        #expect(close(sales?.value ?? 0, 250_000))  // gap/demand × weighted pipeline = 1 × 250,000
        #expect(sales?.urgency == 0.75)
        #expect(sales?.bucket.weight == 2)
        #expect(close(sales?.priority ?? 0, 375_000))  // 250,000 × 0.75 × 2
        #expect(close(need?.value ?? 0, 80_000))  // 2 × 40,000
        #expect(close(need?.priority ?? 0, 80_000))  // × 1.0 × 1 (criteria any: no goal)
        #expect(p.prioritized.ranked.first == p.prioritized.gaps.firstIndex { $0.bucket.kind == .sales })
    }

    @Test func recruitsApproachDeadlineAndCandidates() {
        #expect(Prioritize.recruits(salesGap: 0.5, needGap: 0, config: Config()) == 1)
        #expect(Prioritize.recruits(salesGap: 5, needGap: 0, config: Config()) == 1)
        #expect(Prioritize.recruits(salesGap: 5.05, needGap: 0, config: Config()) == 1)  // 1.01 − 0.01
        #expect(Prioritize.recruits(salesGap: 5.1, needGap: 0, config: Config()) == 2)
        #expect(Prioritize.recruits(salesGap: 2.5, needGap: 2, config: Config()) == 3)
        let accounts = [
            Account(
                name: "Healthy", dimensions: [["Healthcare"], ["US-Midwest"], ["Cloud Platform"], ["Mid-Market"]],
                health: 90, arr: 100, nps: nil, csm: "Kim", openEscalations: 0, renewal: nil, line: 2),
            Account(
                name: "Richer", dimensions: [["Healthcare"], ["US-Midwest"], ["Cloud Platform"], ["Mid-Market"]],
                health: 90, arr: 500, nps: nil, csm: "Kim", openEscalations: 0, renewal: nil, line: 3),
            Account(
                name: "Escalated", dimensions: [["Healthcare"], ["US-Midwest"], ["Cloud Platform"], ["Mid-Market"]],
                health: 95, arr: 1, nps: nil, csm: "", openEscalations: 1, renewal: nil, line: 4),
            Account(
                name: "Unhealthy", dimensions: [["Healthcare"], ["US-Midwest"], ["Cloud Platform"], ["Mid-Market"]],
                health: 60, arr: 1, nps: nil, csm: "", openEscalations: 0, renewal: nil, line: 5),
            Account(
                name: "Acct stale", dimensions: [["Healthcare"], ["US-Midwest"], ["Cloud Platform"], ["Mid-Market"]],
                health: 99, arr: 1, nps: nil, csm: "", openEscalations: 0, renewal: nil, line: 6),
            // The roster's account written with punctuation: on the roster all the same, no candidate.
            Account(
                name: "ACCT, Stale.", dimensions: [["Healthcare"], ["US-Midwest"], ["Cloud Platform"], ["Mid-Market"]],
                health: 99, arr: 900, nps: nil, csm: "", openEscalations: 0, renewal: nil, line: 7),
        ]
        let deals = (0..<6).map { opp("\($0)", days: 30, amount: 1, p: 1, flagged: true) }
        let p = engine(
            deals,
            [
                need(
                    "case", days: 40, count: 1, activity: "Reference call",
                    criteria: ["Healthcare", "US-Midwest", "Cloud Platform", "Mid-Market"])
            ], [contact("stale", verifiedDaysAgo: 400)], accounts: accounts)
        let t = p.prioritized.targets.first
        #expect(p.prioritized.targets.count == 1)
        #expect(t?.salesGap == 6)
        #expect(t?.needGap == 1)
        #expect(t?.recruits == 3)  // ceil(6/5 + 1 − 0.01)
        #expect(t?.approach == 10)  // ceil(3 / 0.33)
        #expect(t?.deadline == A + 40)  // the need's due date is earlier than the window's end
        #expect(t?.candidates.map(\.account) == ["Richer", "Healthy", "Acct stale"])
        #expect(t?.candidates.last?.source == .staleContact)
    }

    @Test func overuseIdleAndConcentration() {
        let idle = contact("idle", dims: [["Retail"], ["EMEA"], ["Analytics"], ["SMB"]], lastUsedDaysAgo: 200)
        let busy = contact("busy", maxUses: 3)  // capacity 4
        let deals = (0..<4).map { opp("\($0)", days: 5, amount: 1, p: 1, flagged: true) }
        let p = engine(deals, [], [busy, idle])
        #expect(p.prioritized.atRisk.map(\.contact) == [0])
        #expect(p.prioritized.idle == [1])
        #expect(p.prioritized.concentration == 1)
    }
}

@Suite("Sales accumulator")
struct SalesAccumulatorTests {
    @Test func bucketsFoundByDimensionCodesEqualBucketsFoundByValues() {
        // Codes as `Normalizer.coded` gives them: equal codes, equal values, within a generation (the
        // high bits); a new generation reuses the low numbers for other values, and one code can
        // come with deals of another activity.
        let values: [[String?]] = [
            ["Healthcare", "US-Midwest", "Cloud Platform", "Mid-Market"],
            ["Retail", nil, "Analytics", "SMB"], [nil, nil, nil, nil],
        ]
        var deals: [(Opportunity, Int?)] = []
        var numbers = SeededNumbers(seed: 7)
        for i in 0..<600 {
            let generation = i < 300 ? 1 : 2
            let v = numbers.next(3)
            // The second generation numbers the same values the other way round.
            let combination = generation == 1 ? v : 2 - v
            let activity = numbers.next(5) == 0 ? "Case study" : "Reference call"
            let o = opp(
                "O\(i)", days: numbers.next(140) - 10, amount: Double(1_000 * (1 + numbers.next(500))),
                p: Double(numbers.next(11)) / 10,
                activity: activity, dims: values[v])
            deals.append((o, numbers.next(7) == 0 ? nil : generation << 32 | combination))
        }
        var byValues = SalesAccumulator(asOf: A, config: Config()),
            byCodes = SalesAccumulator(asOf: A, config: Config())
        for (o, code) in deals {
            byValues.add(o) { _ in DealTexts(id: o.id, name: o.name) }
            byCodes.add(o, dimensionsCode: code) { _ in DealTexts(id: o.id, name: o.name) }
        }
        #expect(byCodes.buckets.map(\.bucket) == byValues.buckets.map(\.bucket))
        #expect(byCodes.buckets.map(\.deals) == byValues.buckets.map(\.deals))
        #expect(Set(byCodes.buckets.map(\.bucket.activity)).count == 2)
        #expect(byCodes.buckets.count >= 12)
    }
}

extension SalesAccumulatorTests {
    @Test(arguments: [Config.Overdue.exclude, .include])
    func dealsOnlyCountedGiveWhatAddingThemGives(overdue: Config.Overdue) {
        // Closed, past the horizon, overdue before and after the overdue list fills: counted without
        // an opportunity where `countIfOnlyCounted` takes them, the accumulator ends as if each had
        // been added.
        var config = Config()
        config.overdue = overdue
        var numbers = SeededNumbers(seed: 3)
        var added = SalesAccumulator(asOf: A, config: config), counted = SalesAccumulator(asOf: A, config: config)
        var onlyCounted = 0
        for i in 0..<2000 {
            let o = opp(
                "O\(i)", days: numbers.next(400) - 150, amount: Double(1_000 * (1 + numbers.next(900))),
                closed: numbers.next(4) == 0)
            added.add(o) { _ in DealTexts(id: o.id, name: o.name) }
            if counted.countIfOnlyCounted(isClosed: o.isClosed, closeDate: o.closeDate, amount: o.amount) {
                onlyCounted += 1
            } else {
                counted.add(o) { _ in DealTexts(id: o.id, name: o.name) }
            }
        }
        #expect(counted.buckets.map(\.bucket) == added.buckets.map(\.bucket))
        #expect(counted.overdue == added.overdue && counted.overdueCount == added.overdueCount)
        #expect(counted.closed == added.closed && counted.closed > 300)
        #expect(counted.beyondHorizon == added.beyondHorizon && counted.beyondHorizon.deals > 300)
        #expect(counted.openInHorizon == added.openInHorizon)
        #expect(onlyCounted > 1000)
        #expect(added.overdue.count == SalesAccumulator.overdueKept)
    }
}

extension SalesAccumulatorTests {
    /// A trial's overdue table showed the first 25 deals in file order, whatever their size: it lists
    /// the largest (then the earlier close date, then the earlier line), the same read in one part or
    /// merged from several, and a deal of several line items once.
    @Test func theOverdueListIsTheLargestDealsInOnePartOrSeveral() {
        var numbers = SeededNumbers(seed: 5)
        var deals: [Opportunity] = []
        for i in 0..<600 {
            // Few distinct amounts and dates: many ties, decided by date and then line.
            var o = opp("O\(i)", days: -1 - numbers.next(30), amount: Double(1_000 * (1 + numbers.next(40))))
            o.line = i + 2
            deals.append(o)
        }
        // A second line item of the largest deal there is: never listed again.
        var split = opp("BIG", days: -3, amount: 10_000_000)
        split.line = 700
        var secondLine = split
        secondLine.line = 701
        secondLine.countsAsDeal = false
        deals += [split, secondLine]
        var whole = SalesAccumulator(asOf: A, config: Config())
        var parts = [SalesAccumulator(asOf: A, config: Config()), SalesAccumulator(asOf: A, config: Config())]
        // As the pass does: a deal only counted makes no opportunity.
        func read(_ o: Opportunity, into sales: inout SalesAccumulator) {
            if !sales.countIfOnlyCounted(
                isClosed: false, closeDate: o.closeDate, amount: o.amount, deal: o.countsAsDeal)
            {
                sales.add(o) { _ in DealTexts(id: o.id, name: o.name) }
            }
        }
        for (i, o) in deals.enumerated() {
            read(o, into: &whole)
            read(o, into: &parts[i < 250 ? 0 : 1])
        }
        let expected = deals.filter(\.countsAsDeal).sorted {
            $0.amount != $1.amount
                ? $0.amount > $1.amount : $0.closeDate != $1.closeDate ? $0.closeDate < $1.closeDate : $0.line < $1.line
        }.prefix(SalesAccumulator.overdueKept).map(\.id)
        #expect(whole.overdue.map(\.id) == Array(expected))
        #expect(whole.overdue.first?.id == "BIG" && whole.overdue.filter { $0.id == "BIG" }.count == 1)
        #expect(whole.overdueCount == 601)
        var merged = parts[1]
        merged.merge(parts[0])
        #expect(merged.overdue.map(\.id) == Array(expected))
    }
}

extension SalesAccumulatorTests {
    /// The table shows whole units: 500,000.40 closing later does not come before 500,000.00 closing
    /// earlier (a trial's reader saw two equal amounts out of date order).
    @Test func theOverdueListOrdersAmountsAsTheTableShowsThem() {
        var sales = SalesAccumulator(asOf: A, config: Config())
        var later = opp("LATER", days: -5, amount: 500_000.40)
        later.line = 2
        var earlier = opp("EARLIER", days: -40, amount: 500_000.00)
        earlier.line = 3
        var larger = opp("LARGER", days: -2, amount: 500_001.00)
        larger.line = 4
        for o in [later, earlier, larger] { sales.add(o) { _ in DealTexts(id: o.id, name: o.name) } }
        #expect(sales.overdue.map(\.id) == ["LARGER", "EARLIER", "LATER"])
    }
}

extension SalesAccumulatorTests {
    @Test func partsMergedInFileOrderGiveWhatOneReadingGives() {
        // Two buckets with far more deals than they keep, many of equal amounts (the earlier line goes
        // first): each cut into parts, the parts merged in file order, must keep the same deals in the
        // same order, and the same sums, as one accumulator that saw every deal.
        var numbers = SeededNumbers(seed: 11)
        var deals: [Opportunity] = []
        for i in 0..<3000 {
            var o = opp(
                "O\(i)", days: numbers.next(100), amount: Double(1_000 * (1 + numbers.next(40))),
                dims: numbers.next(2) == 0
                    ? ["Healthcare", "US-Midwest", "Cloud Platform", "Mid-Market"]
                    : ["Retail", nil, "Analytics", "SMB"])
            o.line = i + 2
            deals.append(o)
        }
        var whole = SalesAccumulator(asOf: A, config: Config())
        for o in deals { whole.add(o) }
        for cuts in [[1500], [7, 2990], [100, 1000, 2000]] {
            let merged = mergedInParts(deals, cuts: cuts)
            #expect(merged.buckets.map(\.bucket) == whole.buckets.map(\.bucket))
            #expect(merged.buckets.map(\.deals) == whole.buckets.map(\.deals))
        }
        #expect(whole.buckets.allSatisfy { $0.deals.count == SalesAccumulator.dealsKept })
    }
}

extension SalesAccumulatorTests {
    @Test func amountsFromCentsAreInt128sOwnConversion() {
        // The 64-bit path gives what Int128's generic conversion gives, at every magnitude the sums
        // reach, and past 64 bits the generic one still answers.
        var g: UInt64 = 5
        func next() -> UInt64 {
            g = g &* 6364136223846793005 &+ 1442695040888963407
            return g
        }
        var values: [Int128] = [
            0, 1, -1, 99, 100, 101, Int128(Int64.max), Int128(Int64.min), Int128(Int64.max) + 1, Int128(Int64.min) - 1,
            Int128(1) << 100, -(Int128(1) << 90),
        ]
        for shift in stride(from: 0, to: 63, by: 3) { values.append(Int128(Int64(bitPattern: next()) >> shift)) }
        for v in values { #expect(SalesAccumulator.amount(v) == Double(v) / 100, "\(v)") }
    }
}

@Suite("Folded matching")
struct FoldedMatchingTests {
    @Test func foldedMatchingAnswersAsCanServe() {
        // Values in several cases, with and without letters outside ASCII (Ä, the Turkish İ, ß).
        let words = [
            "Healthcare", "HEALTHCARE", "healthcare", "Retail", "Ärzte", "ÄRZTE", "İstanbul", "istanbul", "Straße",
            "STRASSE", "Reference call", "REFERENCE CALL", "Case study",
        ]
        var g: UInt64 = 99
        func pick() -> String {
            g = g &* 6364136223846793005 &+ 1442695040888963407
            return words[Int((g >> 33) % UInt64(words.count))]
        }
        func maybe() -> String? {
            g = g &* 6364136223846793005 &+ 1442695040888963407
            return (g >> 33) % 3 == 0 ? nil : pick()
        }
        var agreed = 0, served = 0
        for _ in 0..<3000 {
            let c = contact(
                "C", dims: [[pick(), pick()], [pick()], [], [pick()]], activities: [pick(), pick()],
                seniority: Seniority.allCases[Int(g % 5)])
            let activity = pick(), dims = [maybe(), maybe(), maybe(), maybe()]
            let b =
                g % 3 == 0
                ? Bucket(
                    kind: .need, window: 0, activity: activity, dimensions: dims,
                    need: need("N", days: 10, count: 1, activity: activity, criteria: dims, min: .director))
                : Bucket(kind: .sales, window: 0, activity: activity, dimensions: dims)
            // The rule written out: activity, seniority, every dimension, ignoring case.
            let plain =
                c.activities.contains { $0.sameIgnoringCase(b.activity) }
                && (b.minSeniority.map { c.seniority >= $0 } ?? true)
                && b.dimensions.enumerated().allSatisfy { i, w in
                    w.map { w in c.dimensions[i].contains { $0.sameIgnoringCase(w) } } ?? true
                }
            #expect(
                Matching.canServe(Matching.FoldedContact(c), Matching.FoldedBucket(b)) == plain,
                "\(c.activities) \(c.dimensions) vs \(b.activity) \(b.dimensions)")
            agreed += 1
            if plain { served += 1 }
        }
        #expect(agreed == 3000 && served > 20)
    }
}

/// The built-in industry offered for a value no synonym knows is a misspelling's, never a near word
/// of another language.
@Suite("Closest built-in industry")
struct ClosestIndustryTests {
    @Test func aMisspellingGetsItsIndustryAForeignWordNone() {
        #expect(Reconcile.closestIndustry("technolgy") == "Technology")
        #expect(Reconcile.closestIndustry("Helthcare") == "Healthcare")
        // German for education, two edits from "building".
        #expect(Reconcile.closestIndustry("Bildung") == nil)
    }
}

/// A gap's uncovered demand and a bucket's minimum seniority are kept beside what they come from (read
/// through computed properties, loops copied whole gaps), set once with it.
@Suite("Kept figures")
struct KeptFigureTests {
    @Test func aGapAndABucketKeepTheirFigures() {
        var bucket = Bucket(
            kind: .need, window: 0, activity: "Case study", dimensions: [nil, nil, nil, nil], demand: 3,
            need: need("n", days: 10, count: 3, min: .director))
        #expect(bucket.minSeniority == .director)
        #expect(Gap(bucket: bucket, covered: 1, allocations: []).gap == 2)
        #expect(Gap(bucket: bucket, covered: 5, allocations: []).gap == 0)
        bucket.demand = 10
        #expect(Gap(bucket: bucket, covered: 5, allocations: []).gap == 5)
        #expect(Bucket(kind: .sales, window: 0, activity: "Case study", dimensions: [nil]).minSeniority == nil)
    }
}
