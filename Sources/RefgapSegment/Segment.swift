import RefgapModel
import RefgapNormalize

package enum Segment {
    /// `e = reference_rate × refs(amount) × p`; a deal flagged *reference needed* has `e = refs(amount)`.
    package static func expectedReferences(_ o: Opportunity, config: Config) -> Double {
        let refs = o.amount >= config.largeDealAmount ? config.largeDealReferences : 1
        return o.referenceNeeded ? refs : config.referenceRate * refs * o.probability
    }

    /// A growth goal's criteria, normalized and folded once for all the buckets it is checked against.
    struct GoalCheck {
        let weight: Double
        let name: String
        /// A criterion names a dimension the config does not have: no bucket matches.
        var impossible = false
        /// The activities wanted (folded): a bucket's must equal each.
        var activities: [String] = []
        /// Per dimension index, the value wanted (folded); a criterion of "any" adds none.
        var dimensions: [(index: Int, value: String)] = []
    }

    static func goalChecks(config: Config, normalizer: inout Normalizer) -> [GoalCheck] {
        config.growthGoals.map { goal in
            var check = GoalCheck(weight: goal.weight, name: goal.name)
            for (key, raw) in goal.criteria.sorted(by: { $0.key < $1.key }) {
                let k = key.lowercased()
                if k == "activity" {
                    check.activities.append(Text.fold(normalizer.activity(raw)))
                    continue
                }
                guard let i = config.dimensions.firstIndex(of: k) else {
                    check.impossible = true
                    continue
                }
                guard let wanted = normalizer.criterion(k, raw) else { continue }
                check.dimensions.append((i, Text.fold(wanted)))
            }
            return check
        }
    }

    /// The product of the weights of the growth goals whose every criterion the bucket matches.
    static func goals(for activity: String, _ dims: [String?], checks: [GoalCheck]) -> (weight: Double, names: [String])
    {
        var weight = 1.0
        var names: [String] = []
        guard !checks.isEmpty else { return (weight, names) }
        let foldedActivity = Text.fold(activity)
        let foldedDims = dims.map { $0.map(Text.fold) }
        for check in checks where !check.impossible {
            guard check.activities.allSatisfy({ $0 == foldedActivity }),
                check.dimensions.allSatisfy({ foldedDims[$0.index] == $0.value })
            else { continue }
            weight *= check.weight
            names.append(check.name)
        }
        return (weight, names)
    }

    /// The segment stage: takes the normalized calendar, roster and ledgers, the sales demand summed
    /// while the opportunities streamed in (`OpportunityPass`, merged), the as-of date and the config;
    /// gives the buckets in allocation order with what was left out of them and the ledgers (`Segmented`).
    package static func run(_ input: NormalizedInputs, sales acc: SalesAccumulator, asOf: Day, config: Config)
        -> Segmented
    {
        var ledgers = input.ledgers
        var normalizer = Normalizer(config: config)
        let checks = goalChecks(config: config, normalizer: &normalizer)
        // Buckets swapped into allocation order below, their kept deals' ids then copied in that
        // order: a million-row export has tens of thousands of buckets, and every copy of one retains
        // its strings. Sized once: grown by doubling, a million-row export's buckets took twice their 6 MB.
        var buckets: [Bucket] = []
        var accounts: [UInt64] = []
        buckets.reserveCapacity(acc.bucketCount + input.needs.count)
        for i in 0..<acc.bucketCount {
            var bucket = acc.salesBucket(i)
            let g = goals(for: bucket.activity, bucket.dimensions, checks: checks)
            bucket.weight = g.weight
            bucket.goals = g.names
            buckets.append(bucket)
            if acc.tracksAccounts { accounts.append(acc.soleAccount(i)) }
        }

        var overdueNeeds: [Need] = []
        var needsOutside = 0
        var beyondNeeds: [Need] = []
        for need in input.needs {
            let d = need.due - asOf
            if d < 0 { overdueNeeds.append(need) }
            guard let w = config.window(forOffset: d) else {
                if d > config.horizon { beyondNeeds.append(need) }
                needsOutside += 1
                continue
            }
            let g = goals(for: need.activity, need.criteria, checks: checks)
            buckets.append(
                Bucket(
                    kind: .need, window: w, activity: need.activity, dimensions: need.criteria,
                    demand: Double(need.count), need: need, weight: g.weight, goals: g.names))
            if acc.tracksAccounts { accounts.append(DealAccount.several) }
        }

        // Ledger: closed, overdue and beyond-horizon rows are set aside.
        if let i = ledgers.firstIndex(where: { $0.kind == .opportunities }) {
            // Rows, not deals: a deal of several line items sets aside all its rows. (Worded for any
            // count: "1 closed deals" read wrong.)
            ledgers[i].setAside("closed (won or lost)", rows: acc.setAsideRows.closed)
            ledgers[i].setAside(
                "overdue (close date before the as-of date)",
                rows: config.overdue == .exclude ? acc.setAsideRows.overdue : 0)
            ledgers[i].setAside("beyond the \(config.horizon)-day horizon", rows: acc.setAsideRows.beyond)
            ledgers[i].rowsUsed = ledgers[i].rowsRead - ledgers[i].rowsRejected - ledgers[i].rowsSetAside
        }
        if let i = ledgers.firstIndex(where: { $0.kind == .calendar }) {
            let overdue = config.overdue == .exclude ? overdueNeeds.count : 0
            ledgers[i].setAside("overdue (due before the as-of date)", rows: overdue)
            ledgers[i].setAside("due beyond the \(config.horizon)-day horizon", rows: needsOutside - overdue)
            // Named, as overdue needs are: a trial's London summit, its date read a year late, vanished.
            if !beyondNeeds.isEmpty {
                let n = beyondNeeds.count, refs = beyondNeeds.reduce(0) { $0 + $1.count }
                let shown = beyondNeeds.prefix(10).map {
                    "\(Clip.quoted($0.name)) (line \($0.line), due \($0.due), \($0.count) reference\($0.count == 1 ? "" : "s"))"
                }
                ledgers[i].notes.append(
                    "\(n) need\(n == 1 ? " is" : "s are") due beyond the \(config.horizon)-day horizon and left out of demand (\(refs) reference\(refs == 1 ? "" : "s")): \(shown.joined(separator: "; "))\(n > 10 ? "; and \(n - 10) more" : ""). Each counts once it is due within \(config.horizon) days of the as-of date."
                )
            }
            ledgers[i].rowsUsed = ledgers[i].rowsRead - ledgers[i].rowsRejected - ledgers[i].rowsSetAside
        }
        // Roster: inactive contacts are set aside (still listed as excluded); accounts are all used.
        if let i = ledgers.firstIndex(where: { $0.kind == .roster }) {
            ledgers[i].setAside(
                "inactive (retired, churned, do not use, left company)",
                rows: input.contacts.indices.reduce(0) { $0 + (input.contacts[$1].status == .inactive ? 1 : 0) })
            ledgers[i].rowsUsed = ledgers[i].rowsRead - ledgers[i].rowsRejected - ledgers[i].rowsSetAside
        }
        if let i = ledgers.firstIndex(where: { $0.kind == .accounts }) {
            ledgers[i].rowsUsed = ledgers[i].rowsRead - ledgers[i].rowsRejected - ledgers[i].rowsSetAside
        }

        // Allocation order: window; needs before sales; weight descending; needs by due date then row;
        // sales by weighted pipeline descending then key, case-insensitively.
        // Sorted by small keys made once per bucket: comparing the buckets themselves copied two of
        // them (all their strings) and lowercased their keys for every comparison. A need never
        // compares equal to a sales bucket, so listing the needs after the sales buckets changes nothing.
        // Each distinct value lowercased once (buckets repeat a few hundred values): lowercased per
        // bucket, most of a large program's 48,000 allocations here were the same strings again.
        var lowered = Memo<String, String>(limit: 1 << 16)
        let keys = buckets.indices.map { i in OrderKey(buckets, i) { lowered.value($0) { $0.lowercased() } } }
        let order = keys.indices.sorted { keys[$0].precedes(keys[$1]) }
        buckets.rearrange(to: order)
        // The needs, after the sales buckets before ordering, keep no deals.
        var deals = KeptDealIDs()
        deals.reserveCapacity(
            lists: order.count, bytes: (0..<acc.bucketCount).reduce(0) { $0 + acc.keptIDBytes(of: $1) })
        for i in order {
            if i < acc.bucketCount { acc.appendKeptIDs(of: i, to: &deals) } else { deals.append(list: []) }
        }
        if !accounts.isEmpty { accounts.rearrange(to: order) }
        let beyond = acc.beyondHorizon
        var segmented = Segmented(
            asOf: asOf, buckets: buckets, bucketDeals: deals, needs: input.needs,
            overdueDeals: acc.overdue,
            overdueCount: acc.overdueCount, overdueNeeds: overdueNeeds,
            beyondHorizon: (beyond.deals, beyond.pipeline, beyondNeeds.count), closedDeals: acc.closed,
            openInHorizon: acc.openInHorizon, ledgers: ledgers, dataQuality: input.dataQuality,
            rosterHasVerifiedColumn: input.rosterHasVerifiedColumn)
        segmented.bucketAccounts = accounts
        return segmented
    }

    /// What the allocation order compares of a bucket.
    struct OrderKey {
        let window: Int
        let isNeed: Bool
        let weight: Double
        let need: (due: Day, order: Int)?
        let weightedPipeline: Double
        let text: [String]

        /// The key of `buckets[i]`, its fields read in place (a bucket passed on was copied whole);
        /// its text is the activity and values as `lowercased` gives them, any as empty.
        init(_ buckets: [Bucket], _ i: Int, lowercased: (String) -> String) {
            window = buckets[i].window
            isNeed = buckets[i].kind == .need
            weight = buckets[i].weight
            need = buckets[i].need.map { ($0.due, $0.order) }
            weightedPipeline = buckets[i].weightedPipeline
            var text = [lowercased(buckets[i].activity)]
            text.reserveCapacity(1 + buckets[i].dimensions.count)
            for value in buckets[i].dimensions { text.append(value.map(lowercased) ?? "") }
            self.text = text
        }

        func precedes(_ y: OrderKey) -> Bool {
            if window != y.window { return window < y.window }
            if isNeed != y.isNeed { return isNeed }
            if weight != y.weight { return weight > y.weight }
            if let nx = need, let ny = y.need {
                return nx.due != ny.due ? nx.due < ny.due : nx.order < ny.order
            }
            if weightedPipeline != y.weightedPipeline { return weightedPipeline > y.weightedPipeline }
            return text.lexicographicallyPrecedes(y.text)
        }
    }
}
