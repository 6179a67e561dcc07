/// The segment stage's output: each open deal and each calendar need placed in a window, deals turned
/// into expected reference demand, summed into buckets in the allocation order of docs/model.md
/// (Allocation); and the inputs' ledgers as the stages up to here left them.
package struct Segmented: Sendable {
    package var asOf: Day
    /// In allocation order.
    package var buckets: [Bucket]
    /// For each bucket, the ids of the deals that make its demand: the largest ones, up to
    /// `SalesAccumulator.dealsKept` (the bucket's `deals` counts them all).
    package var bucketDeals: KeptDealIDs
    /// For each bucket, its deals' one account (`DealAccount`), when an accounts export was given;
    /// else empty.
    package var bucketAccounts: [UInt64] = []
    package var needs: [Need]
    /// Open deals before the as-of date (left out of demand unless `overdue: include`): the first
    /// ones in the file, and how many there are.
    package var overdueDeals: [DealRef]
    package var overdueCount: Int
    package var overdueNeeds: [Need]
    package var beyondHorizon: (deals: Int, pipeline: Double, needs: Int)
    package var closedDeals: Int
    /// Open deals in the horizon: count, pipeline, weighted pipeline.
    package var openInHorizon: (deals: Int, pipeline: Double, weighted: Double)
    package var ledgers: [InputLedger]
    /// Carried from normalize for the report's data-quality section.
    package var dataQuality: DataQuality
    package var rosterHasVerifiedColumn: Bool

    package init(
        asOf: Day, buckets: [Bucket], bucketDeals: KeptDealIDs, needs: [Need], overdueDeals: [DealRef],
        overdueCount: Int, overdueNeeds: [Need], beyondHorizon: (deals: Int, pipeline: Double, needs: Int),
        closedDeals: Int, openInHorizon: (deals: Int, pipeline: Double, weighted: Double), ledgers: [InputLedger],
        dataQuality: DataQuality, rosterHasVerifiedColumn: Bool
    ) {
        self.asOf = asOf
        self.buckets = buckets
        self.bucketDeals = bucketDeals
        self.needs = needs
        self.overdueDeals = overdueDeals
        self.overdueCount = overdueCount
        self.overdueNeeds = overdueNeeds
        self.beyondHorizon = beyondHorizon
        self.closedDeals = closedDeals
        self.openInHorizon = openInHorizon
        self.ledgers = ledgers
        self.dataQuality = dataQuality
        self.rosterHasVerifiedColumn = rosterHasVerifiedColumn
    }
}
