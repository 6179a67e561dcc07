import RefgapModel

/// Builds the two reports' content from the results. Strings from inputs stay raw here.
struct ReportBuilder {
    let p: StageResults
    let info: RunInfo
    /// Which ranked gaps each likely pair's note names: both reports use them, made once.
    let pairGaps: MadeOnce<PairGaps>
    /// The contacts' reasons for not being supply, in words: run.json shows them too, made once.
    let reasons: MadeOnce<ExclusionReasons>

    init(p: StageResults, info: RunInfo, reasons: MadeOnce<ExclusionReasons>) {
        self.p = p
        self.info = info
        pairGaps = MadeOnce { PairGaps(p) }
        self.reasons = reasons
    }

    var config: Config { p.prioritized.config }
    var seg: Segmented { p.segmented }
    var currency: String { config.currency }
    var labels: [String] { config.windowLabels }

    func money(_ v: Double) -> String { Format.money(v, currency) }
    /// The ledger of one input, nil for an input not given (accounts).
    func ledger(_ kind: InputKind) -> InputLedger? { seg.ledgers.first { $0.kind == kind } }
    func segment(_ b: Bucket) -> String { Render.segmentLabel(activity: b.activity, b.dimensions) }
    func dimsLabel(_ d: [String?]) -> String { d.map { $0.map { Clip.text($0) } ?? "Any" }.joined(separator: " · ") }

    var footer: String {
        "Made by refgap from the inputs listed under Data quality, as of \(seg.asOf). Same inputs, config and as-of date give the same report."
    }

    var warning: String? {
        let over = seg.ledgers.filter { $0.rejectRate > config.maxRejectRate }
        guard !over.isEmpty else { return nil }
        return over.map {
            "\(Format.grouped($0.rowsRejected)) of \(Format.grouped($0.rowsRead)) rows of \($0.path) \($0.rowsRejected == 1 ? "was" : "were") rejected (\(Format.percent($0.rejectRate)), over the \(Format.percent(config.maxRejectRate)) limit)"
        }
        .joined(separator: "; ") + ". The figures leave those rows out: fix them (see rejects/) and run again."
    }

    // MARK: Gap report

    func gapReport() -> ReportModel {
        var sections: [ReportModel.Section] =
            [headline()] + (info.scenarios.isEmpty ? [] : [scenarioSection()]) + [gapsByPriority(), needsAtRisk()]
        if let change = changeSinceLastRun() { sections.append(change) }
        sections += [rosterHealth(), excluded(), dataQuality(), vocabularySection(), assumptions()]
        return ReportModel(
            title: "Reference gap report",
            subtitle:
                "As of \(seg.asOf) · horizon \(config.horizon) days · windows \(labels.joined(separator: ", ")) days",
            lead: leadParagraphs(), sections: sections, footer: footer, warning: warning)
    }

    func headline() -> ReportModel.Section {
        var rows: [ReportModel.Row] = []
        var bars: [Charts.Bar] = []
        for (w, totals) in WindowTotals.of(p.prioritized).enumerated() {
            let demand = totals.demand, covered = totals.covered, gap = totals.gap
            let uncovered = totals.uncoveredPipeline
            let share = demand > 0 ? covered / demand : 1
            rows.append(
                .init(cells: [
                    .text("\(labels[w]) days (to \(seg.asOf + config.windows[w]))"), .num(Format.refs(demand)),
                    .num(Format.refs(covered)),
                    .num(Format.refsGap(demand: demand, covered: covered), tone: gap >= 0.05 ? "gap" : "ok"),
                    .num(Format.percent(share), tone: share < 0.8 ? "gap" : "ok"),
                    .num(money(uncovered)),
                ]))
            bars.append(.init(label: labels[w], demand: demand, covered: covered))
        }
        let t = p.prioritized.totals
        rows.append(
            .init(cells: [
                .text("All windows"), .num(Format.refs(t.demand)), .num(Format.refs(t.covered)),
                .num(Format.refsGap(demand: t.demand, covered: t.covered)),
                .num(Format.percent(t.demand > 0 ? t.covered / t.demand : 1)), .num(money(t.weightedPipelineUncovered)),
            ]))
        var heat: [Charts.Cell] = []
        if let i = config.dimensions.firstIndex(of: "industry"), let r = config.dimensions.firstIndex(of: "region") {
            // Read in place: a gap bound to a constant was copied whole, its strings retained.
            let gaps = p.prioritized.gaps
            heat.reserveCapacity(gaps.count)
            for k in gaps.indices {
                heat.append(
                    .init(
                        row: gaps[k].bucket.dimensions[i] ?? "Any", column: gaps[k].bucket.dimensions[r] ?? "Any",
                        demand: gaps[k].bucket.demand, covered: gaps[k].covered))
            }
        }
        // Deals flagged as needing a reference ask for sure (docs/model.md): the formula alone misread
        // a trial's 50% deal showing a demand of 2.
        let flagged = ledger(.opportunities)?.header(readAs: "reference_needed")
        let flaggedWords =
            flagged.map {
                " (a deal flagged in \(Clip.quoted($0)) counts its references per deal in full, with no rate or probability)"
            } ?? ""
        var s = ReportModel.Section(id: "headline", heading: "How many references, and where")
        s.intro = [
            .init(
                text:
                    "Demand is expected references: \(Format.refs(config.referenceRate)) × references per deal (\(Format.refs(config.largeDealReferences)) at or above \(money(config.largeDealAmount))) × win probability, summed per segment\(flaggedWords), plus each calendar need's count. Covered is what the roster's capacity can serve, allocated as a flow so no contact is counted twice."
            )
        ]
        s.tables = [
            .init(
                caption: "Demand, covered and gap per window",
                columns: [
                    .text("Window"), .num("Demand"), .num("Covered"), .num("Gap"), .num("Coverage"),
                    .num("Weighted pipeline without references"),
                ], rows: rows)
        ]
        s.svg =
            Charts.demandVersusCovered(bars)
            + (heat.isEmpty ? "" : Charts.heatmap(heat, rowTitle: "Industry", columnTitle: "Region"))
        return s
    }

    func gapsByPriority() -> ReportModel.Section {
        var rows: [ReportModel.Row] = []
        for (rank, i) in p.prioritized.ranked.prefix(40).enumerated() {
            let g = p.prioritized.gaps[i], b = g.bucket
            let what = b.need.map { "\(Clip.text($0.name)) (\(Clip.text($0.team)), due \($0.due))" } ?? segment(b)
            let valueText =
                b.kind == .sales
                ? "\(Format.percent(g.gap / max(b.demand, 0.0001))) of \(money(b.weightedPipeline))"
                : "\(Format.refs(g.gap)) × \(money(config.unitValue(team: b.need?.team ?? "")))"
            rows.append(
                .init(cells: [
                    .num(String(rank + 1)), .text(labels[b.window]), .text(b.kind == .need ? "Need" : "Sales"),
                    .message(what),
                    .message(b.kind == .need ? segment(b) : Format.count(b.deals, "deal")),
                    .num(Format.refs(b.demand)), .num(Format.refs(g.covered)),
                    .num(Format.refsGap(demand: b.demand, covered: g.covered), tone: "gap"),
                    .message(valueText), .num(Format.number(g.urgency)), .num(Format.number(b.weight)),
                    .num(Format.number(g.priority, decimals: 0)),
                ]))
        }
        var s = ReportModel.Section(id: "gaps", heading: "Gaps by priority")
        s.intro = [
            .init(
                text:
                    "Priority = value × urgency × weight. Value is the uncovered share of a sales segment's weighted pipeline, or a calendar need's missing references × its unit value. Urgency by window: \(config.urgency.map { Format.number($0) }.joined(separator: ", ")). Weight comes from the growth goals a segment matches."
            )
        ]
        s.tables = [
            .init(
                caption: "Gaps, highest priority first",
                columns: [
                    .num("#"), .text("Window"), .text("Kind"), .text("Segment or need"), .text("Detail"),
                    .num("Demand"), .num("Covered"),
                    .num("Gap"), .text("Value"), .num("Urgency"), .num("Weight"), .num("Priority"),
                ], rows: rows, empty: "No gaps: every bucket is covered.")
        ]
        if p.prioritized.ranked.count > 40 {
            s.note = "Showing the first 40 of \(p.prioritized.ranked.count) gaps; gaps.csv has them all."
        }
        let goalGaps = p.prioritized.ranked.filter { !p.prioritized.gaps[$0].bucket.goals.isEmpty }
        if !config.growthGoals.isEmpty {
            s.items = config.growthGoals.map { goal in
                if !seg.buckets.contains(where: { $0.goals.contains(goal.name) }) {
                    return .init(
                        text:
                            "Growth goal \"\(goal.name)\" (weight \(Format.number(goal.weight))) \(GoalsMatchingNothing.sentence(goal, seg.buckets, config))."
                    )
                }
                let matched = goalGaps.filter { p.prioritized.gaps[$0].bucket.goals.contains(goal.name) }
                let gap = matched.reduce(0) { $0 + p.prioritized.gaps[$1].gap }
                return .init(
                    text:
                        "Growth goal \"\(goal.name)\" (weight \(Format.number(goal.weight))): \(Format.count(matched.count, "gap")), \(Format.refs(gap)) references missing."
                )
            }
        }
        s.items += VocabularyText.gapNotes(p, shown: 40, pairGaps.value).map { .init(text: $0) }
        if let own = ownCoverageText() { s.items.append(.init(text: own)) }
        return s
    }

    /// Coverage by a contact of its own company's deals, said: the figures keep it (the allocation
    /// matches by segment only), but a customer is no reference for its own purchase (trial 40).
    func ownCoverageText() -> String? {
        let own = p.prioritized.notAsked.ownCoverage
        guard !own.isEmpty else { return nil }
        let total = p.prioritized.notAsked.ownCoverageLoad
        let contacts = Set(own.map(\.contact)).count
        let shown = own.prefix(5).map { o in
            let c = p.allocated.contacts[o.contact], b = seg.buckets[o.bucket]
            return
                "\(Clip.text(c.name.isEmpty ? c.id : c.name)) at \(Clip.text(c.account)), \(Format.refsAdded(o.load)) in \(Render.segmentLabel(activity: b.activity, b.dimensions)) (\(config.windowLabels[b.window]) days)"
        }
        return
            "Counted as covered though it is the customer's own purchase: \(Format.count(contacts, "contact")) \(contacts == 1 ? "covers" : "cover") \(Format.refsAdded(total)) reference\(total == 1 ? "" : "s") of demand made only by \(contacts == 1 ? "its" : "their") own company's deals: \(shown.joined(separator: "; "))\(own.count > 5 ? "; and \(own.count - 5) more (run.json's not_asked lists them)" : ""). The allocation matches by segment; a customer is no reference for its own deal, so those gaps are larger by that much."
    }

    func needsAtRisk() -> ReportModel.Section {
        let needGaps = p.prioritized.gaps.indices.filter { p.prioritized.gaps[$0].bucket.kind == .need }
            .sorted {
                (p.prioritized.gaps[$0].bucket.need?.due ?? seg.asOf)
                    < (p.prioritized.gaps[$1].bucket.need?.due ?? seg.asOf)
            }
        let rows: [ReportModel.Row] = needGaps.map { i in
            let g = p.prioritized.gaps[i]
            let n = g.bucket.need
            let risk = g.gap >= 0.005
            return .init(cells: [
                .text(n?.due.description ?? ""), .num(String((n?.due ?? seg.asOf) - seg.asOf)), .text(n?.team ?? ""),
                .text(n?.name ?? ""),
                .text(g.bucket.activity), .message(dimsLabel(g.bucket.dimensions)),
                .text(n?.minSeniority?.label ?? "Any"),
                .num(Format.refs(g.bucket.demand)), .num(Format.refs(g.covered)),
                .num(Format.refsGap(demand: g.bucket.demand, covered: g.covered), tone: risk ? "gap" : "ok"),
                .message(
                    risk
                        ? (p.prioritized.recoverable[i].isEmpty
                            ? "At risk"
                            : "At risk: \(p.prioritized.recoverable[i].count) could cover if re-verified or onboarded")
                        : "Covered"),
            ])
        }
        var s = ReportModel.Section(id: "needs", heading: "Calendar needs at risk")
        s.intro = [
            .init(
                text:
                    "Each need asks for distinct references. \(needGaps.filter { p.prioritized.gaps[$0].gap >= 0.005 }.count) of \(needGaps.count) needs in the horizon are short."
            )
        ]
        s.tables = [
            .init(
                caption: "Calendar needs in the horizon, by due date",
                columns: [
                    .text("Due"), .num("Days"), .text("Team"), .text("Need"), .text("Activity"), .text("Criteria"),
                    .text("Min. seniority"),
                    .num("Wanted"), .num("Covered"), .num("Gap"), .text("Status"),
                ], rows: rows, empty: "No calendar needs fall in the horizon.")
        ]
        if !seg.overdueNeeds.isEmpty {
            s.items = seg.overdueNeeds.map {
                .init(
                    text:
                        "Overdue: \($0.name) (\($0.team)) was due \($0.due)\(config.overdue == .include ? ", counted in the first window" : ", left out of demand")."
                )
            }
        }
        return s
    }

    /// "The five busiest contacts carry", for `concentration_top` contacts.
    static func busiest(_ top: Int) -> String {
        let words = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        if top == 1 { return "The busiest contact carries" }
        return "The \((2...10).contains(top) ? words[top - 2] : String(top)) busiest contacts carry"
    }

    func rosterHealth() -> ReportModel.Section {
        var s = ReportModel.Section(id: "roster", heading: "Roster health: overuse, idle, concentration, surplus")
        s.intro = [
            .init(
                text:
                    "\(Self.busiest(config.concentrationTop)) \(Format.percent(p.prioritized.concentration)) of all covered demand\(p.prioritized.concentration > 0.3 ? ": the program leans on a few favourites, who will burn out" : "")."
            )
        ]
        let risk: [ReportModel.Row] = p.prioritized.atRisk.map { r in
            let c = p.allocated.contacts[r.contact]
            return .init(cells: [
                .text(c.name), .text(c.account), .text(c.title), .num(Format.refs(r.load)), .num(String(r.capacity)),
                .num(Format.percent(r.capacity > 0 ? r.load / Double(r.capacity) : 1), tone: "warn"),
                .num(String(c.usesLast90Days)),
            ])
        }
        let busiest: [ReportModel.Row] = p.prioritized.busiest.map { b in
            let c = p.allocated.contacts[b.contact]
            return .init(cells: [
                .text(c.name), .text(c.account), .num(Format.refs(b.load)),
                .num(Format.percent(p.prioritized.totals.covered > 0 ? b.load / p.prioritized.totals.covered : 0)),
            ])
        }
        let region = config.dimensions.firstIndex(of: "region")
        // "never" only where the roster says when a contact was last used (trial h3: "never" for every
        // idle contact of a roster with no such column).
        let lastUsedRead = ledger(.roster)?.header(readAs: "last_used") != nil
        let idle: [ReportModel.Row] = p.prioritized.idle.map { i in
            let c = p.allocated.contacts[i]
            // Where the contact is (US-West), not also the region around it (AMER).
            let values = c.dimensions.enumerated().map { d, v in d == region ? RegionWithin.ownRegions(v) : v }
            return .init(cells: [
                .text(c.name), .text(c.account),
                .message(dimsLabel(values.map { $0.isEmpty ? nil : $0.map { Clip.text($0) }.joined(separator: ", ") })),
                .message(c.activities.map { Clip.text($0) }.joined(separator: ", ")),
                .text(c.lastUsed?.description ?? (lastUsedRead ? "never" : "not in the roster")),
            ])
        }
        let pairGaps = self.pairGaps.value
        let surplus: [ReportModel.Row] = p.prioritized.surplus.prefix(15).map { x in
            .init(cells: [
                .message(dimsLabel(x.dimensions)), .num(String(x.contacts)), .num(String(x.capacity)),
                .num(Format.refs(x.demand)),
                .message(VocabularyText.surplusNote(x, p, pairGaps)),
            ])
        }
        s.tables = [
            .init(
                caption: "Busiest contacts",
                columns: [.text("Contact"), .text("Account"), .num("Load"), .num("Share of covered")], rows: busiest,
                empty: "Nobody is allocated."),
            .init(
                caption: "At risk of overuse (load ≥ \(Format.percent(config.overuseThreshold)) of capacity)",
                columns: [
                    .text("Contact"), .text("Account"), .text("Title"), .num("Load"), .num("Capacity"),
                    .num("Load share"), .num("Uses, last 90 days"),
                ], rows: risk, empty: "Nobody is at risk of overuse."),
            .init(
                caption: "Idle: eligible, not needed, unused for \(config.idleDays) days: engage them or let them go",
                columns: [
                    .text("Contact"), .text("Account"), .text("Segment"), .text("Activities"), .text("Last used"),
                ], rows: idle, empty: "No idle contacts."),
            .init(
                caption: "Surplus segments: supply far exceeds demand, do not recruit here",
                columns: [
                    .text("Segment"), .num("Contacts"), .num("Capacity"), .num("Demand"),
                    .text("Same segment spelled another way?"),
                ], rows: surplus, empty: "No surplus segments."),
        ]
        return s
    }

    func assumptions() -> ReportModel.Section {
        var s = ReportModel.Section(id: "assumptions", heading: "Assumptions used")
        // The as-of date the run used, where refgap.yml left it to today.
        var used = config
        used.asOf = seg.asOf
        let rows = AssumptionsTable.rows(used)
        s.tables = [
            .init(
                caption: "Settings (refgap.yml\(info.configPath.map { " at \($0)" } ?? ": none, all defaults"))",
                columns: [
                    .text("Setting"), .text("Value"), .text("Note"),
                ], rows: rows)
        ]
        return s
    }
}
