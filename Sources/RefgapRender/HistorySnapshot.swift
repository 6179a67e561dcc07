import Foundation
import RefgapIngest
import RefgapModel

/// The history snapshot (history/<as-of>.json): per segment (activity and dimensions, all windows),
/// demand, covered and gap, which the next run reads for its change column.
extension MachineReadableFiles {
    static func historyJSON(_ p: StageResults) -> JSON {
        let totals = segmentTotals(p)
        let t = p.prioritized.totals
        return .object([
            ("as_of", .string("\(p.segmented.asOf)")),
            // The headline's figures, for the next run's change since this one.
            (
                "totals",
                .object([("demand", .number(t.demand)), ("covered", .number(t.covered)), ("gap", .number(t.gap))])
            ),
            // What the next run's change section checks before it calls a movement the program's: the
            // settings, the inputs given and those over max_reject_rate (a trial's weekly report said a
            // gap "closed" when only a setting had changed).
            ("settings", .object(comparedSettings(p.prioritized.config).map { ($0.key, .string($0.value)) })),
            // Each input given, by its SHA-256: the same files twice mean the change is the date's.
            ("inputs", .object(p.segmented.ledgers.map { ($0.kind.rawValue, .string($0.sha256)) })),
            // And its rows: a file with only its header is given, but gives nothing.
            ("rows", .object(p.segmented.ledgers.map { ($0.kind.rawValue, .int($0.dataRows)) })),
            (
                "marked",
                .array(
                    p.segmented.ledgers.filter { $0.rejectRate > p.prioritized.config.maxRejectRate }.map {
                        .string($0.kind.rawValue)
                    })
            ),
            // Written entry by entry: a value per entry (an object of four pairs) made a large
            // program's snapshot (19,000 segments) the longest file to make, after run.json.
            (
                "segments",
                .written(totals.count) { i, out, depth in
                    var o = out.openObject(depth: depth)
                    out.field("key", totals[i].key, in: &o)
                    out.field("demand", number: totals[i].demand, in: &o)
                    out.field("covered", number: totals[i].covered, in: &o)
                    out.field("gap", number: totals[i].gap, in: &o)
                    out.close(o)
                }
            ),
        ])
    }

    /// Settings that change no bucket's demand or coverage: what a gap is worth and when it is due, whom
    /// to ask, the plan, the report's lists and marks; the date and the scenarios. A trial read
    /// "unit_value" named as a cause of the gaps' changes.
    static let settingsNotInGaps: Set<String> = [
        "as_of", "scenarios", "urgency", "unit_value", "team_unit_values", "acceptance_rate",
        "max_reject_rate", "overuse_threshold", "idle_days", "candidates_per_target", "candidate_min_health",
        "surplus_ratio", "concentration_top", "plan_max_recruits", "plan_work_limit",
    ]

    /// The settings a run's gaps depend on, each as one line of JSON.
    static func comparedSettings(_ c: Config) -> [(key: String, value: String)] {
        Settings.all.filter { !settingsNotInGaps.contains($0.key) }.map { setting in
            // calendar_extra by its files' names: its paths move with the folder a run starts in.
            if setting.key == "calendar_extra" {
                return (setting.key, c.calendarExtra.map { PathText.lastComponent($0) }.joined(separator: "; "))
            }
            // date_order unset is compared as the month-first it was before it could be unset, so a
            // snapshot written then does not read as a changed setting.
            if setting.key == "date_order" && c.dateOrder == nil {
                return (setting.key, SettingValue.text(c.dateOrderInEffect.rawValue).json.text())
            }
            let lines = setting.value(c).json.text().split(separator: "\n")
            return (setting.key, lines.map { $0.drop(while: { $0 == " " }) }.joined())
        }
    }

    /// The segments' sums, by key (`Render.segmentKey`), in key order. Buckets are grouped by their own
    /// activity and dimensions first, and a key is made once per group, not once per bucket; groups
    /// whose keys coincide (a value written `Any`, or holding a `|`) are one segment, as the key says.
    /// The sums are added in the buckets' order, as one pass over the keys would add them.
    static func segmentTotals(_ p: StageResults) -> [HistoryEntry] {
        let gaps = p.prioritized.gaps
        // Sized for every gap: grown by doubling, its keys were rehashed at each step.
        var groupOf: [SegmentKey: Int] = [:]
        groupOf.reserveCapacity(gaps.count)
        var keys: [String] = []
        var groupOfGap: [Int] = []
        groupOfGap.reserveCapacity(gaps.count)
        for i in gaps.indices {
            let group = SegmentKey(activity: gaps[i].bucket.activity, dimensions: gaps[i].bucket.dimensions)
            if let g = groupOf[group] {
                groupOfGap.append(g)
            } else {
                groupOf[group] = keys.count
                groupOfGap.append(keys.count)
                keys.append(Render.segmentKey(activity: group.activity, group.dimensions))
            }
        }
        // The groups in key order; equal keys, side by side, are one segment.
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        var segmentOfGroup = [Int](repeating: 0, count: keys.count)
        var sums: [HistoryEntry] = []
        // A segment is written as its first bucket's key (keys equal as strings may differ in bytes).
        var firstGroup: [Int] = []
        for g in order {
            if sums.last?.key != keys[g] {
                sums.append(HistoryEntry(key: keys[g], demand: 0, covered: 0, gap: 0))
                firstGroup.append(g)
            } else if g < firstGroup[firstGroup.count - 1] {
                sums[sums.count - 1].key = keys[g]
                firstGroup[firstGroup.count - 1] = g
            }
            segmentOfGroup[g] = sums.count - 1
        }
        for i in gaps.indices {
            let k = segmentOfGroup[groupOfGap[i]]
            sums[k].demand += gaps[i].bucket.demand
            sums[k].covered += gaps[i].covered
            sums[k].gap += gaps[i].gap
        }
        return sums
    }
}
