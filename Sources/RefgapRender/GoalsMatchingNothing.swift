import RefgapModel

/// Growth goals that match no bucket of demand. A goal whose criterion is misspelled (`industry:
/// Helthcare`) weighted nothing up, and the report said "0 gaps, 0 references missing": a planning
/// trial read that as "our growth segment is covered". Said in the report, the run's summary and
/// `refgap validate`.
package enum GoalsMatchingNothing {
    /// One sentence per goal that no bucket matches, naming the criteria values no bucket has.
    package static func lines(_ results: StageResults) -> [String] {
        let config = results.prioritized.config
        let buckets = results.segmented.buckets
        return config.growthGoals.compactMap { goal in
            guard !buckets.contains(where: { $0.goals.contains(goal.name) }) else { return nil }
            return
                "growth goal \(Clip.quoted(goal.name)) matches no deal or calendar need: \(why(goal, buckets, config)). Write each criterion as the export or calendar writes the value (gaps.csv lists them), or remove the goal."
        }
    }

    /// The criteria values no bucket has, or that none has them all.
    static func why(_ goal: Config.GrowthGoal, _ buckets: [Bucket], _ config: Config) -> String {
        var absent: [String] = []
        for (key, value) in goal.criteria.sorted(by: { $0.key < $1.key }) where !Text.meansAny(value) {
            let wanted = Text.fold(value)
            let k = key.lowercased()
            let present: Bool
            if k == "activity" {
                present = buckets.contains { Text.fold($0.activity) == wanted }
            } else if let d = config.dimensions.firstIndex(of: k) {
                present = buckets.contains { d < $0.dimensions.count && $0.dimensions[d].map(Text.fold) == wanted }
            } else {
                present = false
            }
            if !present { absent.append("\(k) \(Clip.quoted(value))") }
        }
        return absent.isEmpty
            ? "no bucket has all of its criteria at once"
            : "no bucket has \(absent.joined(separator: " or "))"
    }
}
