import RefgapModel

/// Each supply entry's reasons for not being supply, in words, made once per run and shared by the
/// files that show them (run.json's contacts and near misses, the gap report's contacts not counted,
/// the priorities' cheaper moves). A 20,000-contact roster's 46,000 reasons were worded twice, each a
/// new string, on the writer's two threads at once (both waiting on one malloc lock); entries with
/// the same exclusions share one list and one joined text.
struct ExclusionReasons: Sendable {
    /// Per supply entry, in supply order: its reasons.
    let lists: [[String]]
    /// Per supply entry: its reasons joined with "; " ("" when it is supply).
    let joined: [String]

    init(_ supply: [SupplyEntry]) {
        var known: [[Exclusion]: Int] = [:]
        var distinctLists: [[String]] = [], distinctJoined: [String] = []
        var lists: [[String]] = [], joined: [String] = []
        lists.reserveCapacity(supply.count)
        joined.reserveCapacity(supply.count)
        for entry in supply {
            guard !entry.exclusions.isEmpty else {
                lists.append([])
                joined.append("")
                continue
            }
            let k: Int
            if let seen = known[entry.exclusions] {
                k = seen
            } else {
                k = distinctLists.count
                let words = entry.exclusions.map(\.reason)
                distinctLists.append(words)
                distinctJoined.append(words.joined(separator: "; "))
                known[entry.exclusions] = k
            }
            lists.append(distinctLists[k])
            joined.append(distinctJoined[k])
        }
        self.lists = lists
        self.joined = joined
    }
}
