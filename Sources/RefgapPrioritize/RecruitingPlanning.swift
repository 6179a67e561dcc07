import RefgapAllocate
import RefgapModel

extension RecruitingPlan {
    /// The value of one covered reference in a bucket: its priority ÷ gap, which does not depend on
    /// the gap.
    package static func priorityPerReference(_ b: Bucket, config: Config) -> Double {
        let urgency = Prioritize.urgency(b.window, config)
        switch b.kind {
        case .sales: return b.demand > 0 ? b.weightedPipeline / b.demand * urgency * b.weight : 0
        case .need: return config.unitValue(team: b.need?.team ?? "") * urgency * b.weight
        }
    }

    /// One hypothetical contact per target, in rank order: the target's activity and dimensions, the
    /// seniority its segment's needs ask for, verified today, with the default capacity.
    package static func recruitContacts(_ p: Prioritized, segmented: Segmented) -> [Contact] {
        // Buckets and targets read in place (a loop variable copied each whole).
        let buckets = segmented.buckets, targets = p.targets
        var seniority: [SegmentKey: Seniority] = [:]
        for b in buckets.indices {
            guard let s = buckets[b].minSeniority else { continue }
            let key = SegmentKey(activity: buckets[b].activity, dimensions: buckets[b].dimensions)
            seniority[key] = max(seniority[key] ?? s, s)
        }
        // A value's one-element list made once and shared (a large plan's 15,000 recruits name a few
        // hundred values: a list per recruit and value was most of the allocations here).
        var lists = Memo<String, [String]>(limit: 1 << 16)
        func list(_ value: String) -> [String] { lists.value(value) { [$0] } }
        return targets.indices.map { i in
            Contact(
                id: "recruit \(targets[i].rank)", account: "", name: "", title: "",
                seniority: seniority[SegmentKey(activity: targets[i].activity, dimensions: targets[i].dimensions)]
                    ?? .practitioner,
                status: .active, statusLabel: "", dimensions: targets[i].dimensions.map { $0.map(list) ?? [] },
                activities: list(targets[i].activity), lastVerified: segmented.asOf, lastUsed: nil, usesLast90Days: 0,
                maxUsesPerQuarter: nil, restUntil: nil, health: nil, csm: "", renewal: nil, line: 0)
        }
    }

    /// The plan for a prioritized program: one candidate recruit per target, in rank order.
    /// `incremental: false` re-evaluates every candidate at every step (the reference the tests
    /// compare with).
    package static func make(
        _ p: Prioritized, segmented: Segmented, allocated: Allocated, network: FlowNetwork, incremental: Bool = true
    ) -> RecruitingPlan {
        let config = p.config
        let seg = segmented
        let unitsPer = Allocate.unitsPerReference
        var plan = RecruitingPlan()
        plan.maxRecruits = config.planMaxRecruits
        plan.workLimit = config.planWorkLimit
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

        let recruits = recruitContacts(p, segmented: segmented)
        let matched = RecruitMatching.buckets(for: recruits, seg, config: config)
        let candidates = matched.map { RecruitGreedy.Candidate(buckets: $0, capacity: capacity) }

        var flow = RecruitFlow(
            network: network, demand: seg.buckets.map { Allocate.units($0.demand) },
            allocations: allocated.allocations.map { $0.map { ($0.contact, Allocate.units($0.load)) } },
            needEdge: seg.buckets.map { $0.kind == .need }, unit: unitsPer, maxRecruits: config.planMaxRecruits)
        // A recruit who adds less than half a hundredth of a reference adds nothing a report shows.
        let result = RecruitGreedy.run(
            &flow, candidates: candidates, weights: weights, maxSteps: config.planMaxRecruits,
            minUnits: unitsPer / 200, unitsPerReference: unitsPer, incremental: incremental,
            workLimit: config.planWorkLimit)
        plan.evaluations = result.evaluations
        plan.nodesRead = result.nodesRead
        plan.work = result.work
        plan.plainEvaluations =
            candidates.count
            * (result.steps.count + (result.exhausted && result.steps.count < config.planMaxRecruits ? 1 : 0))
        plan.closesEveryGap = result.exhausted
        plan.stoppedAtWorkLimit = result.stoppedAtWorkLimit

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
                return b.need?.due ?? Allocate.windowEnd(window: b.window, asOf: seg.asOf, config: config)
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
