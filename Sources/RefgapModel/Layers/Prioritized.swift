/// The prioritize stage's output: what each gap is worth, whom to recruit first, and the roster's
/// health. Gaps follow `Segmented`'s buckets and contact indices `Allocated`'s contacts.
package struct Prioritized: Sendable {
    package var config: Config
    /// One per bucket, in allocation order.
    package var gaps: [Gap]
    /// Indices into `gaps` with a gap, highest priority first.
    package var ranked: [Int]
    package var targets: [Target]
    /// Contacts at risk of overuse: allocated load ≥ `overuse_threshold` × capacity.
    package var atRisk: [(contact: Int, load: Double, capacity: Int)]
    /// Eligible contacts with no allocation and no use in `idle_days`.
    package var idle: [Int]
    package var surplus: [SurplusSegment]
    /// Share of all covered demand carried by the `concentration_top` busiest contacts.
    package var concentration: Double
    package var busiest: [(contact: Int, load: Double)]
    /// Per bucket: stale or pending contacts that could serve it once re-verified or onboarded.
    package var recoverable: [[Int]]
    /// Per bucket with a gap: every excluded contact that would match it (the near misses).
    package var nearMisses: [[Int]]
    package var totals: Totals
    /// Whether supply and demand use the same words (`Reconcile`).
    package var vocabulary = Vocabulary()
    /// How many recruits, in which segments, cover how much (`RecruitingPlan`). Reading it waits for
    /// the plan when it is still being made (`planned`).
    package var plan: RecruitingPlan {
        get { planned.value() }
        set { planned = Background(made: newValue) }
    }
    /// The plan, made on a thread of its own after the targets (`Prioritize.run`), so the reports'
    /// parts that do not need it are written meanwhile.
    package var planned = Background<RecruitingPlan, Never>(made: RecruitingPlan())
    /// Who matches a gap but is not among whom to ask, and why (`Prioritize.CandidateGuard`).
    package var notAsked = NotAsked()

    package init(
        config: Config, gaps: [Gap], ranked: [Int], targets: [Target],
        atRisk: [(contact: Int, load: Double, capacity: Int)], idle: [Int], surplus: [SurplusSegment],
        concentration: Double, busiest: [(contact: Int, load: Double)], recoverable: [[Int]], nearMisses: [[Int]],
        totals: Totals, vocabulary: Vocabulary = Vocabulary(), plan: RecruitingPlan = RecruitingPlan()
    ) {
        self.config = config
        self.gaps = gaps
        self.ranked = ranked
        self.targets = targets
        self.atRisk = atRisk
        self.idle = idle
        self.surplus = surplus
        self.concentration = concentration
        self.busiest = busiest
        self.recoverable = recoverable
        self.nearMisses = nearMisses
        self.totals = totals
        self.vocabulary = vocabulary
        self.plan = plan
    }
}
