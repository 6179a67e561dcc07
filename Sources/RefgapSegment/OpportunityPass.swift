import RefgapIngest
import RefgapModel
import RefgapNormalize

/// The opportunity export's one streaming pass: the file is too large to hold, so each part's rows go
/// through ingest (`OpportunityStream`), normalize (`Normalizer`) and this stage's `SalesAccumulator`
/// on the part's own thread, and only the sums are kept.
package enum OpportunityPass {
    /// What each part of the opportunity export builds on its own thread.
    final class Part: @unchecked Sendable {
        @exclusivity(unchecked) var normalizer: Normalizer
        @exclusivity(unchecked) var quality = DataQuality()
        @exclusivity(unchecked) var sales: SalesAccumulator
        /// Set after the pass: the whole file's spellings are this part's, so its sums need no renaming.
        @exclusivity(unchecked) var spellingsHold = false
        init(normalizer: Normalizer, sales: SalesAccumulator) {
            self.normalizer = normalizer
            self.sales = sales
        }
        func reset(normalizer: Normalizer, sales: SalesAccumulator) {
            self.normalizer = normalizer
            self.sales = sales
            quality = DataQuality()
        }
    }

    /// The pass read: the export's ledger, what normalize noted, the spellings the whole file settled
    /// on, and each part's sums until `mergedSales` joins them.
    package struct Streamed: Sendable {
        package let ledger: InputLedger
        package let quality: DataQuality
        /// The spellings the opportunity export settled on, before the calendar and roster add theirs.
        package let spellings: Normalizer
        let parts: [Part]
        let asOf: Day
        let config: Config

        /// Each part's sums in the spellings the whole file settled on, merged in file order; a
        /// part's own copy is let go as soon as it is merged. Apart from `run` so the caller can
        /// normalize the other inputs on the other core meanwhile; call it once.
        package func mergedSales() -> SalesAccumulator {
            let dims = config.dimensions
            // The spellings, as a constant: a closure over a variable copied the whole normalizer
            // for every value it renamed.
            let spellings = spellings
            var sales = SalesAccumulator(asOf: asOf, config: config)
            for (i, part) in parts.enumerated() {
                // Usually every part's spellings stand: then its sums are taken as they are, without
                // checking each of a large export's tens of thousands of keys again.
                let renamed =
                    part.spellingsHold
                    ? part.sales
                    : part.sales.remapped(activity: { spellings.display("activity", $0) }) {
                        spellings.display(dims[$0], $1)
                    }
                part.sales = SalesAccumulator(asOf: asOf, config: config)
                if i == 0 { sales = renamed } else { sales.merge(renamed) }
            }
            return sales
        }
    }

    /// Streams every row of `stream` once (twice when a guess about the whole file was wrong), each
    /// part starting from `normalizer` (the spellings the accounts export settled on) and enriching
    /// from `book`. Then `Streamed.mergedSales()` gives the sales demand.
    package static func run(
        stream: OpportunityStream, normalizer: Normalizer, book: AccountBook,
        config: Config, asOf: Day
    ) throws -> Streamed {
        // With an accounts export, each bucket's deals' one account is kept: a customer is not offered
        // as the reference for its own deals (`DealAccount`).
        let accumulator = {
            var sales = SalesAccumulator(asOf: asOf, config: config)
            sales.tracksAccounts = !book.accounts.isEmpty
            return sales
        }
        let parts = (0..<stream.partCount).map { _ in Part(normalizer: normalizer, sales: accumulator()) }
        let start = normalizer
        // Each row borrows its part without a retain and release (the parts outlive the reading).
        let units = parts.map { Unmanaged.passUnretained($0) }
        let ledger = try stream.readDeals(restart: {
            // A guess about the whole file was wrong: its rows come again.
            for part in parts { part.reset(normalizer: start, sales: accumulator()) }
        }) { i, row, texts in
            // Rows come without their ids, names and accounts: the accumulator reads them for the deals
            // it lists, normalize reads the account where the accounts export fills blank dimensions.
            units[i]._withUnsafeGuaranteedRef { part in
                // Closed deals, deals past the horizon and most overdue ones are only counted: normalize
                // notes what it sees in them, and no opportunity is made.
                if part.sales.countIfOnlyCounted(
                    isClosed: row.isClosed, closeDate: row.closeDate, amount: row.amount * row.share,
                    dealAmount: row.amount, deal: row.countsAsDeal)
                {
                    part.normalizer.note(
                        row, account: { texts(.account).account ?? row.account }, book: book, quality: &part.quality)
                    return
                }
                var code: Int? = nil
                // An overdue deal kept for the report's list of them is not demand (unless `overdue:
                // include` puts it in the first window).
                let o = part.normalizer.opportunity(
                    row, account: { texts(.account).account ?? row.account }, book: book,
                    quality: &part.quality, dimensionsCode: &code,
                    inDemand: part.sales.window(closing: row.closeDate) != nil)
                part.sales.add(o, dimensionsCode: code, texts: texts)
            }
        }
        let quality = parts.reduce(into: DataQuality()) { $0.merge($1.quality) }
        var spellings = normalizer
        for part in parts { spellings.absorb(part.normalizer) }
        for part in parts {
            part.spellingsHold = spellings.agrees(with: part.normalizer)
            part.normalizer = start
        }
        return Streamed(
            ledger: ledger, quality: quality, spellings: spellings, parts: parts, asOf: asOf, config: config)
    }
}
