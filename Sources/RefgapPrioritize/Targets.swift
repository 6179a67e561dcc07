import RefgapAllocate
import RefgapModel

extension Prioritize {
    /// The recruiting targets (SPEC 2.9: gap buckets grouped by segment, ranked by score) with their
    /// candidates, and the matching accounts left out because they renew soon. `notAsked`: the roster
    /// contacts `CandidateGuard` keeps out.
    static func makeTargets(
        gaps: [Gap], ranked: [Int], recoverable: [[Int]], contacts: [Contact], accounts: [Account],
        notAsked: [Int: NotAsked.Why] = [:], asOf: Day, config: Config
    ) -> (targets: [Target], renewing: [NotAsked.Renewing]) {
        struct Key: Hashable {
            let activity: String
            let dims: [String?]
        }
        var order: [Key] = []
        var groups: [Key: [Int]] = [:]
        for i in ranked {
            // Each field read in place: a gap or bucket bound to a constant was copied whole.
            let key = Key(activity: gaps[i].bucket.activity, dims: gaps[i].bucket.dimensions)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(i)
        }
        // Made only with an accounts export to look up in (a large roster's 20,000 names otherwise).
        let rosterAccounts = accounts.isEmpty ? [] : Set(contacts.indices.map { Text.accountKey(contacts[$0].account) })
        // Accounts not on the roster, healthy and without escalations: the same for every target.
        let healthyAccounts = accounts.filter { a in
            !rosterAccounts.contains(Text.accountKey(a.name)) && (a.health ?? 0) >= config.candidateMinHealth
                && a.openEscalations == 0
        }
        // A customer renewing within renewal_caution_days is not asked, as a roster contact there is on
        // caution (a trial's first candidate renewed 16 days after the as-of date); the report names
        // those that match a target.
        let renews = { (a: Account) in a.renewal.map { Supply.renewsSoon($0, asOf: asOf, config: config) } ?? false }
        let accountIndex = AccountIndex(healthyAccounts.filter { !renews($0) })
        let renewingIndex = AccountIndex(healthyAccounts.filter(renews))
        var renewing: [String: Day] = [:]
        var targets: [Target] = order.compactMap { key in
            let members = groups[key] ?? []
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
                let due = gaps[i].bucket.need?.due ?? asOf + config.windows[min(window, config.windows.count - 1)]
                deadline = deadline.map { min($0, due) } ?? due
                if let n = gaps[i].bucket.need { needs.append("\(n.name) (\(n.team), due \(n.due))") }
                for c in recoverable[i] where seenContacts.insert(c).inserted { fromRoster.append(c) }
            }
            let recruits = Self.recruits(salesGap: salesGap, needGap: needGap, config: config)
            guard recruits > 0, let deadline else { return nil }
            for a in renewingIndex.matching(key.dims) { if let r = a.renewal { renewing[a.name] = r } }
            let fromAccounts = accountIndex.matching(key.dims).sorted { x, y in
                if (x.health ?? 0) != (y.health ?? 0) { return (x.health ?? 0) > (y.health ?? 0) }
                if (x.arr ?? 0) != (y.arr ?? 0) { return (x.arr ?? 0) > (y.arr ?? 0) }
                return x.name < y.name
            }
            var seenAccounts = Set<String>()
            var candidates: [Candidate] = []
            for a in fromAccounts where candidates.count < config.candidatesPerTarget {
                guard seenAccounts.insert(Text.fold(a.name)).inserted else { continue }
                candidates.append(
                    Candidate(source: .account, account: a.name, contact: "", health: a.health, arr: a.arr, csm: a.csm))
            }
            for c in fromRoster where notAsked[c] == nil {
                // Read in place: bound to a constant, the contact was copied whole.
                let pending = contacts[c].status == .pending
                candidates.append(
                    Candidate(
                        source: pending ? .pendingContact : .staleContact, account: contacts[c].account,
                        contact: contacts[c].name, health: contacts[c].health, arr: nil, csm: contacts[c].csm))
            }
            return Target(
                rank: 0, activity: key.activity, dimensions: key.dims, salesGap: salesGap, needGap: needGap,
                recruits: recruits, approach: Int((Double(recruits) / config.acceptanceRate - 1e-9).rounded(.up)),
                deadline: deadline, score: score, pipelineAtStake: pipeline, needs: needs, candidates: candidates)
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
        for k in targets.indices { targets[k].rank = k + 1 }
        return (
            targets, renewing.map { NotAsked.Renewing(name: $0.key, renewal: $0.value) }.sorted { $0.name < $1.name }
        )
    }

    /// Who is not asked for a reference, whatever the gap, among the stale and pending roster contacts
    /// that could cover one: a contact at an account with health under `candidate_min_health` (the
    /// roster's health, else the accounts export's) or an open escalation. SPEC 2.9 asks that of the
    /// accounts offered; a trial's plan put an escalated account's stale contact first, before any
    /// customer. A contact whose health is not known anywhere is asked.
    struct CandidateGuard {
        let config: Config
        /// The accounts export's accounts by `Text.accountKey`, the first of each.
        private let accountByKey: [String: Account]

        init(accounts: [Account], config: Config) {
            self.config = config
            var byKey: [String: Account] = [:]
            for a in accounts where byKey[Text.accountKey(a.name)] == nil { byKey[Text.accountKey(a.name)] = a }
            accountByKey = byKey
        }

        /// Why `contact` is not asked, or nil.
        func reason(_ contact: Contact) -> NotAsked.Why? {
            let account = accountByKey.isEmpty ? nil : accountByKey[Text.accountKey(contact.account)]
            let health = (contact.health ?? account?.health).flatMap { $0 < config.candidateMinHealth ? $0 : nil }
            let escalations = account?.openEscalations ?? 0
            return health == nil && escalations == 0
                ? nil : NotAsked.Why(lowHealth: health, openEscalations: escalations)
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
