import RefgapIngest
import RefgapModel

/// The files for other tools: gaps.csv, targets.csv, plan.csv, rejects, run.json and the history
/// snapshot (the reports for people are ReportBuilder's).
enum MachineReadableFiles {
    /// Handed to `sink` in pieces of about 256 KiB as the rows are made.
    static func gapsCSV(_ p: StageResults, into sink: ([UInt8]) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(JSON.Output.pieceSize + (JSON.Output.pieceSize >> 4))
        CSVTable.append(
            (["window", "kind", "need", "team", "due", "activity"] + p.prioritized.config.dimensions
                + ["demand", "covered", "gap", "priority", "deals", "pipeline", "weighted_pipeline", "weight"]).map {
                    .text($0)
                },
            into: &out)
        let labels = p.prioritized.config.windowLabels
        let gaps = p.prioritized.gaps
        // Each row written cell by cell, each field read in place: a gap bound to a constant was copied
        // whole (its strings retained), and each row made an array of cells.
        var line = CSVTable.Line()
        func text(_ s: String) { line.text(s, into: &out) }
        func number(_ d: Double) { line.number(d, into: &out) }
        for i in gaps.indices where gaps[i].bucket.demand > 0 {
            text(labels[gaps[i].bucket.window])
            text(gaps[i].bucket.kind.rawValue)
            let need = gaps[i].bucket.need
            text(need?.name ?? "")
            text(need?.team ?? "")
            text(need.map { "\($0.due)" } ?? "")
            text(gaps[i].bucket.activity)
            for v in gaps[i].bucket.dimensions { text(v ?? "Any") }
            number(gaps[i].bucket.demand)
            number(gaps[i].covered)
            number(gaps[i].gap)
            number(gaps[i].priority)
            line.int(gaps[i].bucket.deals, into: &out)
            number(gaps[i].bucket.pipeline)
            number(gaps[i].bucket.weightedPipeline)
            number(gaps[i].bucket.weight)
            line.end(&out)
            if out.count >= JSON.Output.pieceSize {
                sink(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        sink(out)
    }

    static func targetsCSV(_ p: StageResults) -> [UInt8] {
        var out: [UInt8] = []
        CSVTable.append(
            (["rank", "activity"] + p.prioritized.config.dimensions
                + [
                    "recruits", "gap", "deadline", "score", "candidates", "approach", "sales_gap", "need_gap",
                    "pipeline_at_stake", "needs", "plan_step",
                ]).map { .text($0) },
            into: &out)
        let firstStep = p.prioritized.plan.firstStepByTarget
        let targets = p.prioritized.targets
        // Written cell by cell, each field read in place, the candidates' labels joined as bytes: an
        // array of cells per row and a string per label made a large program's 15,000 targets the
        // longest file to make after run.json.
        var line = CSVTable.Line()
        var joined: [UInt8] = []
        for i in targets.indices {
            line.int(targets[i].rank, into: &out)
            line.text(targets[i].activity, into: &out)
            for v in targets[i].dimensions { line.text(v ?? "Any", into: &out) }
            line.int(targets[i].recruits, into: &out)
            line.number(targets[i].gap, into: &out)
            line.text("\(targets[i].deadline)", into: &out)
            line.number(targets[i].score, into: &out)
            joined.removeAll(keepingCapacity: true)
            for (k, c) in targets[i].candidates.enumerated() {
                if k > 0 { joined += "; ".utf8 }
                appendCandidateLabel(c, into: &joined)
            }
            line.text(utf8: joined, into: &out)
            line.int(targets[i].approach, into: &out)
            line.number(targets[i].salesGap, into: &out)
            line.number(targets[i].needGap, into: &out)
            line.number(targets[i].pipelineAtStake, into: &out)
            line.text(targets[i].needs.joined(separator: "; "), into: &out)
            if let step = firstStep[targets[i].rank] { line.int(step, into: &out) } else { line.text("", into: &out) }
            line.end(&out)
        }
        return out
    }

    /// A candidate as targets.csv lists it: the account, or the contact at the account and what it needs.
    static func appendCandidateLabel(_ c: Candidate, into out: inout [UInt8]) {
        func contact() { if c.contact.isEmpty { out += "contact".utf8 } else { out += c.contact.utf8 } }
        switch c.source {
        case .account:
            out += c.account.utf8
        case .staleContact:
            contact()
            out += " at ".utf8
            out += c.account.utf8
            out += " (re-verify)".utf8
        case .pendingContact:
            contact()
            out += " at ".utf8
            out += c.account.utf8
            out += " (onboard)".utf8
        }
    }

    /// Each rejected row as it was, with its line number and reason: the header and the rows kept in
    /// memory (the ledger's spools, written as the export was read, follow them in the file).
    static func rejectsCSV(_ ledger: InputLedger) -> [UInt8] {
        var out: [UInt8] = []
        CSVText.appendRow(["line", "reason"] + ledger.header, into: &out)
        for r in ledger.rejects { InputLedger.rejectRow(r, into: &out) }
        return out
    }

    static func ledgerJSON(_ l: InputLedger) -> JSON {
        .object([
            ("path", .string(l.path)), ("bytes", .int(l.bytes)), ("sha256", .string(l.sha256)),
            ("rows_read", .int(l.rowsRead)), ("rows_used", .int(l.rowsUsed)), ("rows_rejected", .int(l.rowsRejected)),
            ("rows_set_aside", .int(l.rowsSetAside)),
            ("set_aside", .object(l.setAside.map { ($0.reason, .int($0.rows)) })),
            ("encoding", .string(l.encoding)), ("delimiter", .string(l.delimiter)),
            ("dialect", l.dialect.map { .string($0) } ?? .null),
            ("columns", .object(l.mapping.map { ($0.field, .string($0.header)) })),
            ("unmapped_columns", .array(l.unmappedHeaders.map { .string($0) })),
            // What the report's data quality and the terminal warn about, for a scheduler reading this file.
            ("warnings", .array(l.warnings.map { .string($0) })),
            ("notes", .array(l.notes.map { .string($0) })),
            (
                "rejected_by_reason",
                .array(
                    l.rejectGroups.groups.map { g in
                        .object([
                            ("reason", .string(g.reason)), ("rows", .int(g.rows)), ("first_line", .int(g.firstLine)),
                        ])
                    })
            ),
        ])
    }

    static func runJSON(_ p: StageResults, info: RunInfo, reasons: ExclusionReasons) -> JSON {
        let seg = p.segmented
        let labels = p.prioritized.config.windowLabels
        let dims = p.prioritized.config.dimensions
        @Sendable func dimsJSON(_ values: [String?]) -> JSON {
            .object(zip(dims, values).map { ($0, .string($1 ?? "Any")) })
        }
        // Read once: `p.allocated.contacts[c]` copied a whole contact per lookup, and a contact's reasons
        // were worded again for every bucket it nearly matched.
        let roster = p.allocated.contacts
        let excludedBecause = reasons.lists
        var perWindow: [JSON] = []
        for (w, t) in WindowTotals.of(p.prioritized).enumerated() {
            perWindow.append(
                .object([
                    ("window", .string(labels[w])), ("end", .string("\(seg.asOf + p.prioritized.config.windows[w])")),
                    ("demand", .number(t.demand)), ("covered", .number(t.covered)), ("gap", .number(t.gap)),
                    ("weighted_pipeline_uncovered", .number(t.uncoveredPipeline)),
                ]))
        }
        // The lists the writers read, bound once: reading them through `p` inside the writers retained
        // the stage results' parts for every bucket.
        let gaps = p.prioritized.gaps, bucketDeals = seg.bucketDeals
        let recoverable = p.prioritized.recoverable, nearMisses = p.prioritized.nearMisses
        let nearMissObjects = NearMissObjects(roster: roster, reasons: excludedBecause)
        let buckets = JSON.written(gaps.count) { i, out, depth in
            // Each field read in place: a gap bound to a constant (or passed on) was copied whole, its
            // strings retained.
            var o = out.openObject(depth: depth)
            out.field("order", int: i + 1, in: &o)
            out.field("window", labels[gaps[i].bucket.window], in: &o)
            out.field("kind", gaps[i].bucket.kind.rawValue, in: &o)
            out.field("activity", gaps[i].bucket.activity, in: &o)
            out.field("dimensions", keys: dims, values: gaps[i].bucket.dimensions, in: &o)
            out.field("demand", number: gaps[i].bucket.demand, in: &o)
            out.field("covered", number: gaps[i].covered, in: &o)
            out.field("gap", number: gaps[i].gap, in: &o)
            out.field("value", number: gaps[i].value, in: &o)
            out.field("urgency", number: gaps[i].urgency, in: &o)
            out.field("weight", number: gaps[i].bucket.weight, in: &o)
            out.field("priority", number: gaps[i].priority, in: &o)
            out.field("goals", strings: gaps[i].bucket.goals, in: &o)
            if let n = gaps[i].bucket.need {
                out.field("need", n.name, in: &o)
                out.field("team", n.team, in: &o)
                out.field("due", "\(n.due)", in: &o)
                out.field("count", int: n.count, in: &o)
                out.key("min_seniority", in: &o)
                if let s = n.minSeniority { out.string(s.label) } else { out.null() }
                out.field("line", int: n.line, in: &o)
            } else {
                let kept = bucketDeals.count(at: i)
                out.field("deals", int: gaps[i].bucket.deals, in: &o)
                out.field("pipeline", number: gaps[i].bucket.pipeline, in: &o)
                out.field("weighted_pipeline", number: gaps[i].bucket.weightedPipeline, in: &o)
                out.field("deal_ids", ids: bucketDeals, list: i, in: &o)
                out.field(
                    "deal_ids_listed", kept < gaps[i].bucket.deals ? "the \(kept) largest" : "all", in: &o)
            }
            out.key("allocated", in: &o)
            var allocated = out.openArray(depth: o.depth + 1)
            for a in gaps[i].allocations {
                out.member(in: &allocated)
                var c = out.openObject(depth: allocated.depth + 1)
                out.field("contact", roster[a.contact].id, in: &c)
                out.field("name", roster[a.contact].name, in: &c)
                out.field("load", number: a.load, in: &c)
                out.close(c)
            }
            out.close(allocated)
            out.field(
                "could_cover_if_reverified_or_onboarded",
                strings: recoverable[i].lazy.map { roster[$0].id },
                in: &o)
            out.key("near_misses", in: &o)
            var misses = out.openArray(depth: o.depth + 1)
            for c in nearMisses[i] {
                out.member(in: &misses)
                nearMissObjects.write(c, depth: misses.depth + 1, into: &out)
            }
            out.close(misses)
            out.close(o)
        }
        // The targets name their plan step: made when they are written, so the buckets before them are
        // written while the plan is still being made (`Prioritized.planned`).
        let targets = JSON.later { targetsJSON(p, dims: dims) }
        // Bound once and read in place, as the buckets' lists are (an entry bound to a constant was
        // copied, its exclusions retained, for each of a large roster's 20,000 contacts).
        let supply = p.allocated.supply, load = p.allocated.load
        let contacts = JSON.written(supply.count) { i, out, depth in
            let c = supply[i].contact
            var o = out.openObject(depth: depth)
            out.field("id", roster[c].id, in: &o)
            out.field("name", roster[c].name, in: &o)
            out.field("account", roster[c].account, in: &o)
            out.key("eligible", in: &o)
            out.bool(supply[i].isEligible)
            out.field("capacity", int: supply[i].capacity, in: &o)
            out.field("load", number: load[c], in: &o)
            out.field("excluded_because", strings: excludedBecause[i], in: &o)
            out.close(o)
        }
        return .object([
            ("as_of", .string("\(seg.asOf)")),
            (
                "windows",
                .array(
                    labels.indices.map {
                        .object([("label", .string(labels[$0])), ("end_day", .int(p.prioritized.config.windows[$0]))])
                    })
            ),
            ("inputs", .object(seg.ledgers.map { ($0.kind.rawValue, ledgerJSON($0)) })),
            (
                "totals",
                .object([
                    ("demand", .number(p.prioritized.totals.demand)),
                    ("covered", .number(p.prioritized.totals.covered)),
                    ("gap", .number(p.prioritized.totals.gap)),
                    ("pipeline", .number(p.prioritized.totals.pipeline)),
                    ("weighted_pipeline", .number(p.prioritized.totals.weightedPipeline)),
                    ("weighted_pipeline_uncovered", .number(p.prioritized.totals.weightedPipelineUncovered)),
                    ("recruits", .int(p.prioritized.targets.reduce(0) { $0 + $1.recruits })),
                ])
            ),
            ("eligible_contacts", .int(p.allocated.eligibleCount)),
            ("config", configJSON(p.prioritized.config, path: info.configPath)),
            ("per_window", .array(perWindow)),
            (
                "deals",
                .object([
                    ("closed", .int(seg.closedDeals)), ("open_in_horizon", .int(seg.openInHorizon.deals)),
                    ("overdue", .int(seg.overdueCount)), ("beyond_horizon", .int(seg.beyondHorizon.deals)),
                    ("beyond_horizon_pipeline", .number(seg.beyondHorizon.pipeline)),
                ])
            ),
            (
                "concentration",
                .object([
                    ("share", .number(p.prioritized.concentration)),
                    (
                        "busiest",
                        .array(
                            p.prioritized.busiest.map {
                                .object([
                                    ("contact", .string(p.allocated.contacts[$0.contact].id)),
                                    ("load", .number($0.load)),
                                ])
                            })
                    ),
                ])
            ),
            ("at_risk_of_overuse", .array(p.prioritized.atRisk.map { .string(p.allocated.contacts[$0.contact].id) })),
            ("idle", .array(p.prioritized.idle.map { .string(p.allocated.contacts[$0].id) })),
            (
                "surplus",
                .array(
                    p.prioritized.surplus.map { s in
                        .object([
                            ("dimensions", dimsJSON(s.dimensions)), ("contacts", .int(s.contacts)),
                            ("capacity", .int(s.capacity)), ("demand", .number(s.demand)),
                        ])
                    })
            ),
            ("buckets", buckets),
            ("targets", targets),
            ("not_asked", notAskedJSON(p)),
            ("plan", .later { planJSON(p) }),
            ("scenarios", scenariosJSON(info)),
            ("contacts", contacts),
            ("vocabulary", vocabularyJSON(p)),
        ])
    }

    static func configJSON(_ c: Config, path: String?) -> JSON {
        .object([("file", path.map { .string($0) } ?? .null)] + Settings.all.map { ($0.key, $0.value(c).json) })
    }

    /// Whom the candidates and cheaper moves leave out though they match, and why (`NotAsked`): the
    /// priorities report names the first ones, this every one.
    static func notAskedJSON(_ p: StageResults) -> JSON {
        let notAsked = p.prioritized.notAsked
        let own = p.prioritized.targets.compactMap { t in t.ownDealsAccount.map { (t.rank, $0) } }
        return .object([
            (
                "renewing_customers",
                .array(
                    notAsked.renewingAccounts.map {
                        .object([
                            ("account", .string($0.name)), ("renewal", .string("\($0.renewal)")),
                            ("target", .int($0.targetRank)),
                        ])
                    })
            ),
            (
                "contacts",
                .array(
                    notAsked.contacts.keys.sorted().map { c in
                        let why = notAsked.contacts[c] ?? NotAsked.Why(lowHealth: nil, openEscalations: 0)
                        return .object([
                            ("contact", .string(p.allocated.contacts[c].id)),
                            ("health", why.lowHealth.map { .number($0) } ?? .null),
                            ("open_escalations", .int(why.openEscalations)),
                        ])
                    })
            ),
            ("own_deals", .array(own.map { .object([("target", .int($0.0)), ("account", .string($0.1))]) })),
            ("own_buyer_contacts", .array(notAsked.ownBuyerContacts.map { .string(p.allocated.contacts[$0].id) })),
            (
                "own_coverage",
                .array(
                    notAsked.ownCoverage.map {
                        .object([
                            ("contact", .string(p.allocated.contacts[$0.contact].id)),
                            // buckets[].order of the bucket.
                            ("bucket_order", .int($0.bucket + 1)),
                            ("load", .number($0.load)),
                        ])
                    })
            ),
        ])
    }
}
