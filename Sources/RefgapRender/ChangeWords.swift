import RefgapIngest
import RefgapModel

/// A change in a segment's gap since the last run, in words.
enum ChangeWords {
    /// `the gap in Reference call · Healthcare · … grew by 4.2 references (from 1 to 5.2)`.
    static func movement(segment: String, then: Double, now: Double) -> String {
        if then < 0.05 { return "a new gap of \(Format.refs(now)) references in \(segment)" }
        if now < 0.05 { return "the gap in \(segment) closed (it was \(Format.refs(then)))" }
        let delta = now - then
        return
            "the gap in \(segment) \(delta > 0 ? "grew" : "shrank") by \(Format.refs(abs(delta))) references (from \(Format.refs(then)) to \(Format.refs(now)))"
    }

    /// The three biggest movements as one sentence; nil when nothing moved.
    static func biggest(_ changes: [(segment: String, then: Double, now: Double)], since: String) -> String? {
        guard !changes.isEmpty else { return nil }
        let words = changes.prefix(3).map { movement(segment: $0.segment, then: $0.then, now: $0.now) }
        let first = words[0].prefix(1).uppercased() + words[0].dropFirst()
        return "Biggest movements since \(since): " + ([first] + words.dropFirst()).joined(separator: "; ") + "."
    }
}

extension ChangeWords {
    /// What keeps the comparison from being like for like, in words: settings that differ (the
    /// windows above all), an input given to one run and not the other, and inputs the earlier run
    /// had over max_reject_rate. Empty for a snapshot written before these were kept.
    static func notLikeForLike(_ previous: PreviousRun, now p: StageResults) -> [String] {
        var words: [String] = []
        guard let settingsThen = previous.settings else {
            // The first run after an upgrade: said, rather than taken for like for like.
            return [
                "That run's snapshot was written by an earlier refgap, which kept neither its settings nor its inputs: whether they differ from this run's is not known."
            ]
        }
        let differing = MachineReadableFiles.comparedSettings(p.prioritized.config).filter { setting in
            settingsThen[setting.key].map { $0 != setting.value } ?? false
        }.map(\.key)
        if !differing.isEmpty {
            let windows =
                differing.contains("windows")
                ? " Its windows were not this run's, so its totals cover another horizon." : ""
            words.append(
                "The settings differ from that run's: \(differing.joined(separator: ", ")) (run.json's config has this run's). Part of these changes comes from the settings, not from the program.\(windows)"
            )
        }
        if let then = previous.inputs {
            let now = Dictionary(
                p.segmented.ledgers.map { ($0.kind.rawValue, $0.sha256) }, uniquingKeysWith: { a, _ in a })
            for kind in InputKind.allCases.map(\.rawValue) where (then[kind] == nil) != (now[kind] == nil) {
                words.append(
                    then[kind] != nil
                        ? "That run had \(kind).csv and this one has none: what it filled in or added is not here."
                        : "This run has \(kind).csv and that one had none: what it fills in or adds is new here.")
            }
            // A file given with only its header gives nothing (a trial's empty accounts export read as
            // a -12.7 "improvement").
            let rowsThen = previous.rows ?? [:]
            let rowsNow = Dictionary(
                p.segmented.ledgers.map { ($0.kind.rawValue, $0.rowsRead) }, uniquingKeysWith: { a, _ in a })
            for kind in InputKind.allCases.map(\.rawValue) where then[kind] != nil && now[kind] != nil {
                if rowsNow[kind] == 0, let before = rowsThen[kind], before > 0 {
                    words.append(
                        "This run's \(kind).csv has no rows (that run's had \(before)): what it gave is not here.")
                } else if rowsThen[kind] == 0, let count = rowsNow[kind], count > 0 {
                    words.append(
                        "That run's \(kind).csv had no rows (this run's has \(count)): what it gives is new here.")
                }
            }
            // A trial's week with byte-identical inputs listed 43 changed segments and said nothing of why.
            // (Not with calendar_extra: its files' contents are not kept.)
            if then == now && p.prioritized.config.calendarExtra.isEmpty {
                words.append(
                    "The inputs are the same files as that run's (by SHA-256): what moved, moved with the date (deals closing, passing their close date or entering the horizon; contacts going stale, resting or on renewal caution)\(words.isEmpty ? "" : " or the settings")."
                )
            }
        }
        if let marked = previous.marked, !marked.isEmpty {
            words.append(
                "That run rejected more rows than max_reject_rate in \(marked.map { "\($0).csv" }.joined(separator: " and ")): what it left out may show here as a change."
            )
        }
        return words
    }
}
