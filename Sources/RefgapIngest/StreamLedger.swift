import RefgapModel

extension OpportunityStream {
    /// The ledger of the reading that stands.
    func finish(
        _ states: [PartState], ledger noted: InputLedger, duplicates: DuplicateDeals.Resolution, decisions: Decisions
    ) throws -> InputLedger {
        var ledger = noted
        ledger.setAside(DuplicateDeals.duplicateReason, rows: duplicates.duplicates)
        ledger.setAside(DuplicateDeals.supersededReason, rows: duplicates.superseded)
        for state in states { for (reason, rows) in state.setAside { ledger.setAside(reason, rows: rows) } }
        ledger.stages = StageTable.merge(states.map(\.stageCounts), readings: stageRegistry.readings)
        StageTable.note(
            ledger.stages, config: config,
            probabilityColumn: table.columns["probability"].map { table.ledger.header[$0] },
            readAsFractions: decisions.probabilityScale == 1, into: &ledger)
        StageTable.note(duplicates, currency: config.currency, into: &ledger)
        var unconverted: [String: Int] = [:]
        var footer = 0, subtotals = 0, emptyRows = 0
        for state in states {
            ledger.rowsRead += state.rowsRead
            ledger.rowsRejected += state.rejected
            for g in state.groups.groups { ledger.rejectGroups.add(g) }
            // In file order: this part's kept rows, then its spool. Once an earlier part has spooled,
            // later kept rows follow on disk too, so `rejects` stays the first ones.
            do { try placeRejects(of: state, in: &ledger) } catch let error as Spool.Failure {
                throw InputError(path: path, error.description)
            }
            footer += state.footer
            subtotals += state.subtotals
            emptyRows += state.emptyRows
            for (k, v) in state.unconverted { unconverted[k, default: 0] += v }
        }
        ledger.setAside(RowLayout.footerReason, rows: footer)
        ledger.setAside(RowLayout.subtotalReason, rows: subtotals)
        ledger.setAside(RowLayout.emptyReason, rows: emptyRows)
        ledger.recordReading(reader)
        if ledger.rowsRead == 0 { ledger.warnings.append("the file has a header but no data rows.") }
        for (written, count) in unconverted.sorted(by: { $0.key < $1.key }) {
            let currency = Clip.text(written)
            ledger.warnings.append(
                "\(count) amounts in \(currency) were summed as \(config.currency), unconverted: add `currency_rates: {\(currency): <\(config.currency) per \(currency)>}` to refgap.yml to convert them."
            )
        }
        ledger.sha256 = digest.value
        return ledger
    }

    /// A part's rejected rows after those of the parts before it, in file order.
    private func placeRejects(of state: PartState, in ledger: inout InputLedger) throws {
        for r in state.rejects {
            if let last = ledger.rejectSpools.last {
                try last.append(r)
            } else {
                ledger.rejects.append(r)
            }
        }
        if let spool = state.spool {
            try ledger.rejectSpools.last?.flush()
            try spool.flush()
            ledger.rejectSpools.append(spool)
        }
    }
}
