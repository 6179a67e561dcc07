import RefgapAllocate
import RefgapModel
import RefgapSegment

/// How many references the program needs, sized by demand: hypothetical recruits added one at a time
/// to the allocation, each the one that raises the priority covered most. Read together, the steps are
/// the sizing curve.
package struct RecruitingPlan: Sendable {
    package struct Step: Sendable {
        /// 1-based.
        package var step: Int
        /// The target whose segment the recruit is in (its rank).
        package var targetRank: Int
        package var activity: String
        package var dimensions: [String?]
        /// Buckets whose covered demand grows, and by how many references.
        package var served: [(bucket: Int, references: Double)]
        /// References this recruit adds.
        package var added: Double
        /// Covered demand and coverage after this step.
        package var covered: Double
        package var coverage: Double
        /// Priority covered after this step, and what this step added.
        package var priorityCovered: Double
        package var gain: Double
        /// The earliest due date or window end among the buckets it serves.
        package var deadline: Day?
    }

    package var steps: [Step] = []
    package var demand = 0.0
    /// Covered demand and priority covered by today's roster.
    package var baseCovered = 0.0
    package var basePriorityCovered = 0.0
    /// Priority if every reference of demand were covered.
    package var priorityAtStake = 0.0
    /// Every gap a recruit can close is closed (the plan did not stop at its limit).
    package var closesEveryGap = true
    package var maxRecruits = 0
    /// Candidate evaluations the plan made, and how many plain greedy would have made.
    package var evaluations = 0
    package var plainEvaluations = 0
    package var nodesRead = 0

    package init() {}

    package var baseCoverage: Double { demand > 0 ? baseCovered / demand : 1 }
    package var finalCoverage: Double { steps.last?.coverage ?? baseCoverage }

    /// Recruits needed to reach `share` of demand covered (0 when the roster already does); nil when
    /// the plan does not get there.
    package func recruits(toReach share: Double) -> Int? {
        if baseCoverage >= share - 1e-9 { return 0 }
        return steps.first { $0.coverage >= share - 1e-9 }?.step
    }

    /// Recruits that close every gap a recruit can close; nil when the plan stopped at its limit first.
    package var recruitsToCloseEveryGap: Int? { closesEveryGap ? steps.count : nil }

    /// Target rank → the first step that recruits in its segment.
    package var firstStepByTarget: [Int: Int] {
        var out: [Int: Int] = [:]
        for s in steps where out[s.targetRank] == nil { out[s.targetRank] = s.step }
        return out
    }
}

extension RecruitingPlan {
    /// The value of one covered reference in a bucket: its priority ÷ gap, which does not depend on
    /// the gap.
    package static func priorityPerReference(_ b: Bucket, config: Config) -> Double {
        let urgency = Prioritize.urgency(b.window, config)
        switch b.kind {
        case .sales: return b.demand > 0 ? b.weightedPipeline / b.demand * urgency * b.weight : 0
        case .need: return Prioritize.unitValue(team: b.need?.team ?? "", config) * urgency * b.weight
        }
    }

    /// One hypothetical contact per target, in rank order: the target's activity and dimensions, the
    /// seniority its segment's needs ask for, verified today, with the default capacity.
    package static func recruitContacts(_ p: Prioritized) -> [Contact] {
        struct Key: Hashable {
            let activity: String
            let dims: [String?]
        }
        var seniority: [Key: Seniority] = [:]
        for b in p.segmented.buckets {
            guard let s = b.minSeniority else { continue }
            let key = Key(activity: b.activity, dims: b.dimensions)
            seniority[key] = max(seniority[key] ?? s, s)
        }
        return p.targets.map { t in
            Contact(
                id: "recruit \(t.rank)", account: "", name: "", title: "",
                seniority: seniority[Key(activity: t.activity, dims: t.dimensions)] ?? .practitioner, status: .active,
                statusLabel: "", dimensions: t.dimensions.map { $0.map { [$0] } ?? [] }, activities: [t.activity],
                lastVerified: p.segmented.asOf, lastUsed: nil, usesLast90Days: 0, maxUsesPerQuarter: nil,
                restUntil: nil,
                health: nil, csm: "", renewal: nil, line: 0)
        }
    }

    /// The plan for a prioritized program: one candidate recruit per target, in rank order.
    /// `incremental: false` re-evaluates every candidate at every step (the reference the tests
    /// compare with).
    package static func make(_ p: Prioritized, incremental: Bool = true) -> RecruitingPlan {
        let config = p.config
        let seg = p.segmented
        let unitsPer = Allocate.unitsPerReference
        var plan = RecruitingPlan()
        plan.maxRecruits = config.planMaxRecruits
        let weights = seg.buckets.map { priorityPerReference($0, config: config) }
        plan.demand = p.totals.demand
        // Covered demand summed in flow units, so it carries no rounding from step to step.
        let baseUnits = p.gaps.reduce(0) { $0 + Allocate.units($1.covered) }
        plan.baseCovered = Allocate.references(baseUnits)
        for (i, g) in p.gaps.enumerated() {
            plan.basePriorityCovered += g.covered * weights[i]
            plan.priorityAtStake += g.bucket.demand * weights[i]
        }
        let capacity = config.capacity(maxUsesPerQuarter: nil) * unitsPer
        guard capacity > 0, config.planMaxRecruits > 0, !p.targets.isEmpty else {
            plan.closesEveryGap = p.targets.isEmpty
            return plan
        }

        let recruits = recruitContacts(p)
        let matched = RecruitMatching.buckets(for: recruits, seg, config: config)
        let candidates = matched.map { RecruitGreedy.Candidate(buckets: $0, capacity: capacity) }

        var flow = RecruitFlow(
            network: p.allocated.network, demand: seg.buckets.map { Allocate.units($0.demand) },
            allocations: p.allocated.allocations.map { $0.map { ($0.contact, Allocate.units($0.load)) } },
            needEdge: seg.buckets.map { $0.kind == .need }, unit: unitsPer, maxRecruits: config.planMaxRecruits)
        // A recruit who adds less than half a hundredth of a reference adds nothing a report shows.
        let result = RecruitGreedy.run(
            &flow, candidates: candidates, weights: weights, maxSteps: config.planMaxRecruits,
            minUnits: unitsPer / 200, unitsPerReference: unitsPer, incremental: incremental)
        plan.evaluations = result.evaluations
        plan.nodesRead = result.nodesRead
        plan.plainEvaluations =
            candidates.count
            * (result.steps.count + (result.exhausted && result.steps.count < config.planMaxRecruits ? 1 : 0))
        plan.closesEveryGap = result.exhausted

        var units = baseUnits
        var priority = plan.basePriorityCovered
        for (n, s) in result.steps.enumerated() {
            let t = p.targets[s.candidate]
            let added = Allocate.references(s.units)
            units += s.units
            let covered = Allocate.references(units)
            priority += s.gain
            let deadline = s.served.map { x -> Day in
                let b = seg.buckets[x.bucket]
                return b.need?.due ?? seg.asOf + config.windows[min(b.window, config.windows.count - 1)]
            }.min()
            plan.steps.append(
                Step(
                    step: n + 1, targetRank: t.rank, activity: t.activity, dimensions: t.dimensions,
                    served: s.served.map { ($0.bucket, Allocate.references($0.units)) }, added: added, covered: covered,
                    coverage: plan.demand > 0 ? min(1, covered / plan.demand) : 1, priorityCovered: priority,
                    gain: s.gain,
                    deadline: deadline))
        }
        return plan
    }
}
