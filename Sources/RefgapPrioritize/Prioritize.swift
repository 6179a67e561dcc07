import RefgapAllocate
import RefgapModel

package enum Prioritize {
    /// How far prioritizing goes.
    package enum Scope: Sendable {
        /// Everything a run reports.
        case everything
        /// The gaps and the vocabulary of supply and demand only: what `refgap validate` prints. No
        /// near misses, roster health, targets or recruiting plan (the plan alone takes seconds on a
        /// large program); those parts of `Prioritized` are left empty.
        case vocabulary
    }

    package static func urgency(_ window: Int, _ config: Config) -> Double {
        window < config.urgency.count ? config.urgency[window] : (config.urgency.last ?? 1)
    }

    /// `ceil(sales gap / c + calendar gap − 0.01)`.
    package static func recruits(salesGap: Double, needGap: Double, config: Config) -> Int {
        let c = Double(max(1, config.capacity(maxUsesPerQuarter: nil)))
        return max(0, Int((salesGap / c + needGap - 0.01).rounded(.up)))
    }

    /// The prioritize stage: takes the segmented buckets, their allocation, the flow network it ran on
    /// (extended by the recruiting plan) and the accounts; gives each gap's priority, the recruiting
    /// targets with their candidates, the roster's health, the vocabulary of supply and demand, and the
    /// plan (`Prioritized`), which may still be being made when this returns (`Prioritized.planned`:
    /// reading `plan` waits for it).
    /// `excluded`: `excludedIndex` of the same inputs, when the caller built it already (the pipeline
    /// builds it while the allocation runs). `scope`: how far to go (`Scope`). `keys`: the roster's
    /// `ContactKeys`, when made already.
    package static func run(
        _ segmented: Segmented, _ allocated: Allocated, network: FlowNetwork, accounts: [Account], config: Config,
        excluded: ContactIndex? = nil, scope: Scope = .everything, keys: ContactKeys? = nil
    ) -> Prioritized {
        let seg = segmented
        let contacts = allocated.contacts
        var gaps: [Gap] = []
        gaps.reserveCapacity(seg.buckets.count)
        var totals = Totals()
        // Each bucket copied once, into its gap, and read there (bound by the loop, it was copied twice).
        for i in seg.buckets.indices {
            var g = Gap(bucket: seg.buckets[i], covered: allocated.covered[i], allocations: allocated.allocations[i])
            let missing = g.gap < 0.00005 ? 0 : g.gap
            g.urgency = urgency(g.bucket.window, config)
            switch g.bucket.kind {
            case .sales:
                g.value = g.bucket.demand > 0 ? missing / g.bucket.demand * g.bucket.weightedPipeline : 0
                totals.pipeline += g.bucket.pipeline
                totals.weightedPipeline += g.bucket.weightedPipeline
                totals.weightedPipelineUncovered += g.value
            case .need:
                g.value = missing * config.unitValue(team: g.bucket.need?.team ?? "")
            }
            g.priority = missing > 0 ? g.value * g.urgency * g.bucket.weight : 0
            totals.demand += g.bucket.demand
            totals.covered += g.covered
            totals.gap += missing
            gaps.append(g)
        }
        let ranked = gaps.indices.filter { gaps[$0].gap >= 0.005 }.sorted {
            gaps[$0].priority != gaps[$1].priority ? gaps[$0].priority > gaps[$1].priority : $0 < $1
        }
        if scope == .vocabulary {
            let none = [[Int]](repeating: [], count: gaps.count)
            return Prioritized(
                config: config, gaps: gaps, ranked: ranked, targets: [], atRisk: [], idle: [], surplus: [],
                concentration: 0, busiest: [], recoverable: none, nearMisses: none, totals: totals,
                vocabulary: Reconcile.run(
                    segmented, allocated, network: network, gaps: gaps, config: config, keys: keys))
        }

        // Stale and pending contacts that could serve each gap.
        let recoverableContacts = allocated.supply.filter { entry in
            !entry.exclusions.isEmpty && entry.exclusions.allSatisfy(\.isRecoverable)
        }.map(\.contact)
        var recoverable = [[Int]](repeating: [], count: gaps.count)
        var nearMisses = [[Int]](repeating: [], count: gaps.count)
        let recoverableSet = Set(recoverableContacts)
        // The excluded contacts that would match each gap, from an index of their match classes: the
        // work grows with the matches, not with every excluded contact for every gap.
        let excluded =
            excluded ?? excludedIndex(seg, contacts: contacts, supply: allocated.supply, config: config, keys: keys)
        let sharedGaps = gaps
        // Half the gaps' lookups on each core (a million-row export has tens of thousands of gaps).
        let half = ranked.count / 2
        let (early, late) = inParallel(
            { nearMissLists(ranked[..<half], gaps: sharedGaps, excluded: excluded) },
            { nearMissLists(ranked[half...], gaps: sharedGaps, excluded: excluded) })
        // A contact resting past a gap's window end could not serve it even if re-verified (SPEC 2.5):
        // the index ignores rest dates (one answer for a segment's three windows), so it is kept out
        // here (a trial's contact resting past the horizon was offered as a cheaper move).
        let restUntil = contacts.indices.map { contacts[$0].restUntil?.ordinal ?? Int.min }
        let anyRests = restUntil.contains { $0 != Int.min }
        for (k, i) in ranked.enumerated() {
            var m = k < half ? early[k] : late[k - half]
            if anyRests {
                let end = Allocate.windowEnd(window: gaps[i].bucket.window, asOf: seg.asOf, config: config).ordinal
                if m.contains(where: { restUntil[$0] > end }) { m.removeAll { restUntil[$0] > end } }
            }
            nearMisses[i] = m
            recoverable[i] = m.filter { recoverableSet.contains($0) }
        }
        // Whom the candidates' rule keeps off (low health, an open escalation) could cover a gap but is
        // not worth re-verifying: kept out of every "could cover" list, and said (a trial found the gap
        // report counting them as a need's way out while the priorities left them out).
        let askable = CandidateGuard(accounts: accounts, config: config)
        let notAsked = askable.notAsked(recoverable, contacts: contacts)
        if !notAsked.isEmpty {
            for i in ranked where recoverable[i].contains(where: { notAsked[$0] != nil }) {
                recoverable[i].removeAll { notAsked[$0] != nil }
            }
        }
        // Nor a contact at the only buyer of a gap's deals: a customer is no reference for its own
        // purchase (a trial's cheaper moves kept offering one the candidates left out).
        var ownBuyers = Set<Int>()
        if !seg.bucketAccounts.isEmpty {
            var accountHash: [Int: UInt64] = [:]
            for i in ranked where seg.bucketAccounts[i] > DealAccount.several && !recoverable[i].isEmpty {
                recoverable[i].removeAll { c in
                    let h = accountHash[c] ?? DealAccount.hash(contacts[c].account)
                    accountHash[c] = h
                    if h == seg.bucketAccounts[i] { ownBuyers.insert(c) }
                    return h == seg.bucketAccounts[i]
                }
            }
        }

        // Roster health: overuse, idle, concentration, surplus.
        var atRisk: [(contact: Int, load: Double, capacity: Int)] = []
        var idle: [Int] = []
        for entry in allocated.supply where entry.isEligible {
            let load = allocated.load[entry.contact]
            if load > 0 && load >= config.overuseThreshold * Double(entry.capacity) - 0.00005 {
                atRisk.append((entry.contact, load, entry.capacity))
            }
            let c = contacts[entry.contact]
            let recentlyUsed = c.lastUsed.map { seg.asOf - $0 <= config.idleDays } ?? false
            if load == 0 && !recentlyUsed { idle.append(entry.contact) }
        }
        let busiest = contacts.indices.filter { allocated.load[$0] > 0 }
            .sorted { a, b in
                // Ties go to the contact already used most: the favourite everyone asks for.
                if allocated.load[a] != allocated.load[b] { return allocated.load[a] > allocated.load[b] }
                if contacts[a].usesLast90Days != contacts[b].usesLast90Days {
                    return contacts[a].usesLast90Days > contacts[b].usesLast90Days
                }
                return a < b
            }
            .prefix(config.concentrationTop).map { ($0, allocated.load[$0]) }
        let concentration = totals.covered > 0 ? busiest.reduce(0) { $0 + $1.1 } / totals.covered : 0

        var prioritized = Prioritized(
            config: config, gaps: gaps, ranked: ranked, targets: [], atRisk: atRisk,
            idle: idle,
            surplus: [], concentration: concentration,
            busiest: busiest, recoverable: recoverable, nearMisses: nearMisses, totals: totals)
        // One core makes the targets, then starts the recruiting plan (a candidate recruit per target)
        // on a thread of its own; the other makes the surplus segments, then the vocabulary's
        // re-allocations. The two share nothing. The plan goes on while the reports are written: only
        // their parts that need it wait for it.
        let recoverableByGap = recoverable
        prioritized.notAsked.contacts = notAsked
        prioritized.notAsked.ownCoverage = ownCoverage(seg, allocated)
        // Said only where no other gap keeps them a cheaper move.
        let stillRecoverable = Set(ranked.flatMap { recoverable[$0] })
        prioritized.notAsked.ownBuyerContacts = ownBuyers.subtracting(stillRecoverable).sorted()
        let withoutPlan = prioritized
        let ((targets, plan), (surplus, vocabulary)) = inParallel(
            {
                var p = withoutPlan
                (p.targets, p.notAsked.renewingAccounts) = makeTargets(
                    gaps: sharedGaps, ranked: ranked, recoverable: recoverableByGap, contacts: contacts,
                    accounts: accounts, askable: askable, bucketAccounts: seg.bucketAccounts,
                    asOf: seg.asOf, config: config)
                let withTargets = p
                return (
                    (p.targets, p.notAsked.renewingAccounts),
                    Background {
                        RecruitingPlan.make(withTargets, segmented: segmented, allocated: allocated, network: network)
                    }
                )
            },
            {
                (
                    surplusSegments(allocated, gaps: sharedGaps, config: config),
                    Reconcile.run(
                        segmented, allocated, network: network, gaps: sharedGaps, config: config, keys: keys)
                )
            })
        (prioritized.targets, prioritized.notAsked.renewingAccounts) = targets
        prioritized.planned = plan
        prioritized.surplus = surplus
        prioritized.vocabulary = vocabulary
        return prioritized
    }

    /// The allocations of a contact to a bucket whose deals are all its company's (with an accounts
    /// export, `Segmented.bucketAccounts`), in bucket order.
    static func ownCoverage(_ seg: Segmented, _ allocated: Allocated) -> [NotAsked.OwnCoverage] {
        guard !seg.bucketAccounts.isEmpty else { return [] }
        var out: [NotAsked.OwnCoverage] = []
        for b in seg.buckets.indices where seg.bucketAccounts[b] > DealAccount.several {
            for a in allocated.allocations[b]
            where a.load > 0 && DealAccount.hash(allocated.contacts[a.contact].account) == seg.bucketAccounts[b] {
                out.append(NotAsked.OwnCoverage(contact: a.contact, bucket: b, load: a.load))
            }
        }
        return out
    }

    /// What an index of contacts is asked for a bucket when rest dates do not count: the same for a
    /// segment's buckets in every window.
    private struct ServingQuestion: Hashable {
        let activity: String
        let dimensions: [String?]
        let minSeniority: Seniority?
    }

    /// The excluded contacts that could serve each of `gaps[ranked]`: asked once per activity, segment
    /// and seniority (a segment's gaps in three windows get one answer, its array shared).
    static func nearMissLists(_ ranked: ArraySlice<Int>, gaps: [Gap], excluded: ContactIndex) -> [[Int]] {
        // Keyed by the values' ids where the index can say them (hashing the strings cost more than
        // the intersections the answers saved).
        var byIDs = VectorKeyMemo<[Int]>()
        var answers: [ServingQuestion: [Int]] = [:]
        return ranked.map { i in
            if let ids = excluded.question(for: gaps[i].bucket) {
                return byIDs.value(ids) { excluded.contacts(answering: ids) }
            }
            let question = ServingQuestion(
                activity: gaps[i].bucket.activity, dimensions: gaps[i].bucket.dimensions,
                minSeniority: gaps[i].bucket.minSeniority)
            if let known = answers[question] { return known }
            let answer = excluded.contacts(serving: gaps[i].bucket)
            answers[question] = answer
            return answer
        }
    }

    /// The contacts the supply excludes, indexed by match class for the near misses. It needs only
    /// the buckets and the supply, not the allocation.
    package static func excludedIndex(
        _ segmented: Segmented, contacts: [Contact], supply: [SupplyEntry], config: Config, keys: ContactKeys? = nil
    ) -> ContactIndex {
        let width = segmented.buckets.reduce(config.dimensions.count) { max($0, $1.dimensions.count) }
        return ContactIndex(
            contacts, indices: supply.lazy.filter { !$0.isEligible }.map(\.contact), dimensions: width, keys: keys)
    }

    /// Segments (one value per dimension) where eligible capacity is at least `surplus_ratio` times the
    /// demand of the buckets that name exactly that segment, and none of those has a gap.
    static func surplusSegments(_ allocated: Allocated, gaps: [Gap], config: Config) -> [SurplusSegment] {
        // Segments as short runs of value ids in one table, not as arrays of strings (nor a dictionary
        // of arrays: a heap array per key looked up): a large roster's contacts make tens of thousands
        // of segments over a few hundred values. Per dimension, each spelling has an id, and each id the
        // id of its lowercased form (a bucket names its segment ignoring case).
        var values = SegmentValues()
        var segments = IntegerRunTable()
        var supply: [(contacts: Int, capacity: Int)] = []
        // A contact's value ids, dimension `d`'s at `ids[starts[d]..<starts[d + 1]]`, in buffers kept
        // from contact to contact: an array per dimension per contact was most of a large roster's
        // 63,000 allocations here, made while the other core allocated too.
        var ids: [Int32] = [], starts: [Int] = [], digits: [Int] = []
        var combo: [Int32] = []
        let region = config.dimensions.firstIndex(of: "region")
        var ownRegions = Memo<[String], [String]>()
        for entry in allocated.supply where entry.isEligible {
            let dimensions = allocated.contacts[entry.contact].dimensions
            guard dimensions.allSatisfy({ !$0.isEmpty }) else { continue }
            ids.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
            for (d, spellings) in dimensions.enumerated() {
                starts.append(ids.count)
                // A contact's supply counts where it is (US-West), not again in the region around it (AMER).
                let own = d == region ? ownRegions.value(spellings, RegionWithin.ownRegions) : spellings
                for spelling in own { ids.append(values.id(d, spelling)) }
            }
            starts.append(ids.count)
            // Every combination of one spelling per dimension, the last dimension turning fastest
            // (a spelling listed twice makes its combinations twice, and counts twice).
            digits.removeAll(keepingCapacity: true)
            digits.append(contentsOf: repeatElement(0, count: dimensions.count))
            combinations: while true {
                combo.removeAll(keepingCapacity: true)
                for d in dimensions.indices { combo.append(ids[starts[d] + digits[d]]) }
                let k = segments.number(of: combo)
                if k == supply.count { supply.append((0, 0)) }
                supply[k].contacts += 1
                supply[k].capacity += entry.capacity
                var d = dimensions.count - 1
                while d >= 0 {
                    digits[d] += 1
                    if digits[d] < starts[d + 1] - starts[d] { continue combinations }
                    digits[d] = 0
                    d -= 1
                }
                break
            }
        }
        // Demand and gaps of the fully specified buckets, by segment (ignoring case); a bucket naming a
        // value no eligible contact carries names no segment here.
        var demandSegments = IntegerRunTable()
        var demand: [(demand: Double, hasGap: Bool)] = []
        var key: [Int32] = []
        bucketLoop: for g in gaps {
            key.removeAll(keepingCapacity: true)
            for (d, value) in g.bucket.dimensions.enumerated() {
                guard let value, let id = values.foldedID(d, value) else { continue bucketLoop }
                key.append(id)
            }
            let k = demandSegments.number(of: key)
            if k == demand.count { demand.append((0, false)) }
            demand[k].demand += g.bucket.demand
            if g.gap >= 0.005 { demand[k].hasGap = true }
        }
        var out: [(segment: SurplusSegment, excess: Double)] = []
        for k in 0..<segments.count {
            let run = segments.run(k)
            key = run.enumerated().map { values.folded($0, $1) }
            let d = demandSegments.existing(key).map { demand[$0] } ?? (demand: 0, hasGap: false)
            let s = supply[k]
            if !d.hasGap && s.contacts >= 2 && Double(s.capacity) >= config.surplusRatio * max(d.demand, 1) {
                let segment = run.enumerated().map { values.spelling($0, $1) }
                out.append(
                    (
                        SurplusSegment(
                            dimensions: segment, contacts: s.contacts, capacity: s.capacity, demand: d.demand),
                        Double(s.capacity) - d.demand
                    ))
            }
        }
        // The largest excess first; among equals (capacities are whole, so ties are many), by the
        // segment's spellings.
        out.sort { a, b in
            if a.excess != b.excess { return a.excess > b.excess }
            return a.segment.dimensions.lexicographicallyPrecedes(b.segment.dimensions) { x, y in
                (x ?? "") < (y ?? "")
            }
        }
        return out.map(\.segment)
    }
}

/// The roster's dimension values as small ids for `surplusSegments`: per dimension, each spelling's
/// id, and the id of its lowercased form.
private struct SegmentValues {
    private var ids: [[String: Int32]] = []
    private var spellings: [[String]] = []
    private var foldedOf: [[Int32]] = []
    private var foldedIDs: [[String: Int32]] = []

    mutating func id(_ d: Int, _ spelling: String) -> Int32 {
        while ids.count <= d {
            ids.append([:])
            spellings.append([])
            foldedOf.append([])
            foldedIDs.append([:])
        }
        if let known = ids[d][spelling] { return known }
        let id = Int32(spellings[d].count)
        ids[d][spelling] = id
        spellings[d].append(spelling)
        let lower = spelling.lowercased()
        let folded = foldedIDs[d][lower] ?? Int32(foldedIDs[d].count)
        foldedIDs[d][lower] = folded
        foldedOf[d].append(folded)
        return id
    }

    /// The id of a value's lowercased form, if a spelling of it was seen on dimension `d`.
    func foldedID(_ d: Int, _ value: String) -> Int32? {
        d < foldedIDs.count ? foldedIDs[d][value.lowercased()] : nil
    }

    func folded(_ d: Int, _ id: Int32) -> Int32 { foldedOf[d][Int(id)] }
    func spelling(_ d: Int, _ id: Int32) -> String { spellings[d][Int(id)] }
}
