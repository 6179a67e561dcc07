import RefgapModel

/// The gap report's lead paragraphs: what is asked and what the roster serves, the recruits, and what a
/// reader must know before any figure (amounts not converted, no deal in demand).
extension ReportBuilder {
    func leadParagraphs() -> [ReportModel.Para] {
        let t = p.prioritized.totals
        let share = t.demand > 0 ? t.covered / t.demand : 1
        var lead: [ReportModel.Para] = []
        // Coverage of a customer's own deals by its own contacts stays in the figures, and is said here
        // too, not only among the gaps (trial h3: "can serve 0.8 of them (10%)", all of it so).
        let own = p.prioritized.notAsked.ownCoverageLoad
        let ownShare =
            own >= 0.05
            ? ", \(Format.refs(own)) of it by customers' contacts for their own company's deals (see the gaps' notes)"
            : ""
        guard t.demand > 0 else {
            // Nothing asked ("need 0 references … can serve 0 of them (100%)" read as a result).
            lead.append(
                .init(
                    text:
                        "Over the next \(config.horizon) days, neither Sales nor the stakeholder teams ask for a reference in these inputs: there is nothing to cover and nobody to recruit for."
                ))
            return (unconvertedLead().map { [$0] } ?? []) + (noDealsLead().map { [$0] } ?? []) + lead
                + vocabularyLead()
        }
        lead.append(
            .init(
                text:
                    "Over the next \(config.horizon) days, Sales and the stakeholder teams need \(Format.refs(t.demand)) references; today's eligible roster (\(Format.count(p.allocated.eligibleCount, "contact"))) can serve \(Format.refs(t.covered)) of them (\(Format.percent(share))) without overusing anyone\(ownShare). \(Self.missingText(demand: t.demand, covered: t.covered))."
            ))
        if let first = p.prioritized.targets.first {
            lead.append(
                .init(
                    text:
                        "\(planSentence)\(plan.steps.isEmpty ? "" : " Recruit first: \(firstSegments().joined(separator: "; ")).") \(topTargetStake(first))."
                ))
            // A paragraph of its own: in one with the recruits, a trial's ran past the 1,000 characters a
            // paragraph is cut at (`Clip.messageLength`) and lost its regions: line.
            if let caveat = unknownValuesCaveat(plan.steps.prefix(10), inGapReport: true) {
                lead.append(.init(text: caveat))
            }
        } else {
            lead.append(.init(text: "Every need in the horizon is covered: no recruiting is needed for it."))
        }
        lead.append(
            .init(
                text:
                    "Weighted pipeline left without references: \(money(t.weightedPipelineUncovered)) of \(money(t.weightedPipeline))."
            ))
        return (unconvertedLead().map { [$0] } ?? []) + (noDealsLead().map { [$0] } ?? []) + lead + vocabularyLead()
    }

    /// An export none of whose rows became demand: the figures below are the calendar's alone, which
    /// the headline did not say (the Maven CRM sample: every open deal without a close date, "USD 0 of
    /// USD 0").
    func noDealsLead() -> ReportModel.Para? {
        guard let l = ledger(.opportunities), l.dataRows > 0,
            !seg.buckets.contains(where: { $0.kind == .sales })
        else { return nil }
        let reasons = l.setAside.filter { $0.rows > 0 }.map { "\(Format.grouped($0.rows)) \($0.reason)" }
        return .init(
            text:
                "No deal of the opportunity export is in demand: of its \(Format.count(l.dataRows, "row")), \(Format.grouped(l.rowsRejected)) \(l.rowsRejected == 1 ? "was" : "were") rejected\(reasons.isEmpty ? "" : " and the others set aside (\(reasons.joined(separator: "; ")))"). The figures below are the calendar's needs alone; Data quality says why each row was left out."
        )
    }

    /// What the top target puts at risk: its pipeline and named needs, or its needs alone ("puts USD 0 of
    /// weighted pipeline at risk" read oddly for a calendar need, trial h3).
    func topTargetStake(_ first: Target) -> String {
        if first.pipelineAtStake < 0.5 && !first.needs.isEmpty {
            return
                "The top target is for \(Format.count(first.needs.count, "named need")), with no deal's pipeline on it"
        }
        return
            "The top target alone puts \(money(first.pipelineAtStake)) of weighted pipeline at risk\(first.needs.isEmpty ? "" : " and \(Format.count(first.needs.count, "named need"))")"
    }

    /// Amounts in a currency without a rate, summed as the run's: said before any figure, since every
    /// pipeline figure, the deals' reference counts and the ranking then mix currencies (a trial's
    /// headline put "USD 21,000,000" at risk on a ¥30,000,000 deal, with the warning deep in data quality).
    func unconvertedLead() -> ReportModel.Para? {
        let unconverted = ledger(.opportunities)?.unconvertedCurrencies ?? []
        guard !unconverted.isEmpty else { return nil }
        let listed = unconverted.map { "\(Clip.text($0.currency)) (\(Format.count($0.amounts, "amount")))" }
        return .init(
            text:
                "Not converted: amounts in \(Clip.series(listed)) were counted as \(config.currency), for want of a rate, so the pipeline figures, the deals' reference counts and the ranking below mix currencies. Add their rates under currency_rates: in refgap.yml (Data quality lists them) and run again."
        )
    }

    /// "1 is missing", "284.6 are missing": the gap as every table shows it (`Format.refsGap`: what the
    /// sentence's demand and covered leave, as printed).
    static func missingText(demand: Double, covered: Double) -> String {
        let text = Format.refsGap(demand: demand, covered: covered)
        return "\(text) \(text == "1" ? "is" : "are") missing"
    }
}
