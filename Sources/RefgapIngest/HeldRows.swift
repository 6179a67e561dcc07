import RefgapModel

extension OpportunityStream {
    /// What a reading needs to know about repeated rows.
    struct Repeats {
        let held: Set<UInt64>
        let idColumn: Int?
        let modifiedColumn: Int?
        /// The amount columns and the last-modified one: what two lines of one deal, or two versions, differ in.
        var priceColumns: Set<Int> = []
    }

    /// The held rows of the reading that stands, resolved; the rows used handed to `body` in file
    /// order (after the parallel reading: one at a time).
    func resolveHeld(
        _ states: [PartState], closeOrder: Config.DateOrder,
        _ body: @Sendable (Int, OpportunityRow, () -> DealTexts) -> Void
    ) -> DuplicateDeals.Resolution {
        let held = states.flatMap(\.held)
        guard !held.isEmpty else { return DuplicateDeals.Resolution() }
        let resolution = DuplicateDeals.resolve(held, dateOrder: closeOrder)
        for h in resolution.used {
            // A deal of several line items counts once in the stage table.
            states[h.part].tally(h.row, deal: h.row.countsAsDeal)
            body(h.part, h.row) { h.texts }
        }
        return resolution
    }
}
