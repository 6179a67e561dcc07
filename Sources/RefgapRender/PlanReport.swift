import RefgapModel

/// The recruiting plan in the reports: the headline's counts, the first recruits, the sizing curve,
/// plan.csv and run.json's `plan`.
extension ReportBuilder {
    var plan: RecruitingPlan { p.prioritized.plan }

    /// `3 recruits`, or `more than 500 recruits` when the plan stopped at its limit first (at the
    /// work limit: more than the recruits it had chosen).
    func recruitsText(_ n: Int?) -> String {
        n.map { Format.count($0, "recruit") }
            ?? "more than \(Format.count(plan.lookedAt, "recruit"))"
    }

    /// Why the plan stopped early, when it stopped at `plan_work_limit`; nil otherwise.
    var workLimitSentence: String? {
        guard plan.stoppedAtWorkLimit else { return nil }
        return
            "The plan stopped after \(Format.count(plan.steps.count, "recruit")) (plan_max_recruits allows \(plan.maxRecruits)) because it reached plan_work_limit (\(Format.number(Double(plan.workLimit), decimals: 0))), the limit that keeps the plan of a program where many candidates tie, and each next recruit takes longer to find, from running for minutes. The recruits listed are exactly the first ones a longer plan would choose; counts it did not reach are shown as \"more than\", and a target with no plan step may simply not have been reached. To plan further, raise plan_work_limit in refgap.yml (0: no limit; about 10 million a second)."
    }

    /// "N recruits cover 80%, M cover 90%, K close every gap a recruit can close."
    var planSentence: String {
        if plan.steps.isEmpty {
            if plan.stoppedAtWorkLimit { return "The plan stopped at plan_work_limit before choosing a recruit." }
            return plan.closesEveryGap
                ? "No recruit would cover more: the roster already covers what recruits could."
                : "The plan found no recruit to add."
        }
        let n80 = plan.recruits(toReach: 0.8), n90 = plan.recruits(toReach: 0.9)
        var parts: [String] = []
        if n90 == 0 {
            // Both thresholds met today: said once ("already covers 80% of demand, it already covers
            // 90%" read as a contradiction in a trial).
            parts.append("today's roster already covers 90% of demand")
        } else {
            parts.append(
                n80 == 0
                    ? "today's roster already covers 80% of demand"
                    : n80.map { "\(Format.count($0, "recruit")) \($0 == 1 ? "covers" : "cover") 80% of demand" }
                        ?? (plan.closesEveryGap
                            ? "80% of demand is out of the plan's reach" : "\(recruitsText(nil)) cover 80% of demand"))
            parts.append(
                n90.map { "\(Format.count($0, "recruit")) \($0 == 1 ? "covers" : "cover") 90%" }
                    ?? (plan.closesEveryGap ? "90% is out of the plan's reach" : "\(recruitsText(nil)) cover 90%"))
        }
        let close =
            plan.recruitsToCloseEveryGap.map {
                "\(Format.count($0, "recruit")) \($0 == 1 ? "closes" : "close") every gap a recruit can close (\(Format.percent(plan.finalCoverage)) covered)"
            }
            ?? "\(recruitsText(nil)) are needed to close every gap a recruit can close (the plan stops at \(plan.stoppedAtWorkLimit ? "plan_work_limit" : "plan_max_recruits"), \(Format.percent(plan.finalCoverage)) covered by then)"
        parts.append(close)
        return "Sized by demand: " + parts.joined(separator: ", ") + "."
    }

    /// What one step's recruit covers, in words: needs by name, sales references by window.
    func servedText(_ s: RecruitingPlan.Step) -> String {
        var needs: [String] = []
        var sales = [Double](repeating: 0, count: labels.count)
        for x in s.served {
            let b = seg.buckets[x.bucket]
            if let n = b.need {
                needs.append("\(n.name) (\(n.team), due \(n.due))")
            } else {
                sales[b.window] += x.references
            }
        }
        var parts: [String] = []
        for (w, r) in sales.enumerated() where r >= 0.005 {
            parts.append("\(Format.refsAdded(r)) sales references in \(labels[w]) days")
        }
        if !needs.isEmpty { parts.append("needs: " + needs.joined(separator: "; ")) }
        return parts.joined(separator: "; ")
    }

    /// The segments of the plan's first ten recruits, in order: `Segment (3 of the first 10 recruits,
    /// by 2027-01-23)`. Said as the first ten's: a trial read "5 recruits" beside a target of 6 and a
    /// plan with 6 there, the sixth further down.
    func firstSegments(limit: Int = 3) -> [String] {
        var order: [String] = []
        var groups: [String: (count: Int, deadline: Day?)] = [:]
        let first = plan.steps.prefix(10)
        for s in first {
            let label = Render.segmentLabel(activity: s.activity, s.dimensions)
            var g = groups[label] ?? (0, nil)
            if g.count == 0 { order.append(label) }
            g.count += 1
            if let d = s.deadline { g.deadline = min(g.deadline ?? d, d) }
            groups[label] = g
        }
        return order.prefix(limit).map { label in
            let g = groups[label] ?? (0, nil)
            return
                "\(label) (\(g.count) of the first \(Format.count(first.count, "recruit"))\(g.deadline.map { ", by \($0)" } ?? ""))"
        }
    }

    func firstRecruits() -> ReportModel.Section {
        let shown = plan.steps.prefix(Self.planStepsShown)
        let rows: [ReportModel.Row] = shown.map { s in
            .init(cells: [
                .num(String(s.step)), .message(Render.segmentLabel(activity: s.activity, s.dimensions)),
                .num(Format.refsAdded(s.added)),
                .message(servedText(s)), .text(s.deadline?.description ?? ""), .num(Format.percent(s.coverage)),
                .num(Format.number(s.gain, decimals: 0)), .num(String(s.targetRank)),
            ])
        }
        var s = ReportModel.Section(id: "plan", heading: "The recruiting plan: whom to recruit first")
        s.intro = [
            .init(
                text:
                    "Each step adds one hypothetical recruit to the allocation (a new contact in a target's segment, with the default capacity of \(Format.count(config.capacity(maxUsesPerQuarter: nil), "reference")) over the horizon and the seniority its needs ask for), the one that raises the priority covered most, and allocates again in the same order. One recruit often serves several segments' gaps; a recruit's worth depends on who else is recruited, so the counts here can be lower than the per-segment arithmetic of the targets below."
            )
        ]
        if let stopped = workLimitSentence, !plan.steps.isEmpty { s.intro.append(.init(text: stopped)) }
        s.tables = [
            .init(
                caption: "The first recruits (plan.csv has every step)",
                columns: [
                    .num("Step"), .text("Recruit in (activity · dimensions)"), .num("References added"),
                    .text("What they cover"),
                    .text("By when"), .num("Coverage after"), .num("Priority gained"), .num("Target"),
                ], rows: rows,
                empty: plan.stoppedAtWorkLimit
                    ? "The plan stopped at plan_work_limit before choosing a recruit."
                    : "No recruit is needed: every gap a recruit could close is covered.")
        ]
        if plan.steps.count > shown.count {
            s.note = "Showing the first \(shown.count) of \(plan.steps.count) steps; plan.csv has them all."
        }
        return s
    }

    /// The sizing curve: coverage and priority covered against recruits (an SVG chart in HTML, a
    /// table in both).
    func sizingCurve() -> ReportModel.Section {
        var s = ReportModel.Section(id: "sizing", heading: "Sizing curve: how much each recruit adds")
        let stake = plan.priorityAtStake
        func priorityShare(_ v: Double) -> Double { stake > 0 ? v / stake : 1 }
        s.intro = [
            .init(
                text:
                    "Coverage is covered demand ÷ demand over the horizon; priority covered is the priority of the covered references ÷ the priority if every reference were covered. Today's roster: \(Format.percent(plan.baseCoverage)) coverage, \(Format.percent(priorityShare(plan.basePriorityCovered))) of priority."
            )
        ]
        var marks: [Int: String] = [:]
        for (share, label) in [(0.8, "80%"), (0.9, "90%")] {
            if let n = plan.recruits(toReach: share), n > 0 {
                marks[n, default: ""] += (marks[n] == nil ? "" : ", ") + "reaches \(label)"
            }
        }
        if let k = plan.recruitsToCloseEveryGap, k > 0 {
            marks[k, default: ""] += (marks[k] == nil ? "" : ", ") + "every closable gap closed"
        }
        var counts = Set([0, 1, 2, 5, 10, 20, 50, 100, 200, 500].filter { $0 <= plan.steps.count })
        counts.formUnion(marks.keys)
        counts.insert(plan.steps.count)
        let rows: [ReportModel.Row] = counts.sorted().map { n in
            let coverage = n == 0 ? plan.baseCoverage : plan.steps[n - 1].coverage
            let covered = n == 0 ? plan.baseCovered : plan.steps[n - 1].covered
            let priority = n == 0 ? plan.basePriorityCovered : plan.steps[n - 1].priorityCovered
            return .init(cells: [
                .num(String(n)), .num(Format.refs(covered)), .num(Format.percent(coverage)),
                .num(Format.percent(priorityShare(priority))), .text(marks[n] ?? (n == 0 ? "today's roster" : "")),
            ])
        }
        s.tables = [
            .init(
                caption: "Coverage by number of recruits",
                columns: [
                    .num("Recruits"), .num("Covered"), .num("Coverage"), .num("Priority covered"), .text("Milestone"),
                ], rows: rows)
        ]
        if !plan.steps.isEmpty {
            let points =
                [
                    Charts.CurvePoint(
                        recruits: 0, coverage: plan.baseCoverage, priority: priorityShare(plan.basePriorityCovered))
                ]
                + plan.steps.map {
                    Charts.CurvePoint(
                        recruits: $0.step, coverage: $0.coverage, priority: priorityShare($0.priorityCovered))
                }
            s.svg = Charts.sizingCurve(points, marks: marks.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        }
        return s
    }

    /// Steps listed in the priorities report; plan.csv has every one.
    static let planStepsShown = 15
}

extension MachineReadableFiles {
    static func planCSV(_ p: StageResults) -> [UInt8] {
        var t = CSVTable(
            header: ["step", "activity"] + p.prioritized.config.dimensions
                + ["covered", "coverage", "priority_covered", "gain", "added", "target_rank", "deadline"])
        for s in p.prioritized.plan.steps {
            var row: [CSVTable.CSVCell] = [.int(s.step), .text(s.activity)]
            row += s.dimensions.map { .text($0 ?? "Any") }
            row += [
                .number(s.covered), .number(s.coverage), .number(s.priorityCovered), .number(s.gain), .number(s.added),
                .int(s.targetRank), .text(s.deadline.map { "\($0)" } ?? ""),
            ]
            t.rows.append(row)
        }
        return t.bytes
    }

    static func planJSON(_ p: StageResults) -> JSON {
        let plan = p.prioritized.plan
        let dims = p.prioritized.config.dimensions
        func count(_ n: Int?) -> JSON { n.map { .int($0) } ?? .null }
        return .object([
            ("max_recruits", .int(plan.maxRecruits)),
            ("work", .int(plan.work)), ("work_limit", .int(plan.workLimit)),
            ("stopped_at_work_limit", .bool(plan.stoppedAtWorkLimit)),
            ("recruit_capacity", .int(p.prioritized.config.capacity(maxUsesPerQuarter: nil))),
            ("base_covered", .number(plan.baseCovered)), ("base_coverage", .number(plan.baseCoverage)),
            ("base_priority_covered", .number(plan.basePriorityCovered)),
            ("priority_at_stake", .number(plan.priorityAtStake)),
            ("recruits_for_80", count(plan.recruits(toReach: 0.8))),
            ("recruits_for_90", count(plan.recruits(toReach: 0.9))),
            ("recruits_to_close_every_gap", count(plan.recruitsToCloseEveryGap)),
            ("final_coverage", .number(plan.finalCoverage)),
            (
                "steps",
                .array(
                    plan.steps.map { s in
                        .object([
                            ("step", .int(s.step)), ("target_rank", .int(s.targetRank)),
                            ("activity", .string(s.activity)),
                            ("dimensions", .object(zip(dims, s.dimensions).map { ($0, .string($1 ?? "Any")) })),
                            ("added", .number(s.added)), ("covered", .number(s.covered)),
                            ("coverage", .number(s.coverage)),
                            ("priority_covered", .number(s.priorityCovered)), ("gain", .number(s.gain)),
                            ("deadline", s.deadline.map { .string("\($0)") } ?? .null),
                            (
                                "serves",
                                .array(
                                    s.served.map { x in
                                        .object([("bucket", .int(x.bucket + 1)), ("references", .number(x.references))])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }
}

/// The run summary's words for a plan cut at its work limit (the reports' are `workLimitSentence`).
extension RecruitingPlan {
    /// What a cut plan's warning says: `stopped after 8 recruits (plan_max_recruits allows 500) at
    /// plan_work_limit (1,000); those 8 are the plan's first steps and stand`; nil when not cut.
    package var workLimitWarning: String? {
        guard stoppedAtWorkLimit else { return nil }
        let work = Format.number(Double(workLimit), decimals: 0)
        if steps.isEmpty { return "the recruiting plan stopped at plan_work_limit (\(work)) before choosing a recruit" }
        let n = steps.count
        return
            "the recruiting plan stopped after \(n) recruit\(n == 1 ? "" : "s") (plan_max_recruits allows \(maxRecruits)) at plan_work_limit (\(work)); \(n == 1 ? "that recruit is" : "those \(n) are") the plan's first steps and stand"
    }
}
