import RefgapModel

/// The priorities report: whom to recruit first (the plan's first recruits, the cheaper moves, the
/// ranked targets and their candidates).
extension ReportBuilder {
    func priorities() -> ReportModel {
        ReportModel(
            title: "Recruiting priorities",
            subtitle: "As of \(seg.asOf) · whom to recruit first, and from which customers",
            lead: prioritiesLead(),
            sections: [firstRecruits(), sizingCurve(), cheaperMoves(), targets(), candidates()], footer: footer,
            warning: warning)
    }

    func prioritiesLead() -> [ReportModel.Para] {
        let recoverable = Set(p.prioritized.recoverable.flatMap { $0 }).filter {
            p.prioritized.notAsked.contacts[$0] == nil
        }
        var lead: [ReportModel.Para] = (unconvertedLead().map { [$0] } ?? []) + [.init(text: planSentence)]
        if let first = plan.steps.first {
            lead.append(
                .init(
                    text:
                        "First recruit: \(Render.segmentLabel(activity: first.activity, first.dimensions)), covering \(servedText(first))\(first.deadline.map { ", by \($0)" } ?? "").\(unknownValuesCaveat(plan.steps.prefix(1)).map { " " + $0 } ?? "")"
                ))
        }
        lead.append(
            .init(
                text:
                    "\(Format.count(p.prioritized.targets.count, "segment")) \(p.prioritized.targets.count == 1 ? "has" : "have") gaps; counted one segment at a time they would take \(Format.count(p.prioritized.targets.reduce(0) { $0 + $1.recruits }, "recruit")) (asking about \(p.prioritized.targets.reduce(0) { $0 + $1.approach }) customers at a \(Format.percent(config.acceptanceRate)) acceptance rate, each segment's rounded up)."
            ))
        if !recoverable.isEmpty {
            lead.append(
                .init(
                    text:
                        "Cheaper first: \(Format.count(recoverable.count, "contact")) already on the roster could cover gaps once re-verified or onboarded."
                ))
        }
        return lead
    }

    func cheaperMoves() -> ReportModel.Section {
        var gapsByContact: [Int: [Int]] = [:]
        let notAsked = p.prioritized.notAsked.contacts
        for i in p.prioritized.ranked {
            for c in p.prioritized.recoverable[i] where notAsked[c] == nil { gapsByContact[c, default: []].append(i) }
        }
        let reasons = self.reasons.value.joined
        let unsorted: [ReportModel.Row] = gapsByContact.keys.sorted().map { c in
            let contact = p.allocated.contacts[c]
            let gaps = gapsByContact[c] ?? []
            let score = gaps.reduce(0) { $0 + p.prioritized.gaps[$1].priority }
            return .init(cells: [
                .text(contact.name), .text(contact.account), .text(contact.title),
                .message(reasons[c]), .text(contact.csm),
                .num(String(gaps.count)), .num(Format.number(score, decimals: 0)),
            ])
        }
        // By the priority as shown (read back once per row, not once per comparison), then by name.
        let shown: [(row: ReportModel.Row, priority: Double)] = unsorted.map { row in
            (row, Double(String(row.cells[6].text.unicodeScalars.filter { $0 != "," })) ?? 0)
        }
        let rows = shown.sorted { a, b in
            a.priority != b.priority ? a.priority > b.priority : a.row.cells[0].text < b.row.cells[0].text
        }.map(\.row)
        var s = ReportModel.Section(id: "cheaper-moves", heading: "First, the cheaper moves: re-verify or onboard")
        s.intro = [
            .init(
                text:
                    "These contacts are on the roster but not supply: stale (not verified within \(config.verifyWithinDays) days) or pending. Each matches at least one gap."
            )
        ]
        s.tables = [
            .init(
                caption: "Contacts to re-verify or onboard, by the priority of the gaps they could cover",
                columns: [
                    .text("Contact"), .text("Account"), .text("Title"), .text("Why not supply"), .text("CSM"),
                    .num("Gaps they match"), .num("Priority at stake"),
                ], rows: rows, empty: "No stale or pending contact matches a gap.")
        ]
        s.note = [notAskedContactsText(), ownBuyersText()].compactMap { $0 }.joined(separator: " ")
        return s
    }

    /// The stale and pending contacts left out because they work at the only buyer of the gaps they match.
    func ownBuyersText() -> String? {
        let own = p.prioritized.notAsked.ownBuyerContacts
        guard !own.isEmpty else { return nil }
        let shown = own.prefix(5).map { c in
            let contact = p.allocated.contacts[c]
            return "\(Clip.text(contact.name.isEmpty ? contact.id : contact.name)) at \(Clip.text(contact.account))"
        }
        return
            "Not listed: \(Format.count(own.count, "stale or pending contact")) whose own company is the only buyer of every gap \(own.count == 1 ? "it matches" : "they match") (a customer is no reference for its own purchase): \(shown.joined(separator: "; "))\(own.count > 5 ? "; and \(own.count - 5) more (run.json's not_asked lists them)" : "")."
    }

    /// Why a contact is not asked, e.g. "health 35, 1 open escalation".
    func notAskedReason(_ why: NotAsked.Why) -> String {
        var reasons: [String] = []
        if let h = why.lowHealth { reasons.append("health \(Format.number(h, decimals: 2))") }
        if why.openEscalations > 0 {
            reasons.append("\(why.openEscalations) open escalation\(why.openEscalations == 1 ? "" : "s")")
        }
        return reasons.joined(separator: ", ")
    }

    /// The stale and pending contacts left out of the cheaper moves and the candidates, said with why.
    func notAskedContactsText() -> String? {
        let left = p.prioritized.notAsked.contacts.sorted { $0.key < $1.key }
        guard !left.isEmpty else { return nil }
        let shown = left.prefix(5).map { c, why in
            let contact = p.allocated.contacts[c]
            return
                "\(Clip.text(contact.name.isEmpty ? contact.id : contact.name)) at \(Clip.text(contact.account)) (\(notAskedReason(why)))"
        }
        // Only the rules that kept someone off are named, and only the setting that would list them.
        let byHealth = left.contains { $0.value.lowHealth != nil }
        let byEscalation = left.contains { $0.value.openEscalations > 0 }
        let rule = [
            byHealth ? "health under \(Format.number(config.candidateMinHealth, decimals: 0))" : nil,
            byEscalation ? "an open escalation" : nil,
        ].compactMap { $0 }.joined(separator: " or ")
        let fix = [
            byHealth ? "lower candidate_min_health in refgap.yml to list those kept off by health" : nil,
            byEscalation ? "an open escalation keeps an account off until it is closed" : nil,
        ].compactMap { $0 }.joined(separator: "; ")
        return
            "Not listed, though \(left.count == 1 ? "it matches" : "they match") a gap: \(Format.count(left.count, "stale or pending contact")) at \(left.count == 1 ? "an account" : "accounts") with \(rule) (the rule the customers suggested follow): \(shown.joined(separator: "; "))\(left.count > 5 ? "; and \(left.count - 5) more (run.json's not_asked lists them)" : ""). \(fix.prefix(1).uppercased() + fix.dropFirst())."
    }

    /// Targets listed in the priorities report; targets.csv has every one.
    static let targetsShown = 200

    func targets() -> ReportModel.Section {
        let firstStep = plan.firstStepByTarget
        // A segment asking for a value the roster probably spells another way: a synonym may close it
        // without recruiting (a trial's target listed no candidates and said nothing of it).
        var pairs: [String: Vocabulary.Pair] = [:]
        for pair in p.prioritized.vocabulary.pairs {
            pairs[pair.dimension + "\u{1F}" + pair.demandSide.value.lowercased()] = pair
        }
        let dims = config.dimensions
        let rows: [ReportModel.Row] = p.prioritized.targets.prefix(Self.targetsShown).map { t in
            var why: [String] = []
            for (d, value) in zip(dims, t.dimensions) {
                guard let value, let pair = pairs[d + "\u{1F}" + value.lowercased()] else { continue }
                why.append(
                    "\(Clip.quoted(value)) is probably the roster's \(Clip.quoted(pair.supplySide.value)) spelled another way: adding \(pair.synonymLine) to refgap.yml\(pair.coveredIfJoined.map { " would cover \(Format.refs(max(0, $0 - pair.coveredBefore))) more references across all segments (see the gap report's vocabulary)" } ?? " may cover some of it"); recruit for what it leaves"
                )
            }
            if t.salesGap > 0 {
                why.append(
                    "\(Format.refs(t.salesGap)) sales references short, \(money(t.pipelineAtStake)) weighted pipeline at stake"
                )
            }
            if !t.needs.isEmpty { why.append("needs: " + t.needs.map { Clip.text($0) }.joined(separator: "; ")) }
            return .init(cells: [
                .num(String(t.rank)), .message(Render.segmentLabel(activity: t.activity, t.dimensions)),
                .num(String(t.recruits)),
                .num(String(t.approach)), .text(t.deadline.description), .num(Format.number(t.score, decimals: 0)),
                .num(firstStep[t.rank].map(String.init) ?? "—"), .message(why.joined(separator: " · ")),
            ])
        }
        var s = ReportModel.Section(id: "targets", heading: "Recruiting targets, ranked")
        s.intro = [
            .init(
                text:
                    "Recruits = sales gap ÷ \(config.capacity(maxUsesPerQuarter: nil)) (one contact's capacity over the horizon) + calendar gap, rounded up. Approach = recruits ÷ \(Format.number(config.acceptanceRate)). Deadline = the earliest due date or window end with a gap. Score = the sum of the gaps' priorities. First plan step = the recruiting plan's first recruit in the segment (— when the plan needs none there: recruits in other segments cover it\(plan.stoppedAtWorkLimit ? ", or when the plan, stopped at plan_work_limit after \(Format.count(plan.steps.count, "recruit")), did not get there" : ""))."
            )
        ]
        s.tables = [
            .init(
                caption: "Targets",
                columns: [
                    .num("Rank"), .text("Segment (activity · dimensions)"), .num("Recruits"), .num("Approach"),
                    .text("Deadline"), .num("Score"), .num("First plan step"), .text("Why"),
                ], rows: rows, empty: "Nothing to recruit: every gap is covered.")
        ]
        if p.prioritized.targets.count > Self.targetsShown {
            s.note =
                "Showing the first \(Self.targetsShown) of \(p.prioritized.targets.count) targets; targets.csv has them all."
        }
        return s
    }

    /// Targets whose candidates the priorities report lists; targets.csv has every target's.
    static let candidateTargetsShown = 25

    func candidates() -> ReportModel.Section {
        var rows: [ReportModel.Row] = []
        for t in p.prioritized.targets.prefix(Self.candidateTargetsShown) {
            for c in t.candidates {
                let source: String
                switch c.source {
                case .account: source = "Customer not on the roster"
                case .staleContact: source = "Roster contact to re-verify"
                case .pendingContact: source = "Pending roster contact"
                }
                rows.append(
                    .init(cells: [
                        .num(String(t.rank)), .text(c.account), .text(c.contact), .text(source),
                        .num(c.health.map { Format.number($0, decimals: 2) } ?? "—"),
                        .num(c.arr.map { money($0) } ?? "—"), .text(c.csm),
                    ]))
            }
        }
        var s = ReportModel.Section(id: "candidates", heading: "Candidates per target")
        s.intro = [
            !seg.ledgers.contains(where: { $0.kind == .accounts })
                ? .init(
                    text:
                        "No accounts export was given, so no customer off the roster is suggested and escalations are not checked: the candidates are stale and pending roster contacts that match, with health ≥ \(Format.number(config.candidateMinHealth, decimals: 0)) where the roster gives one."
                )
                : .init(
                    text:
                        "From the accounts export: customers not on the roster that match the segment, with health ≥ \(Format.number(config.candidateMinHealth, decimals: 0)), no open escalation and no renewal in the next \(config.renewalCautionDays) days, healthiest then largest first (\(config.candidatesPerTarget) per target); then stale and pending roster contacts that match, at accounts held to the same health and escalation rule."
                )
        ]
        var notes: [String] = []
        let total = p.prioritized.targets.count
        let later = p.prioritized.targets.dropFirst(Self.candidateTargetsShown).filter { !$0.candidates.isEmpty }.count
        if later > 0 {
            notes.append(
                "Candidates of the first \(Self.candidateTargetsShown) of \(total) targets; \(Format.count(later, "later target")) \(later == 1 ? "has" : "have") candidates too: targets.csv lists every target's."
            )
        }
        let renewing = p.prioritized.notAsked.renewingAccounts
        if !renewing.isEmpty {
            let shown = renewing.prefix(5).map {
                "\(Clip.text($0.name)) (renews \($0.renewal); target \($0.targetRank))"
            }
            notes.append(
                "Not listed, though \(renewing.count == 1 ? "it matches" : "they match") a target: \(Format.count(renewing.count, "customer")) renewing within renewal_caution_days (\(config.renewalCautionDays)), by the first target each matches: \(shown.joined(separator: ", "))\(renewing.count > 5 ? " and \(renewing.count - 5) more (run.json's not_asked lists them)" : ""). Ask after the renewal\(config.renewalCautionDays > 0 ? ", or lower renewal_caution_days in refgap.yml" : "")."
            )
        }
        if let said = notAskedContactsText() { notes.append(said) }
        if let said = ownBuyersText() { notes.append(said) }
        let own = p.prioritized.targets.compactMap { t in t.ownDealsAccount.map { (t.rank, $0) } }
        if !own.isEmpty {
            let shown = own.prefix(5).map { "\(Clip.text($0.1)) for target \($0.0)" }
            notes.append(
                "Not listed where \(own.count == 1 ? "its" : "their") own deals are all of the segment's demand (a customer is no reference for its own purchase): \(shown.joined(separator: ", "))\(own.count > 5 ? " and \(own.count - 5) more (run.json's not_asked lists them)" : "")."
            )
        }
        if !notes.isEmpty { s.note = notes.joined(separator: " ") }
        s.tables = [
            .init(
                caption: "Whom to ask, per target rank",
                columns: [
                    .num("Target"), .text("Account"), .text("Contact"), .text("Source"), .num("Health"), .num("ARR"),
                    .text("CSM"),
                ], rows: rows, empty: "No candidates: the accounts export was not given, or no healthy account matches."
            )
        ]
        return s
    }
}
