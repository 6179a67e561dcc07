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

        package init(
            step: Int, targetRank: Int, activity: String, dimensions: [String?],
            served: [(bucket: Int, references: Double)], added: Double, covered: Double, coverage: Double,
            priorityCovered: Double, gain: Double, deadline: Day?
        ) {
            self.step = step
            self.targetRank = targetRank
            self.activity = activity
            self.dimensions = dimensions
            self.served = served
            self.added = added
            self.covered = covered
            self.coverage = coverage
            self.priorityCovered = priorityCovered
            self.gain = gain
            self.deadline = deadline
        }
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
    /// The plan stopped before `maxRecruits` and before closing every gap it could, because it had
    /// done `workLimit` work (`plan_work_limit`): its steps are still the first ones of a longer plan.
    package var stoppedAtWorkLimit = false
    package var workLimit = 0
    /// Candidate evaluations the plan made, and how many plain greedy would have made.
    package var evaluations = 0
    package var plainEvaluations = 0
    package var nodesRead = 0
    /// Its work in all (what `plan_work_limit` counts).
    package var work = 0

    package init() {}

    package var baseCoverage: Double { demand > 0 ? baseCovered / demand : 1 }
    package var finalCoverage: Double { steps.last?.coverage ?? baseCoverage }

    /// Recruits needed to reach `share` of demand covered (0 when the roster already does); nil when
    /// the plan does not get there.
    package func recruits(toReach share: Double) -> Int? {
        if baseCoverage >= share - 1e-9 { return 0 }
        return steps.first { $0.coverage >= share - 1e-9 }?.step
    }

    /// The most recruits the plan looked at: its steps when it stopped at its work limit, else its
    /// step limit. A count it did not reach is "more than" this.
    package var lookedAt: Int { stoppedAtWorkLimit ? steps.count : maxRecruits }

    /// Recruits that close every gap a recruit can close; nil when the plan stopped at a limit first.
    package var recruitsToCloseEveryGap: Int? { closesEveryGap ? steps.count : nil }

    /// Target rank → the first step that recruits in its segment.
    package var firstStepByTarget: [Int: Int] {
        var out: [Int: Int] = [:]
        for s in steps where out[s.targetRank] == nil { out[s.targetRank] = s.step }
        return out
    }
}
