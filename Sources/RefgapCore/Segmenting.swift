import RefgapIngest
import RefgapModel
import RefgapNormalize
import RefgapSegment

extension Pipeline {
    /// Segmenting on one core while the roster's supply and keys are made on the other: both need
    /// only the reading (the run's own config normalizes nothing again). A function of its own, so
    /// that the closures' hold on the reading ends with it: held in `run`, it kept the export's sums
    /// (7 MB at a million rows) through allocating and prioritizing, 9 MB more peak at real shape 1M.
    static func segmentBesideRoster(_ reading: Reading, config: Config) throws -> (
        NormalizedInputs, Segmented, RosterForAllocation
    ) {
        let (segmenting, roster) = inParallel(
            { Result { try segment(reading, config: config) } },
            { RosterForAllocation(reading.normalized, asOf: reading.asOf, config: config) })
        let (normalized, segmented) = try segmenting.get()
        return (normalized, segmented, roster)
    }

    /// The segment stage on a reading, with `config`: a calendar_extra of its own re-reads the calendar
    /// and normalizes it again (the inputs normalized are returned with the buckets).
    static func segment(_ reading: Reading, config: Config) throws -> (NormalizedInputs, Segmented) {
        var normalized = reading.normalized
        if config.calendarExtra != reading.config.calendarExtra {
            var others = reading.others
            others.calendar = try calendarWithExtras(reading.paths, config: config, progress: nil)
            normalized = normalize(
                others, opportunityLedger: reading.opportunityLedger, book: reading.book,
                quality: reading.quality, spellings: reading.spellings, asOf: reading.asOf)
        }
        return (normalized, Segment.run(normalized, sales: reading.sales, asOf: reading.asOf, config: config))
    }
}
