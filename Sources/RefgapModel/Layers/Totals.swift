package struct Totals: Sendable, Equatable {
    package var demand = 0.0, covered = 0.0, gap = 0.0, pipeline = 0.0, weightedPipeline = 0.0
    /// Weighted pipeline of sales buckets' uncovered share.
    package var weightedPipelineUncovered = 0.0
    package init() {}
}
