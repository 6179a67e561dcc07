import RefgapAllocate
import RefgapModel

extension Prioritize {
    /// The recruiting targets (SPEC 2.9: gap buckets grouped by segment, ranked by score) with their
    /// candidates, and the matching accounts left out because they renew soon. `recoverable` is
    /// without the contacts `askable` (the run's `CandidateGuard`) keeps out; `bucketAccounts`, `Segmented.bucketAccounts`.
    static func makeTargets(
        gaps: [Gap], ranked: [Int], recoverable: [[Int]], contacts: [Contact], accounts: [Account],
        askable: CandidateGuard, bucketAccounts: [UInt64] = [], asOf: Day, config: Config
    ) -> (targets: [Target], renewing: [NotAsked.Renewing]) {
        // The one account of the deals of `members` (gap indices), `DealAccount.several` if not one.
        func soleAccount(_ members: [Int]) -> UInt64 {
            var own = bucketAccounts.isEmpty ? DealAccount.several : DealAccount.none
            for i in members where own != DealAccount.several { own = DealAccount.join(own, bucketAccounts[i]) }
            return own
        }
        // The ranked gaps grouped by segment, the groups in the order their first gap ranks: each gap's
        // key made (and hashed) once and looked up once.
        var order: [SegmentKey] = []
        var groups: [[Int]] = []
        var groupOf: [SegmentKey: Int] = [:]
        groupOf.reserveCapacity(ranked.count)
        for i in ranked {
            // Each field read in place: a gap or bucket bound to a constant was copied whole.
            let key = SegmentKey(activity: gaps[i].bucket.activity, dimensions: gaps[i].bucket.dimensions)
            if let g = groupOf[key] {
                groups[g].append(i)
            } else {
                groupOf[key] = groups.count
                groups.append([i])
                order.append(key)
            }
        }
        // Made only with an accounts export to look up in (a large roster's 20,000 names otherwise).
        let rosterAccounts = accounts.isEmpty ? [] : Set(contacts.indices.map { Text.accountKey(contacts[$0].account) })
        // Accounts not on the roster, healthy and without escalations: the same for every target.
        let healthyAccounts = accounts.filter { a in
            !rosterAccounts.contains(Text.accountKey(a.name)) && (a.health ?? 0) >= config.candidateMinHealth
                && a.openEscalations == 0 && a.isCustomer
        }
        // A customer renewing within renewal_caution_days is not asked, as a roster contact there is on
        // caution (a trial's first candidate renewed 16 days after the as-of date); the report names
        // those that match a target.
        let renews = { (a: Account) in a.renewal.map { Supply.renewsSoon($0, asOf: asOf, config: config) } ?? false }
        let accountIndex = AccountIndex(healthyAccounts.filter { !renews($0) })
        let renewingIndex = AccountIndex(healthyAccounts.filter(renews))

        // Each target's group, kept beside it through the ranking (its renewing customers' check reads it).
        var targetGroups: [Int] = []
        var targets: [Target] = order.indices.compactMap { g in
            let key = order[g]
            let members = groups[g]
            var salesGap = 0.0, needGap = 0.0, score = 0.0, pipeline = 0.0
            var deadline: Day? = nil
            var needs: [String] = []
            var fromRoster: [Int] = []
            var seenContacts = Set<Int>()
            for i in members {
                switch gaps[i].bucket.kind {
                case .sales:
                    salesGap += gaps[i].gap
                    pipeline += gaps[i].value
                case .need: needGap += gaps[i].gap
                }
                score += gaps[i].priority
                let window = gaps[i].bucket.window
                let due = gaps[i].bucket.need?.due ?? Allocate.windowEnd(window: window, asOf: asOf, config: config)
                deadline = deadline.map { min($0, due) } ?? due
                if let n = gaps[i].bucket.need { needs.append("\(n.name) (\(n.team), due \(n.due))") }
                for c in recoverable[i] where seenContacts.insert(c).inserted { fromRoster.append(c) }
            }
            let recruits = Self.recruits(salesGap: salesGap, needGap: needGap, config: config)
            guard recruits > 0, let deadline else { return nil }
            let fromAccounts = accountIndex.matching(key.dimensions).sorted { x, y in
                if (x.health ?? 0) != (y.health ?? 0) { return (x.health ?? 0) > (y.health ?? 0) }
                if (x.arr ?? 0) != (y.arr ?? 0) { return (x.arr ?? 0) > (y.arr ?? 0) }
                return x.name < y.name
            }
            // A customer whose own deals are all of the segment's demand is not its reference.
            let own = soleAccount(members)
            var ownDealsAccount: String? = nil
            func isOwn(_ name: String) -> Bool {
                guard own != DealAccount.several, DealAccount.hash(name) == own else { return false }
                if ownDealsAccount == nil { ownDealsAccount = name }
                return true
            }
            var seenAccounts = Set<String>()
            var candidates: [Candidate] = []
            for a in fromAccounts where candidates.count < config.candidatesPerTarget {
                guard !isOwn(a.name), seenAccounts.insert(Text.fold(a.name)).inserted else { continue }
                candidates.append(
                    Candidate(source: .account, account: a.name, contact: "", health: a.health, arr: a.arr, csm: a.csm))
            }
            for c in fromRoster where !isOwn(contacts[c].account) {
                // Read in place: bound to a constant, the contact was copied whole.
                let pending = contacts[c].status == .pending
                candidates.append(
                    Candidate(
                        source: pending ? .pendingContact : .staleContact, account: contacts[c].account,
                        contact: contacts[c].name, health: askable.health(contacts[c]), arr: nil, csm: contacts[c].csm))
            }
            var target = Target(
                rank: 0, activity: key.activity, dimensions: key.dimensions, salesGap: salesGap, needGap: needGap,
                recruits: recruits, approach: Int((Double(recruits) / config.acceptanceRate - 1e-9).rounded(.up)),
                deadline: deadline, score: score, pipelineAtStake: pipeline, needs: needs, candidates: candidates)
            target.ownDealsAccount = ownDealsAccount
            targetGroups.append(g)
            return target
        }
        // Score, then deadline, then activity and values ignoring case: sorted by keys made once per
        // target (a million-row export has tens of thousands), then the targets swapped into place.
        struct RankKey {
            let score: Double
            let deadline: Day
            let text: [String]
        }
        let keys = targets.indices.map { i in
            RankKey(
                score: targets[i].score, deadline: targets[i].deadline,
                text: ([targets[i].activity] + targets[i].dimensions.map { $0 ?? "" }).map { $0.lowercased() })
        }
        let ranking = keys.indices.sorted { i, j in
            let a = keys[i], b = keys[j]
            if a.score != b.score { return a.score > b.score }
            if a.deadline != b.deadline { return a.deadline < b.deadline }
            return a.text.lexicographicallyPrecedes(b.text)
        }
        targets.rearrange(to: ranking)
        targetGroups.rearrange(to: ranking)
        for k in targets.indices { targets[k].rank = k + 1 }
        // Each renewing customer with the first target it matches, in rank order (a trial could not
        // tell which of ten named customers belonged to the targets shown).
        // One that is the target's only buyer is said as that (it is no reference there even after
        // the renewal).
        var renewing: [NotAsked.Renewing] = []
        var named = Set<String>()
        for k in targets.indices {
            let own = soleAccount(groups[targetGroups[k]])
            for a in renewingIndex.matching(targets[k].dimensions).sorted(by: { $0.name < $1.name }) {
                if own > DealAccount.several, DealAccount.hash(a.name) == own {
                    if targets[k].ownDealsAccount == nil { targets[k].ownDealsAccount = a.name }
                    continue
                }
                guard let r = a.renewal, named.insert(a.name).inserted else { continue }
                renewing.append(NotAsked.Renewing(name: a.name, renewal: r, targetRank: targets[k].rank))
            }
        }
        return (targets, renewing)
    }

    /// Who is not asked for a reference, whatever the gap, among the stale and pending roster contacts
    /// that could cover one: a contact at an account with health under `candidate_min_health` (the
    /// lower of the roster's and the accounts export's) or an open escalation. SPEC 2.9 asks that of the
    /// accounts offered; a trial's plan put an escalated account's stale contact first, before any
    /// customer. A contact whose health is not known anywhere is asked.
    struct CandidateGuard {
        let config: Config
        /// The accounts export's accounts, and the place of each `Text.accountKey`'s first (by place:
        /// an account copied into the table, and moved at each growth, cost more than its key).
        private let accounts: [Account]
        private let accountByKey: [String: Int]

        init(accounts: [Account], config: Config) {
            self.config = config
            self.accounts = accounts
            var byKey: [String: Int] = [:]
            byKey.reserveCapacity(accounts.count)
            for i in accounts.indices {
                let key = Text.accountKey(accounts[i].name)
                if byKey[key] == nil { byKey[key] = i }
            }
            accountByKey = byKey
        }

        /// Why `contact` is not asked, or nil.
        func reason(_ contact: Contact) -> NotAsked.Why? {
            let health = self.health(contact).flatMap { $0 < config.candidateMinHealth ? $0 : nil }
            let escalations = account(contact)?.openEscalations ?? 0
            return health == nil && escalations == 0
                ? nil : NotAsked.Why(lowHealth: health, openEscalations: escalations)
        }

        func account(_ contact: Contact) -> Account? {
            accountByKey.isEmpty ? nil : accountByKey[Text.accountKey(contact.account)].map { accounts[$0] }
        }

        /// A contact's health: the lower where the roster and the accounts export both give one (a
        /// trial's roster said 85 where the customer-success system said 40).
        func health(_ contact: Contact) -> Double? {
            [contact.health, account(contact)?.health].compactMap { $0 }.min()
        }

        /// The contacts of `recoverable` (per gap) that are not asked, with why.
        func notAsked(_ recoverable: [[Int]], contacts: [Contact]) -> [Int: NotAsked.Why] {
            var out: [Int: NotAsked.Why] = [:]
            var seen = Set<Int>()
            for list in recoverable {
                for c in list where seen.insert(c).inserted {
                    if let why = reason(contacts[c]) { out[c] = why }
                }
            }
            return out
        }
    }
}
