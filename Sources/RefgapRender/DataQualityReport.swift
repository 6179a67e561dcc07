import RefgapModel

/// The gap report's data-quality section: every input's ledger, the stage table, rejected rows by
/// reason, overdue deals, and what refgap guessed or could not read.
extension ReportBuilder {
    func dataQuality() -> ReportModel.Section {
        var s = ReportModel.Section(id: "data-quality", heading: "Data quality")
        let ledgerRows: [ReportModel.Row] = seg.ledgers.map { l in
            .init(cells: [
                .message(l.path), .text(l.dialect ?? l.kind.rawValue),
                .text("\(l.encoding), \(l.delimiter == "tab" ? "tab" : "“\(l.delimiter)”")-separated"),
                .num(Format.grouped(l.rowsRead)), .num(Format.grouped(l.rowsUsed)),
                .num(Format.grouped(l.rowsRejected), tone: l.rejectRate > config.maxRejectRate ? "gap" : ""),
                .num(Format.grouped(l.rowsSetAside)),
                .message(l.setAside.map { "\(Format.grouped($0.rows)) \($0.reason)" }.joined(separator: "; ")),
            ])
        }
        s.intro = [
            .init(
                text:
                    "Every row is used, rejected with a reason, or set aside: rows read = used + rejected + set aside.")
        ]
        // Rejected rows by reason: a wrong export rejects thousands of rows for one reason, so each
        // reason is one line with its count and its first row (every row is in rejects/).
        var rejectRows: [ReportModel.Row] = []
        for l in seg.ledgers {
            for g in l.rejectGroups.groups.prefix(25) {
                rejectRows.append(
                    .init(cells: [
                        .text(l.kind.fileName), .num(String(g.rows)), .num(String(g.firstLine)), .message(g.reason),
                    ]))
            }
        }
        // An amount no rate converted is shown in its own currency, marked: shown as the run's, a
        // ¥30,000,000 deal read as USD 30,000,000 (it is counted so; the lead says it).
        let overdue: [ReportModel.Row] = seg.overdueDeals.prefix(25).map { o in
            return .init(cells: [
                .text(o.id), .text(o.name), .text(o.account), .text(o.closeDate.description), .text(o.stage),
                .num(
                    o.unconvertedCurrency.map { "\(Format.money(o.amount, Clip.text($0))) (not converted)" }
                        ?? money(o.amount)),
            ])
        }
        s.tables = [
            .init(
                caption: "Rows per input",
                columns: [
                    .text("File"), .text("Read as"), .text("Encoding"), .num("Read"), .num("Used"), .num("Rejected"),
                    .num("Set aside"), .text("Set aside for"),
                ], rows: ledgerRows),
            .init(
                caption:
                    "Stages of the opportunity export: how each was read (stages: in refgap.yml overrides a line's class, and sets the probability of its deals that have none)",
                columns: [
                    .text("Stage"), .num("Deals"), .num("Pipeline"), .text("Read as"), .text("Why"),
                    .text("Probability used"),
                ], rows: stageRows(), empty: "No deals were read."),
            .init(
                caption: "Rejected rows by reason (each row is in rejects/)",
                columns: [.text("File"), .num("Rows"), .num("First line"), .text("Reason (as on the first line)")],
                rows: rejectRows, empty: "No rows were rejected."),
            .init(
                caption:
                    seg.overdueCount == 0
                    ? "Open deals past their close date (0)"
                    : "Open deals past their close date (\(Format.grouped(seg.overdueCount))\(seg.overdueCount > seg.overdueDeals.count ? ", the \(seg.overdueDeals.count) largest listed" : ""); update them in the CRM)",
                columns: [
                    .text("ID"), .text("Deal"), .text("Account"), .text("Close date"), .text("Stage"), .num("Amount"),
                ], rows: overdue, empty: "No overdue deals."),
        ]
        var items: [ReportModel.Item] = []
        for l in seg.ledgers { for w in l.warnings { items.append(.init(text: "\(l.kind.fileName): warning: \(w)")) } }
        for l in seg.ledgers { for n in l.notes { items.append(.init(text: "\(l.kind.fileName): \(n)")) } }
        let dq = seg.dataQuality
        for line in VocabularyText.blankDeals(
            dq, dimensions: config.dimensions, currency: config.currency,
            accountsRead: seg.ledgers.contains { $0.kind == .accounts })
        {
            items.append(.init(text: line))
        }
        for line in StateAloneText.lines(dq, currency: config.currency) { items.append(.init(text: line)) }
        if dq.enrichedOpportunities > 0 {
            items.append(
                .init(
                    text:
                        "\(Format.count(dq.enrichedOpportunities, "deal")) had blank dimensions filled from the accounts export: \(dq.enrichedOpenOpportunities == 0 ? "none of them open in the windows, so no number here rests on it" : "\(Format.grouped(dq.enrichedOpenOpportunities)) of them open in the windows (\(money(Double(dq.enrichedOpenCents) / 100)) of pipeline)")."
                ))
        }
        for (d, values) in dq.unknownValues.sorted(by: { $0.key < $1.key }) where !values.isEmpty {
            if values.count > 1_000 {
                // A dimension has a few dozen values; thousands mean the wrong column was taken for it.
                items.append(
                    .init(
                        text:
                            "\(d) has \(values.count) values no built-in synonym knows (\(values.prefix(3).map { Clip.text($0) }.joined(separator: ", ")), …): is the column read as \(d) the right one? See the columns each input was read from in run.json, and map the right one under columns: in refgap.yml."
                    ))
                continue
            }
            items.append(
                .init(
                    text:
                        "\(d) values no built-in synonym knows, kept as written: \(values.prefix(12).map { Clip.text($0) }.joined(separator: ", "))\(values.count > 12 ? ", …" : "") (map them under synonyms: in refgap.yml)."
                ))
        }
        items.append(
            .init(
                text:
                    "\(seg.beyondHorizon.deals) open deal\(seg.beyondHorizon.deals == 1 ? "" : "s") (\(money(seg.beyondHorizon.pipeline))) and \(seg.beyondHorizon.needs) needs fall beyond the \(config.horizon)-day horizon: counted, not allocated."
            ))
        s.items = items
        return s
    }

    /// The stage table: every stage reading of the opportunity export, largest pipeline first.
    func stageRows() -> [ReportModel.Row] {
        let stages = ledger(.opportunities)?.stages ?? []
        return stages.prefix(60).map { t in
            .init(cells: [
                .text(t.reading.stage), .num(String(t.deals)), .num(money(t.pipeline)),
                .text(
                    t.reading.stageClass.rawValue + (t.reading.guessed ? " (a guess)" : ""),
                    tone: t.reading.guessed ? "gap" : ""),
                .text(t.reading.reason), .text(t.probabilityUsed(defaultProbability: config.defaultProbability)),
            ])
        }
    }
}
