import RefgapModel

/// A scenario beside the base case: its figures, not its whole results. Each scenario's results (its
/// buckets, gaps, targets, allocation) were held until the reports were written: 21 MB a scenario at
/// real shape 100k, 428 MB for sixteen.
package struct ScenarioOutcome: Sendable {
    package var name: String
    /// `key=value`, as `--set` takes them.
    package var settings: [String]
    package var figures: CaseFigures
    /// Its growth goals that match nothing (`GoalsMatchingNothing.lines`).
    package var goalsMatchingNothing: [String]
    /// The inputs were read again (a setting changes how they are read), rather than taken from the
    /// base case's reading.
    package var reread: Bool
    package init(name: String, settings: [String], result: StageResults, reread: Bool) {
        self.name = name
        self.settings = settings
        figures = CaseFigures(result)
        goalsMatchingNothing = GoalsMatchingNothing.lines(result)
        self.reread = reread
    }
}

/// What the side-by-side table, run.json and the run's summary say of a case (the base case or a scenario).
package struct CaseFigures: Sendable {
    package let windowLabels: [String]
    /// Demand, covered and gap per window (`windowTotals`).
    package let perWindow: [WindowTotals]
    package let totals: Totals
    package let targets: Int
    package let plan: RecruitingPlan

    package init(_ r: StageResults) {
        windowLabels = r.prioritized.config.windowLabels
        perWindow = windowTotals(r)
        totals = r.prioritized.totals
        targets = r.prioritized.targets.count
        plan = r.prioritized.plan
    }
}

/// Demand, covered and gap per window of a run.
func windowTotals(_ p: StageResults) -> [WindowTotals] {
    var out = [WindowTotals](repeating: WindowTotals(), count: p.prioritized.config.windows.count)
    for g in p.prioritized.gaps where g.bucket.window < out.count {
        out[g.bucket.window].demand += g.bucket.demand
        out[g.bucket.window].covered += g.covered
        out[g.bucket.window].gap += g.gap
    }
    return out
}

extension ReportBuilder {
    /// Base case and scenarios side by side: per window and in all, and the plan's counts.
    func scenarioSection() -> ReportModel.Section {
        let cases: [(name: String, settings: [String], figures: CaseFigures)] =
            [("Base case", [], CaseFigures(p))] + info.scenarios.map { ($0.name, $0.settings, $0.figures) }
        var rows: [ReportModel.Row] = []
        for c in cases {
            let r = c.figures
            let labels = r.windowLabels
            let planText = { (n: Int?) in n.map(String.init) ?? "> \(r.plan.lookedAt)" }
            for (w, t) in r.perWindow.enumerated() {
                rows.append(
                    .init(cells: [
                        .text(w == 0 ? c.name : ""),
                        .message(
                            w == 0 ? (c.settings.isEmpty ? "as configured" : c.settings.joined(separator: ", ")) : ""),
                        .text("\(labels[w]) days"), .num(Format.refs(t.demand)), .num(Format.refs(t.covered)),
                        .num(Format.refsGap(demand: t.demand, covered: t.covered)),
                        .num(
                            Format.percent(t.demand > 0 ? t.covered / t.demand : 1),
                            tone: t.demand > 0 && t.covered / t.demand < 0.8 ? "gap" : "ok"),
                        .num(""), .num(""),
                    ]))
            }
            let t = r.totals
            rows.append(
                .init(cells: [
                    .text(""), .text(""), .text("All windows"), .num(Format.refs(t.demand)),
                    .num(Format.refs(t.covered)), .num(Format.refsGap(demand: t.demand, covered: t.covered)),
                    .num(Format.percent(t.demand > 0 ? t.covered / t.demand : 1)),
                    .num(planText(r.plan.recruits(toReach: 0.9))),
                    .num(planText(r.plan.recruitsToCloseEveryGap)),
                ]))
        }
        var s = ReportModel.Section(id: "scenarios", heading: "Scenarios side by side")
        s.intro = [
            .init(
                text:
                    "Each scenario is this run with a few settings changed (scenarios: in refgap.yml, or --scenario NAME key=value on the command line), on the same inputs. Recruits come from each case's own recruiting plan."
            )
        ]
        s.tables = [
            .init(
                caption: "Base case and scenarios",
                columns: [
                    .text("Case"), .text("Settings changed"), .text("Window"), .num("Demand"), .num("Covered"),
                    .num("Gap"), .num("Coverage"),
                    .num("Recruits for 90%"), .num("Recruits to close every gap"),
                ], rows: rows)
        ]
        // A scenario of settings that decide only whom to ask has the base case's figures: said, so that
        // a planner does not read "no change" as the setting doing nothing (trial 40).
        let askingOnly: Set<String> = ["candidate_min_health", "candidates_per_target"]
        let same = info.scenarios.filter { sc in
            !sc.settings.isEmpty && sc.settings.allSatisfy { askingOnly.contains(String($0.prefix { $0 != "=" })) }
        }
        if !same.isEmpty {
            s.note =
                "\(same.map { Clip.quoted($0.name) }.joined(separator: ", ")) \(same.count == 1 ? "changes" : "change") only whom the priorities report suggests (candidate_min_health, candidates_per_target), not demand, coverage or the plan: \(same.count == 1 ? "its" : "their") figures are the base case's. Run with the setting to see its candidates."
        }
        return s
    }
}

extension MachineReadableFiles {
    static func scenariosJSON(_ info: RunInfo) -> JSON {
        .array(
            info.scenarios.map { sc in
                let r = sc.figures
                let labels = r.windowLabels
                func count(_ n: Int?) -> JSON { n.map { .int($0) } ?? .null }
                return .object([
                    ("name", .string(sc.name)), ("set", .array(sc.settings.map { .string($0) })),
                    ("inputs_read_again", .bool(sc.reread)),
                    (
                        "totals",
                        .object([
                            ("demand", .number(r.totals.demand)),
                            ("covered", .number(r.totals.covered)),
                            ("gap", .number(r.totals.gap)),
                        ])
                    ),
                    (
                        "per_window",
                        .array(
                            r.perWindow.enumerated().map { w, t in
                                .object([
                                    ("window", .string(labels[w])), ("demand", .number(t.demand)),
                                    ("covered", .number(t.covered)), ("gap", .number(t.gap)),
                                    ("coverage", .number(t.demand > 0 ? t.covered / t.demand : 1)),
                                ])
                            })
                    ),
                    ("targets", .int(r.targets)),
                    ("recruits_for_80", count(r.plan.recruits(toReach: 0.8))),
                    ("recruits_for_90", count(r.plan.recruits(toReach: 0.9))),
                    ("recruits_to_close_every_gap", count(r.plan.recruitsToCloseEveryGap)),
                    ("plan_steps", .int(r.plan.steps.count)), ("plan_work", .int(r.plan.work)),
                    ("plan_stopped_at_work_limit", .bool(r.plan.stoppedAtWorkLimit)),
                ])
            })
    }
}
