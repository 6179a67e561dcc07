import Testing
import RefgapAllocate
import RefgapModel
import RefgapSegment
@testable import RefgapPrioritize

/// The quadratic versions the indexed prioritize steps replaced: every excluded contact checked against
/// every gap, every open account against every target, every segment against every contact.
enum Quadratic {
    static func nearMisses(_ p: EngineRun) -> [[Int]] {
        var out = [[Int]](repeating: [], count: p.prioritized.gaps.count)
        let excluded = p.allocated.supply.filter { !$0.isEligible }.map(\.contact)
        let config = p.prioritized.config
        for i in p.prioritized.ranked {
            let bucket = p.prioritized.gaps[i].bucket
            let end = p.segmented.asOf + config.windows[min(bucket.window, config.windows.count - 1)]
            out[i] = excluded.filter {
                Matching.canServe(p.allocated.contacts[$0], bucket)
                    && (p.allocated.contacts[$0].restUntil ?? end) <= end
            }
        }
        return out
    }

    /// Per target: the open accounts matching its segment, as `makeTargets` filtered them; not the
    /// account whose own deals (`opportunities`) are all of the target's demand.
    static func accountCandidates(_ p: EngineRun, accounts: [Account], opportunities: [Opportunity]) -> [[String]] {
        let config = p.prioritized.config
        let roster = Set(p.allocated.contacts.map { $0.account.lowercased() })
        let asOf = p.segmented.asOf, caution = p.prioritized.config.renewalCautionDays
        let open = accounts.filter { a in
            !roster.contains(a.name.lowercased()) && (a.health ?? 0) >= p.prioritized.config.candidateMinHealth
                && a.openEscalations == 0 && !(a.renewal.map { $0 - asOf >= 0 && $0 - asOf <= caution } ?? false)
        }
        return p.prioritized.targets.map { t in
            // The target's buckets with a gap, and the accounts of the deals in them.
            let members = p.prioritized.ranked.filter {
                p.prioritized.gaps[$0].bucket.activity == t.activity
                    && p.prioritized.gaps[$0].bucket.dimensions == t.dimensions
            }
            var owners = Set<String>()
            var onlyDeals = true
            for i in members {
                let b = p.prioritized.gaps[i].bucket
                if b.kind == .need { onlyDeals = false }
                for o in opportunities
                where !o.isClosed && o.activity == b.activity && o.dimensions == b.dimensions
                    && config.window(forOffset: o.closeDate - p.segmented.asOf) == b.window
                {
                    owners.insert(Text.accountKey(o.account))
                }
            }
            let own = onlyDeals && owners.count == 1 ? owners.first : nil
            let matching = open.filter {
                Matching.dimensionsMatch($0.dimensions, t.dimensions) && Text.accountKey($0.name) != own
            }.sorted { x, y in
                if (x.health ?? 0) != (y.health ?? 0) { return (x.health ?? 0) > (y.health ?? 0) }
                if (x.arr ?? 0) != (y.arr ?? 0) { return (x.arr ?? 0) > (y.arr ?? 0) }
                return x.name < y.name
            }
            var seen = Set<String>()
            var names: [String] = []
            for a in matching
            where names.count < p.prioritized.config.candidatesPerTarget && seen.insert(a.name.lowercased()).inserted {
                names.append(a.name)
            }
            return names
        }
    }

    /// Per dimension with blank eligible contacts: the buckets naming a value there that one of them
    /// would serve were the blank filled, as `dimension contacts buckets demand gap`.
    static func blanks(_ p: EngineRun) -> [String] {
        p.prioritized.config.dimensions.indices.compactMap { i in
            let blank = p.allocated.supply.filter {
                $0.isEligible && p.allocated.contacts[$0.contact].dimensions[i].isEmpty
            }.map(
                \.contact)
            guard !blank.isEmpty else { return nil }
            var buckets = 0, demand = 0.0, gap = 0.0
            for g in p.prioritized.gaps where g.bucket.demand > 0 && g.bucket.dimensions[i] != nil {
                var any = g.bucket
                any.dimensions[i] = nil
                guard blank.contains(where: { Matching.canServe(p.allocated.contacts[$0], any) }) else { continue }
                buckets += 1
                demand += g.bucket.demand
                gap += g.gap
            }
            return "\(p.prioritized.config.dimensions[i]) \(blank.count) \(buckets) \(demand) \(gap)"
        } + severalBlanks(p)
    }

    /// Contacts blank on two or more dimensions, per set of blank dimensions: the buckets naming a
    /// value on one of them that a contact of the set would serve with all its blanks filled.
    static func severalBlanks(_ p: EngineRun) -> [String] {
        let dims = p.prioritized.config.dimensions
        var groups: [[Int]: [Int]] = [:]
        for e in p.allocated.supply where e.isEligible {
            let blank = dims.indices.filter { p.allocated.contacts[e.contact].dimensions[$0].isEmpty }
            if blank.count >= 2 { groups[blank, default: []].append(e.contact) }
        }
        return groups.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map { blank, contacts in
            var buckets = 0, demand = 0.0, gap = 0.0
            for g in p.prioritized.gaps
            where g.bucket.demand > 0 && blank.contains(where: { g.bucket.dimensions[$0] != nil }) {
                var any = g.bucket
                for i in blank { any.dimensions[i] = nil }
                guard contacts.contains(where: { Matching.canServe(p.allocated.contacts[$0], any) }) else { continue }
                buckets += 1
                demand += g.bucket.demand
                gap += g.gap
            }
            let names = blank.map { dims[$0] }
            let label = names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
            return "\(label) \(contacts.count) \(buckets) \(demand) \(gap)"
        }
    }

    /// Every fully specified segment any eligible contact carries, with the contacts that carry all of
    /// its values and the demand of the buckets that name exactly it.
    /// As `dimensions contacts capacity demand` lines, sorted.
    static func surplus(_ p: EngineRun) -> [String] {
        let eligible = p.allocated.supply.filter { e in
            e.isEligible && p.allocated.contacts[e.contact].dimensions.allSatisfy { !$0.isEmpty }
        }
        var segments: [[String]] = []
        var seen = Set<[String]>()
        for e in eligible {
            var combos: [[String]] = [[]]
            for values in p.allocated.contacts[e.contact].dimensions {
                combos = combos.flatMap { prefix in values.map { prefix + [$0] } }
            }
            for combo in combos where seen.insert(combo).inserted { segments.append(combo) }
        }
        var out: [String] = []
        for segment in segments {
            let carriers = eligible.filter { e in
                zip(p.allocated.contacts[e.contact].dimensions, segment).allSatisfy { values, v in values.contains(v) }
            }
            let named = p.prioritized.gaps.filter { g in
                g.bucket.dimensions.count == segment.count
                    && zip(g.bucket.dimensions, segment).allSatisfy { b, v in b?.lowercased() == v.lowercased() }
            }
            let demand = named.reduce(0) { $0 + $1.bucket.demand }
            let capacity = carriers.reduce(0) { $0 + $1.capacity }
            if !named.contains(where: { $0.gap >= 0.005 }) && carriers.count >= 2
                && Double(capacity) >= p.prioritized.config.surplusRatio * max(demand, 1)
            {
                out.append("\(segment) \(carriers.count) \(capacity) \(demand)")
            }
        }
        return out.sorted()
    }
}

@Suite("Indexed prioritize equals the quadratic version (near misses, candidates, blanks, surplus)")
struct IndexedMatchingTests {
    static let industries = ["Healthcare", "healthcare", "Retail", "Energy", "Énergie"]
    static let regions = ["US-West", "EMEA", "emea"]
    static let products = ["Analytics", "Security"]
    static let activities = ["Reference call", "Case study", "case study"]

    /// A random program: values in two cases, a product the roster spells its own way, excluded
    /// contacts of every kind, accounts on and off the roster.
    /// `sized`: deals name a size too (in two cases), so some buckets name a whole segment.
    static func program(seed: Int, sized: Bool = false) -> (p: EngineRun, accounts: [Account]) {
        let made = programWithDeals(seed: seed, sized: sized)
        return (made.p, made.accounts)
    }

    /// `program`, with its deals.
    static func programWithDeals(seed: Int, sized: Bool = false) -> (
        p: EngineRun, accounts: [Account], opportunities: [Opportunity]
    ) {
        var rng = SplitMix64(state: UInt64(seed) &* 104_729 &+ 7)
        func pick<T>(_ xs: [T]) -> T { xs[Int.random(in: 0..<xs.count, using: &rng)] }
        func maybe<T>(_ xs: [T]) -> T? { Int.random(in: 0..<3, using: &rng) == 0 ? nil : pick(xs) }
        func some(_ xs: [String]) -> [String] { xs.filter { _ in Int.random(in: 0..<3, using: &rng) == 0 } }

        var opps: [Opportunity] = []
        for i in 0..<Int.random(in: 0...30, using: &rng) {
            let dims = [
                maybe(Self.industries), maybe(Self.regions), maybe(Self.products),
                sized ? maybe(["SMB", "smb", "Mid-Market"]) : nil,
            ]
            opps.append(randomDeal(i, activity: pick(Self.activities), dims: dims, using: &rng))
        }
        var needs: [Need] = []
        for i in 0..<Int.random(in: 0...6, using: &rng) {
            needs.append(
                need(
                    "n\(i)", days: Int.random(in: 0...120, using: &rng), count: Int.random(in: 1...6, using: &rng),
                    activity: pick(Self.activities), criteria: [maybe(Self.industries), maybe(Self.regions), nil, nil],
                    min: Bool.random(using: &rng) ? nil : pick(Seniority.allCases), order: i))
        }
        let statuses: [StatusClass] = [.active, .active, .pending, .hold, .inactive]
        var contacts: [Contact] = []
        for i in 0..<Int.random(in: 0...40, using: &rng) {
            contacts.append(
                contact(
                    "c\(i)", status: pick(statuses),
                    dims: [
                        some(Self.industries), some(Self.regions), some(Self.products + ["Analytics Cloud"]),
                        [pick(["SMB", "Mid-Market"])],
                    ],
                    activities: some(Self.activities), seniority: pick(Seniority.allCases),
                    verifiedDaysAgo: Bool.random(using: &rng) ? 10 : 400, uses: Int.random(in: 0...3, using: &rng),
                    maxUses: Int.random(in: 1...4, using: &rng),
                    restUntil: Int.random(in: 0..<4, using: &rng) == 0 ? A + Int.random(in: 0...100, using: &rng) : nil)
            )
            // Some at a company buying in the program (`Acct 3`, a deal's account).
            if Int.random(in: 0..<4, using: &rng) == 0 {
                contacts[i].account = "Acct \(Int.random(in: 0..<30, using: &rng))"
            }
        }
        var accounts: [Account] = []
        for i in 0..<Int.random(in: 0...30, using: &rng) {
            accounts.append(
                Account(
                    // On the roster (`Acct c3`), a buyer of the deals (`Acct 3`), or a prospect.
                    name: [
                        "Acct c\(i)", "Acct \(Int.random(in: 0..<30, using: &rng))", "Prospect \(i % 20)",
                        "Prospect \(i % 20)",
                    ][Int.random(in: 0..<4, using: &rng)],
                    dimensions: [
                        some(Self.industries), some(Self.regions), some(Self.products), [pick(["SMB", "Mid-Market"])],
                    ],
                    health: Double(Int.random(in: 50...100, using: &rng)),
                    arr: Double(Int.random(in: 0...5, using: &rng)),
                    nps: nil, csm: "", openEscalations: Int.random(in: 0..<5, using: &rng) == 0 ? 1 : 0,
                    renewal: Int.random(in: 0..<3, using: &rng) == 0 ? A + Int.random(in: -10...90, using: &rng) : nil,
                    line: i + 2))
        }
        return (engine(opps, needs, contacts, accounts: accounts), accounts, opps)
    }

    @Test(arguments: 0..<200)
    func nearMissesCandidatesAndSurplus(seed: Int) {
        let (p, accounts, opportunities) = Self.programWithDeals(seed: seed)
        #expect(p.prioritized.nearMisses == Quadratic.nearMisses(p), "seed \(seed)")
        // The candidates' rule for roster contacts: no open escalation at the account, and the lower
        // of the roster's and the accounts export's health at least candidate_min_health.
        // A contact at the only buyer of a bucket's deals is no reference for it.
        func ownBuyer(_ c: Int, of i: Int) -> Bool {
            let b = p.prioritized.gaps[i].bucket
            guard b.kind == .sales, !accounts.isEmpty else { return false }
            let config = p.prioritized.config
            let owners = Set(
                opportunities.filter {
                    !$0.isClosed && $0.activity == b.activity && $0.dimensions == b.dimensions
                        && config.window(forOffset: $0.closeDate - p.segmented.asOf) == b.window
                }.map { Text.accountKey($0.account) })
            return owners == [Text.accountKey(p.allocated.contacts[c].account)]
        }
        func asked(_ c: Int) -> Bool {
            let contact = p.allocated.contacts[c]
            let account = accounts.first { Text.accountKey($0.name) == Text.accountKey(contact.account) }
            let health = [contact.health, account?.health].compactMap { $0 }.min()
            return (account?.openEscalations ?? 0) == 0 && (health ?? 100) >= p.prioritized.config.candidateMinHealth
        }
        let recoverable = Set(
            p.allocated.supply.filter { !$0.exclusions.isEmpty && $0.exclusions.allSatisfy(\.isRecoverable) }.map(
                \.contact))
        #expect(
            p.prioritized.recoverable
                == Quadratic.nearMisses(p).enumerated().map { i, misses in
                    misses.filter { recoverable.contains($0) && asked($0) && !ownBuyer($0, of: i) }
                }, "seed \(seed)"
        )
        #expect(
            p.prioritized.targets.map { $0.candidates.filter { $0.source == .account }.map(\.account) }
                == Quadratic.accountCandidates(p, accounts: accounts, opportunities: opportunities), "seed \(seed)")
        #expect(
            p.prioritized.vocabulary.blanks.map {
                "\($0.dimension) \($0.contacts) \($0.buckets) \($0.demand) \($0.gap)"
            }
                == Quadratic.blanks(p), "seed \(seed)")
        #expect(
            p.prioritized.surplus.map { "\($0.dimensions.map { $0 ?? "" }) \($0.contacts) \($0.capacity) \($0.demand)" }
                .sorted()
                == Quadratic.surplus(p), "seed \(seed)")
    }
}

extension IndexedMatchingTests {
    /// The random programs meet each rule that keeps a candidate out, so the comparison above checks it.
    @Test func theRandomProgramsMeetEveryRuleThatLeavesACandidateOut() {
        var own = 0, notAsked = 0, renewing = 0, ownContacts = 0
        for seed in 0..<200 {
            let (p, _) = Self.program(seed: seed)
            own += p.prioritized.targets.filter { $0.ownDealsAccount != nil }.count
            ownContacts +=
                p.prioritized.ranked.filter { i in
                    p.prioritized.nearMisses[i].contains {
                        !p.prioritized.recoverable[i].contains($0) && p.allocated.contacts[$0].account.hasPrefix("Acct")
                            && !p.allocated.contacts[$0].account.hasPrefix("Acct c")
                    }
                }.count
            notAsked += p.prioritized.notAsked.contacts.count
            renewing += p.prioritized.notAsked.renewingAccounts.count
        }
        #expect(
            own > 0 && notAsked > 0 && renewing > 0 && ownContacts > 0,
            "own \(own), not asked \(notAsked), renewing \(renewing), own buyers' contacts \(ownContacts)")
    }

    /// Buckets that name a whole segment, in another case than the roster's: their demand and gaps
    /// count against the segment's capacity.
    @Test(arguments: 0..<200)
    func surplusAgainstBucketsNamingWholeSegments(seed: Int) {
        let (p, _) = Self.program(seed: seed, sized: true)
        #expect(
            p.prioritized.surplus.map { "\($0.dimensions.map { $0 ?? "" }) \($0.contacts) \($0.capacity) \($0.demand)" }
                .sorted()
                == Quadratic.surplus(p), "seed \(seed)")
    }

    /// A bucket names a whole segment in another case than the roster's: its demand counts against
    /// the segment's capacity (and a gap there would keep it off the list).
    @Test func aSegmentNamedInAnotherCaseCountsItsDemand() {
        let dims = [["Healthcare"], ["EMEA"], ["Analytics"], ["SMB"]]
        let contacts = (0..<3).map { contact("c\($0)", dims: dims, maxUses: 4) }
        let p = engine(
            [opp("1", days: 10, amount: 50_000, p: 0.1, dims: ["healthcare", "emea", "analytics", "smb"])], [],
            contacts)
        let segment = p.prioritized.surplus.first { $0.dimensions == ["Healthcare", "EMEA", "Analytics", "SMB"] }
        #expect(segment != nil && (segment?.demand ?? 0) > 0)
        #expect(
            p.prioritized.surplus.map { "\($0.dimensions.map { $0 ?? "" }) \($0.contacts) \($0.capacity) \($0.demand)" }
                .sorted() == Quadratic.surplus(p))
    }
}

@Suite("Vocabulary joins")
struct VocabularyJoinTests {
    /// What `Reconcile.coveredIfJoined` once did: the pair's synonym applied to copies of every bucket
    /// and contact, and the whole allocation run again on them.
    static func coveredByRenamedCopies(_ pair: Vocabulary.Pair, _ p: EngineRun) -> Double {
        let config = p.prioritized.config
        guard let i = config.dimensions.firstIndex(of: pair.dimension) else { return 0 }
        var seg = p.segmented
        for b in seg.buckets.indices where seg.buckets[b].dimensions[i]?.lowercased() == pair.from.lowercased() {
            seg.buckets[b].dimensions[i] = pair.to
        }
        var contacts = p.allocated.contacts
        for c in contacts.indices {
            var values: [String] = []
            for value in contacts[c].dimensions[i] {
                let renamed = value.lowercased() == pair.from.lowercased() ? pair.to : value
                if !values.contains(where: { $0.lowercased() == renamed.lowercased() }) { values.append(renamed) }
            }
            contacts[c].dimensions[i] = values
        }
        return Allocate.run(seg, contacts: contacts, supply: p.allocated.supply, config: config).allocated.covered
            .reduce(0, +)
    }

    /// A join that cannot give any bucket a new contact keeps the coverage without running the
    /// allocation again; every checked pair's coverage equals the allocation's run with the join.
    @Test func coverageIfJoinedEqualsTheAllocationRunAgain() {
        var skipped = 0, run = 0
        for seed in 0..<300 {
            let (p, _) = IndexedMatchingTests.program(seed: seed)
            let width = p.prioritized.gaps.reduce(p.prioritized.config.dimensions.count) {
                max($0, $1.bucket.dimensions.count)
            }
            let index = ContactIndex(
                p.allocated.contacts, indices: p.allocated.supply.filter(\.isEligible).map(\.contact), dimensions: width
            )
            for pair in p.prioritized.vocabulary.pairs where pair.coveredIfJoined != nil {
                if Reconcile.joinAddsMatches(pair, gaps: p.prioritized.gaps, index: index, config: p.prioritized.config)
                {
                    run += 1
                } else {
                    skipped += 1
                }
                // Exactly the total of the allocation run again on renamed copies, to the last digit.
                #expect(pair.coveredIfJoined == Self.coveredByRenamedCopies(pair, p), "seed \(seed)")
            }
        }
        // Both kinds of pair occurred.
        #expect(skipped > 0 && run > 0, "skipped \(skipped), run \(run)")
    }
}

extension IndexedMatchingTests {
    /// The plan's recruits find their buckets by key (`RecruitMatching.buckets`); asking an index of
    /// the recruits from every bucket (`bucketsByIndex`) gives the same lists. Besides the plan's own
    /// recruits, the roster's contacts stand in as recruits: with one value per dimension (the keyed
    /// way, resting ones too) and as they are (several values: the index's way).
    @Test(arguments: 0..<200)
    func recruitsFindTheBucketsTheIndexGives(seed: Int) {
        let (p, _) = Self.program(seed: seed, sized: seed % 2 == 1)
        let config = p.prioritized.config
        let oneValueEach = p.allocated.contacts.map { c in
            var c = c
            c.dimensions = c.dimensions.map { Array($0.prefix(1)) }
            return c
        }
        let recruitSets = [
            RecruitingPlan.recruitContacts(p.prioritized, segmented: p.segmented), oneValueEach, p.allocated.contacts,
        ]
        for recruits in recruitSets {
            #expect(
                RecruitMatching.buckets(for: recruits, p.segmented, config: config)
                    == RecruitMatching.bucketsByIndex(for: recruits, p.segmented, config: config), "seed \(seed)")
        }
    }
}

extension IndexedMatchingTests {
    /// Targets come ranked 1, 2, 3, … by score (highest first), then deadline, then activity and values
    /// ignoring case: the order they are swapped into after the sort.
    @Test(arguments: 0..<100)
    func targetsComeInRankOrder(seed: Int) {
        let (p, _) = Self.program(seed: seed, sized: seed % 2 == 1)
        let targets = p.prioritized.targets
        #expect(targets.map(\.rank) == Array(targets.indices.map { $0 + 1 }), "seed \(seed)")
        func text(_ t: Target) -> [String] { ([t.activity] + t.dimensions.map { $0 ?? "" }).map { $0.lowercased() } }
        for (a, b) in zip(targets, targets.dropFirst()) {
            let inOrder =
                a.score != b.score
                ? a.score > b.score
                : a.deadline != b.deadline ? a.deadline < b.deadline : !text(b).lexicographicallyPrecedes(text(a))
            #expect(inOrder, "seed \(seed): rank \(a.rank) before \(b.rank)")
        }
    }
}

extension IndexedMatchingTests {
    /// Hundreds of recruits, each value held by more than one in 64 of them: the index answers a
    /// bucket by ANDing its values' bit sets four words of 64 classes at a time, then a word at a time
    /// (`MatchIndex.fromSets`), and its lists are the ones the recruits' keys give. The other programs
    /// here are too small for a set of four words. Some recruits rest, some buckets ask a seniority.
    @Test(arguments: 0..<6)
    func aLargeRostersBitSetsGiveTheKeysLists(seed: Int) {
        var rng = SplitMix64(state: UInt64(seed) &* 7_919 &+ 11)
        let industries = ["Healthcare", "Retail", "Energy", "Education", "Banking", "Media"]
        let regions = ["US-West", "EMEA", "APAC", "LATAM", "US-East"]
        let products = ["Cloud Platform", "Analytics", "Security"]
        let sizes = ["SMB", "Mid-Market", "Enterprise"]
        let activities = ["Reference call", "Case study", "Site visit"]
        func pick<T>(_ xs: [T]) -> T { xs[Int.random(in: 0..<xs.count, using: &rng)] }
        func maybe(_ xs: [String]) -> String? { Int.random(in: 0..<3, using: &rng) == 0 ? nil : pick(xs) }
        let opps = (0..<150).map { i in
            opp(
                "\(i)", days: Int.random(in: 0...120, using: &rng), activity: pick(activities),
                dims: [maybe(industries), maybe(regions), maybe(products), maybe(sizes)])
        }
        let needs = (0..<20).map { i in
            need(
                "n\(i)", days: Int.random(in: 0...120, using: &rng), count: 1, activity: pick(activities),
                criteria: [maybe(industries), maybe(regions), nil, nil],
                min: Bool.random(using: &rng) ? nil : pick(Seniority.allCases), order: i)
        }
        // 300 recruits are five words of classes (one four-word step, one word after); 2,300 are 36.
        let recruits = (0..<(300 + 400 * seed)).map { i in
            contact(
                "r\(i)", dims: [[pick(industries)], [pick(regions)], [pick(products)], [pick(sizes)]],
                activities: activities.filter { _ in Bool.random(using: &rng) }, seniority: pick(Seniority.allCases),
                restUntil: Int.random(in: 0..<5, using: &rng) == 0 ? A + Int.random(in: 0...150, using: &rng) : nil)
        }
        let config = Config()
        let input = NormalizedInputs(
            needs: needs, contacts: [], accounts: [], ledgers: [], rosterHasVerifiedColumn: true,
            dataQuality: DataQuality())
        let seg = Segment.run(
            input, sales: SalesAccumulator(opps, asOf: A, config: config, tracksAccounts: false), asOf: A,
            config: config)
        let byKeys = RecruitMatching.buckets(for: recruits, seg, config: config)
        #expect(byKeys == RecruitMatching.bucketsByIndex(for: recruits, seg, config: config), "seed \(seed)")
        #expect(byKeys.reduce(0) { $0 + $1.count } > recruits.count, "seed \(seed)")
    }
}
