import RefgapModel

/// Growth goals that match no bucket of demand. A goal whose criterion is misspelled (`industry:
/// Helthcare`) weighted nothing up, and the report said "0 gaps, 0 references missing": a planning
/// trial read that as "our growth segment is covered". Said in the report, the run's summary and
/// `refgap validate`: a value no deal or need has is a warning (with the closest one they have); values
/// that each occur but never together are a note (a growth segment with no demand yet is normal).
package enum GoalsMatchingNothing {
    /// One diagnostic line per goal that no bucket matches: `warning: …` or `note: …`.
    package static func lines(_ results: StageResults) -> [String] {
        let config = results.prioritized.config
        let buckets = results.segmented.buckets
        return config.growthGoals.compactMap { goal in
            guard !buckets.contains(where: { $0.goals.contains(goal.name) }) else { return nil }
            let absent = absentValues(goal, buckets, config)
            return absent.isEmpty
                ? "note: growth goal \(Clip.quoted(goal.name)) matches no deal or calendar need yet: no bucket has all of its criteria together, though each occurs. It weights nothing until one does."
                : "warning: growth goal \(Clip.quoted(goal.name)) matches no deal or calendar need: no bucket has \(absent.joined(separator: " or ")). Write each criterion as the export or calendar writes the value, or remove the goal."
        }
    }

    /// The base case's lines, then each scenario's own (`scenario "X": …`) that the base case's do not
    /// already say: a scenario may set growth goals of its own.
    package static func lines(_ results: StageResults, scenarios: [ScenarioOutcome]) -> [String] {
        let base = lines(results)
        return base
            + scenarios.flatMap { s in
                s.goalsMatchingNothing.filter { !base.contains($0) }.map { "scenario \(Clip.quoted(s.name)): " + $0 }
            }
    }

    /// The report's sentence for a goal that matches nothing.
    static func sentence(_ goal: Config.GrowthGoal, _ buckets: [Bucket], _ config: Config) -> String {
        let absent = absentValues(goal, buckets, config)
        return absent.isEmpty
            ? "matches no deal or calendar need yet: no bucket has all of its criteria together, though each occurs"
            : "matches no deal or calendar need: no bucket has \(absent.joined(separator: " or ")). Check its spelling in refgap.yml"
    }

    /// The criteria values no bucket has, each with the closest value the buckets do have.
    static func absentValues(_ goal: Config.GrowthGoal, _ buckets: [Bucket], _ config: Config) -> [String] {
        var absent: [String] = []
        for (key, value) in goal.criteria.sorted(by: { $0.key < $1.key }) where !Text.meansAny(value) {
            let k = key.lowercased()
            let values: [String]
            if k == "activity" {
                values = buckets.map(\.activity)
            } else if let d = config.dimensions.firstIndex(of: k) {
                values = buckets.compactMap { d < $0.dimensions.count ? $0.dimensions[d] : nil }
            } else {
                values = []
            }
            let wanted = Text.fold(value)
            guard !values.contains(where: { Text.fold($0) == wanted }) else { continue }
            let known = Array(Set(values)).sorted()
            // An outer region (AMER) is not the regions inside it that deals name (US-West): a goal
            // asks for a bucket's own value (a trial's `region: AMER` matched none).
            let inside =
                k == "region" ? known.filter { RegionWithin.within[Text.fold($0)].map(Text.fold) == wanted } : []
            let hint =
                !inside.isEmpty
                ? " (deals name the regions inside it: \(inside.prefix(4).map { Clip.quoted($0) }.joined(separator: ", ")); a goal names those, one goal each)"
                : Text.closest(to: value, in: known).map { " (did you mean \(Clip.quoted($0))?)" } ?? ""
            absent.append("\(k) \(Clip.quoted(value))\(hint)")
        }
        return absent
    }
}
