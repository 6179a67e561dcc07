import RefgapModel

extension OpportunityStream {
    /// What the whole file decides.
    struct Decisions: Equatable {
        var closeOrder: Values.DateForm
        var probabilityScale: Double
        /// How amounts like `10.000` read (`.point` or `.comma`, never `.auto`).
        var decimalMark: Config.DecimalMark
        /// Per part: the lines and the data rows of the parts before it (nil: not known yet).
        var lineOffsets: [Int?]
        var rowOffsets: [Int?]
        /// Keys (`DuplicateDeals.key`) seen more than once: their rows are held back and compared.
        var held: Set<UInt64> = []
    }

    /// The dates and probabilities of the data rows, counted as the whole column decides.
    struct Votes {
        var dates = Ingest.DateVotes()
        var probabilities = Ingest.ProbabilityVotes()
        var amounts = Ingest.AmountVotes()
        mutating func add(_ o: Votes) {
            dates.add(o.dates)
            probabilities.add(o.probabilities)
            amounts.add(o.amounts)
        }
    }

    /// The whole file's decisions from a reading's votes and counts, and the ledger with their notes.
    /// `heldStake`: the open deals whose close date reads either way among the rows seen more than
    /// once that their resolution used (`heldStake(_:)`), for the date order's warning.
    func decide(_ states: [PartState], spans: [Int], heldStake: Ingest.DateVotes = Ingest.DateVotes()) -> (
        Decisions, InputLedger
    ) {
        var votes = Votes()
        votes.dates.add(heldStake)
        var lines: [Int?] = [], rows: [Int?] = []
        var lineTotal = 0, rowTotal = 0
        for (i, state) in states.enumerated() {
            lines.append(lineTotal)
            rows.append(rowTotal)
            lineTotal += spans[i]
            rowTotal += state.dataRows
            votes.add(state.votes)
        }
        var noted = baseLedger
        let order =
            table.columns["close_date"] == nil
            ? Values.DateForm(config.dateOrderInEffect)
            : Ingest.decideDateOrder(
                votes.dates, header: closeHeader, config: config, ledger: &noted,
                evidence: dateEvidence
                    ?? (otherDatesDisagree ? nil : Ingest.amountsEvidence(votes.amounts, header: amountHeaders.first)),
                pipelineCurrency: config.currency.uppercased())
        let scale = Ingest.decideProbabilityScale(votes.probabilities, ledger: &noted)
        let mark = Ingest.decideDecimalMark(votes.amounts, headers: amountHeaders, config: config, ledger: &noted)
        return (
            Decisions(
                closeOrder: order, probabilityScale: scale, decimalMark: mark, lineOffsets: lines, rowOffsets: rows),
            noted
        )
    }
}
