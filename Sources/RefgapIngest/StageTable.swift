import RefgapModel

/// The opportunity export's stage table, and what it says a person should check: stages read by their
/// words or not known at all, probabilities whose scale was guessed, deals on the default probability.
package enum StageTable {
    /// One stage reading's rows in one part.
    package struct Counts: Sendable {
        var deals = 0
        var pipeline = 0.0
        var fromColumn = 0, fromStage = 0, fromDefault = 0
        var fromColumnPipeline = 0.0, fromDefaultPipeline = 0.0
        var ambiguous = 0
        var ambiguousPipeline = 0.0
        var firstAmbiguous: AmbiguousFraction? = nil
        var invalid = 0
        var invalidPipeline = 0.0

        /// `probabilityText` gives the row's probability cell as written; it is read only for the first
        /// fraction in a column of percentages (the warning's example).
        @inline(__always)
        mutating func add(_ row: OpportunityRow, deal: Bool, probabilityText: () -> String) {
            if deal { deals += 1 }
            let amount = row.amount * row.share
            pipeline += amount
            if row.probability != nil {
                fromColumn += deal ? 1 : 0
                fromColumnPipeline += amount
            } else if row.stageProbability != nil {
                fromStage += deal ? 1 : 0
            } else {
                fromDefault += deal ? 1 : 0
                fromDefaultPipeline += amount
            }
            switch row.probabilityReading {
            case .ambiguousFraction:
                ambiguous += deal ? 1 : 0
                ambiguousPipeline += amount
                if firstAmbiguous == nil, let p = row.probability {
                    firstAmbiguous = .init(line: row.line, value: p, text: probabilityText())
                }
            case .invalid:
                invalid += deal ? 1 : 0
                invalidPipeline += amount
            case .blank, .read: break
            }
        }
    }

    /// The parts' counts by slot, as tallies of the readings, largest pipeline first (then by stage).
    static func merge(_ parts: [[Counts]], readings: [StageReading]) -> [StageTally] {
        var out = readings.map { StageTally(reading: $0) }
        for counts in parts {
            for (slot, c) in counts.enumerated() where slot < out.count {
                out[slot].deals += c.deals
                out[slot].pipeline += c.pipeline
                out[slot].fromColumn += c.fromColumn
                out[slot].fromStage += c.fromStage
                out[slot].fromDefault += c.fromDefault
                out[slot].fromColumnPipeline += c.fromColumnPipeline
                out[slot].fromDefaultPipeline += c.fromDefaultPipeline
                out[slot].ambiguousFractions += c.ambiguous
                out[slot].ambiguousPipeline += c.ambiguousPipeline
                out[slot].firstAmbiguousFraction = AmbiguousFraction.earlier(
                    out[slot].firstAmbiguousFraction, c.firstAmbiguous)
                out[slot].invalidProbabilities += c.invalid
                out[slot].invalidPipeline += c.invalidPipeline
            }
        }
        // Readings met only in a first reading that was discarded have no rows.
        return out.filter { $0.deals > 0 || $0.pipeline > 0 }.sorted {
            ($0.pipeline, $1.reading.stage, $1.reading.reason) > ($1.pipeline, $0.reading.stage, $0.reading.reason)
        }
    }

    /// A whole amount with thousands separators (ingest has no report formatting).
    static func amount(_ v: Double) -> String {
        let whole = Int(v.rounded())
        let digits = String(abs(whole))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (whole < 0 ? "-" : "") + out
    }

    /// refgap.yml's `stages:` entries that name no stage of the export change nothing: one spelled
    /// near a stage that is there is warned about (a trial's `Сделка успешно` for `Сделка успешна` left
    /// its won deals open), the others noted (a config may list stages no deal is in this week).
    static func unmatchedRules(_ stages: [StageTally], config: Config, into ledger: inout InputLedger) {
        guard !config.stages.isEmpty, !stages.isEmpty else { return }
        var present: [String: StageTally] = [:]
        for t in stages where present[StageClassifier.key(t.reading.stage)] == nil {
            present[StageClassifier.key(t.reading.stage)] = t
        }
        let names = present.values.map(\.reading.stage).sorted()
        var far: [String] = []
        for rule in config.stages.keys.sorted() where present[StageClassifier.key(rule)] == nil {
            // Near by spelling alone (words in common would pair `Closed Won` with `Closed Lost`).
            let near = names.filter { Text.distance(Text.fold(rule), Text.fold($0)) <= max(2, Text.fold($0).count / 5) }
            if let name = near.first, let t = present[StageClassifier.key(name)] {
                ledger.warnings.append(
                    "refgap.yml `stages:` names \"\(rule)\", which is no stage in this export: it changes nothing. Did you mean \"\(name)\" (\(dealCount(t.deals)), \(amount(t.pipeline)) \(config.currency), read as \(t.reading.stageClass.rawValue))? Spell it as the export does."
                )
            } else {
                far.append(rule)
            }
        }
        if !far.isEmpty {
            let shown = far.prefix(8).map { "\"\($0)\"" }.joined(separator: ", ")
            ledger.notes.append(
                "refgap.yml `stages:` names \(far.count == 1 ? "a stage" : "\(far.count) stages") no deal in this export is in: \(shown)\(far.count > 8 ? " and \(far.count - 8) more" : ""); \(far.count == 1 ? "it changes" : "they change") nothing this run."
            )
        }
    }

    /// A warning for closed or won flag cells read as neither yes nor no: the stage decided those
    /// deals' class, not the flag the config or the export's header named.
    static func unreadFlags(_ stages: [StageTally], currency: String, into ledger: inout InputLedger) {
        var values: [String] = [], tallies: [String: (deals: Int, pipeline: Double, stage: String)] = [:]
        for t in stages {
            guard let v = t.reading.unreadFlag else { continue }
            if tallies[v] == nil {
                values.append(v)
                tallies[v] = (0, 0, t.reading.stage)
            }
            tallies[v]?.deals += t.deals
            tallies[v]?.pipeline += t.pipeline
        }
        guard let first = values.first, let example = tallies[first] else { return }
        let shown = values.prefix(6).compactMap { v in
            tallies[v].map { "\(v) (\(dealCount($0.deals)), \(amount($0.pipeline)) \(currency))" }
        }
        ledger.warnings.append(
            "\(values.count == 1 ? "A flag value" : "\(values.count) flag values") refgap reads as neither yes nor no: \(shown.joined(separator: ", "))\(values.count > 6 ? " and \(values.count - 6) more" : ""). The flag was not followed: each deal's stage decided whether it is open, won or lost. If the flag says these deals are closed, set their stages in refgap.yml, e.g. `stages: {\(yamlKey(example.stage)): lost}`, or name another column under `columns:`."
        )
    }

    static func percent(_ part: Double, of whole: Double) -> String {
        whole > 0 ? String(format1: 100 * part / whole) + "%" : "0%"
    }

    /// Notes and warnings on the stage readings that were guesses, and on the probabilities.
    /// `readAsFractions`: the probability column's scale was guessed as fractions (no `%`, nothing over 1).
    static func note(
        _ stages: [StageTally], config: Config, probabilityColumn: String?, readAsFractions: Bool,
        into ledger: inout InputLedger
    ) {
        let currency = config.currency
        let open = stages.filter { $0.reading.stageClass == .open }
        let openPipeline = open.reduce(0) { $0 + $1.pipeline }
        func list(_ ts: [StageTally]) -> String {
            let shown = ts.prefix(8).map {
                "\"\($0.reading.stage)\" (\(dealCount($0.deals)), \(amount($0.pipeline)) \(currency))"
            }
            return shown.joined(separator: ", ") + (ts.count > 8 ? " and \(ts.count - 8) more" : "")
        }
        let unknown = stages.filter { $0.reading.guessed && $0.reading.stageClass == .open }
        if !unknown.isEmpty {
            let deals = unknown.reduce(0) { $0 + $1.deals }, pipeline = unknown.reduce(0) { $0 + $1.pipeline }
            ledger.warnings.append(
                "\(unknown.count) stage\(unknown.count == 1 ? "" : "s") refgap does not know \(unknown.count == 1 ? "was" : "were") read as open pipeline: \(list(unknown))\(unknown.count > 1 ? "; \(dealCount(deals)), \(amount(pipeline)) \(currency)" : ""). If any is closed, say so in refgap.yml, e.g. `stages: {\(yamlKey(unknown[0].reading.stage)): lost}` (or `{class: open, probability: 80}` to give an open stage its probability)."
            )
        }
        let overruled = stages.filter { $0.reading.stageSaysClosed != nil }
        if !overruled.isEmpty {
            let deals = overruled.reduce(0) { $0 + $1.deals }, pipeline = overruled.reduce(0) { $0 + $1.pipeline }
            ledger.warnings.append(
                "\(overruled.count) stage\(overruled.count == 1 ? "" : "s") that say\(overruled.count == 1 ? "s" : "") closed \(overruled.count == 1 ? "was" : "were") read as open because the closed flag column says open: \(list(overruled))\(overruled.count > 1 ? "; \(dealCount(deals)), \(amount(pipeline)) \(currency) in all" : ""), counted as open pipeline. If they are closed, correct the flag in the CRM, or set e.g. `stages: {\(yamlKey(overruled[0].reading.stage)): \(overruled[0].reading.stageSaysClosed?.rawValue ?? "lost")}` in refgap.yml."
            )
        }
        unreadFlags(stages, currency: currency, into: &ledger)
        unmatchedRules(stages, config: config, into: &ledger)
        let byWords = stages.filter { $0.reading.guessed && $0.reading.stageClass != .open }
        if !byWords.isEmpty {
            let deals = byWords.reduce(0) { $0 + $1.deals }, pipeline = byWords.reduce(0) { $0 + $1.pipeline }
            let shown = byWords.prefix(8).map { "\"\($0.reading.stage)\" → \($0.reading.stageClass.rawValue)" }.joined(
                separator: ", ")
            ledger.notes.append(
                "\(byWords.count) stage\(byWords.count == 1 ? " was" : "s were") classed by \(byWords.count == 1 ? "its" : "their") words: \(shown)\(byWords.count > 8 ? " and \(byWords.count - 8) more" : ""); \(dealCount(deals)), \(amount(pipeline)) \(currency) set aside as closed. `stages:` in refgap.yml overrides, e.g. `stages: {\(yamlKey(byWords[0].reading.stage)): open}`."
            )
        }
        let column = probabilityColumn.map { " (\($0))" } ?? ""
        let fromColumn = open.reduce(0) { $0 + $1.fromColumn }
        if readAsFractions && config.probabilityScale == nil && fromColumn > 0 {
            let pipeline = open.reduce(0) { $0 + $1.fromColumnPipeline }
            ledger.notes.append(
                "The probability column\(column) has no % and nothing over 1: its values were read as fractions (0.75 → 75%) for \(dealCount(fromColumn, open: true)) (\(percent(pipeline, of: openPipeline)) of open pipeline, \(amount(pipeline)) \(currency)). If they are percentages (0.75 meaning 0.75%), set `probability_scale: percent`."
            )
        }
        // Open deals only: a won or lost deal's probability is never used (a trial's warning counted 18
        // fractions and 6,735,000 USD where 11 open deals and 4,035,000 USD were read so).
        let ambiguous = open.reduce(0) { $0 + $1.ambiguousFractions }
        if ambiguous > 0 {
            let pipeline = open.reduce(0) { $0 + $1.ambiguousPipeline }
            // The example is the file's own first one (with its line), not a made-up 0.75 the reader
            // would look for in vain.
            let example = open.reduce(nil) { AmbiguousFraction.earlier($0, $1.firstAmbiguousFraction) }
            let such = example.map { "\($0.text) (line \($0.line))" } ?? "0.75"
            let reading = example.map { "\($0.text) → \(percent($0.value, of: 1))" } ?? "0.75 → 75%"
            ledger.warnings.append(
                "\(ambiguous == 1 ? "1 probability" : "\(ambiguous) probabilities") such as \(such) \(ambiguous == 1 ? "stands" : "stand") in a column of percentages\(column): read as \(ambiguous == 1 ? "a fraction" : "fractions") (\(reading)), on \(amount(pipeline)) \(currency) of open pipeline, whatever the close date. If they really are under 1%, set `probability_scale: percent`."
            )
        }
        // Open deals only, as the fractions above: a trial's validate said 11 here and 9 in the stage
        // table, two of them won or lost deals whose probability is never used.
        let invalid = open.reduce(0) { $0 + $1.invalidProbabilities }
        if invalid > 0 {
            let pipeline = open.reduce(0) { $0 + $1.invalidPipeline }
            ledger.warnings.append(
                "\(invalid == 1 ? "1 probability is" : "\(invalid) probabilities are") not a number within 0–100% and \(invalid == 1 ? "was" : "were") not used, on \(amount(pipeline)) \(currency) of open pipeline: the stage's probability (or default_probability \(config.defaultProbability)) stands in."
            )
        }
        // A probability refgap.yml gives a stage is for its deals without one: where each has its own in
        // the column, it changed nothing, though the assumptions table lists it as changed (a trial
        // read its 80% as applied).
        let unused = open.filter {
            $0.reading.probabilityFromConfig && $0.fromStage == 0 && $0.fromColumn > 0
        }
        if !unused.isEmpty {
            let shown = unused.prefix(8).map {
                "\"\($0.reading.stage)\" \(percent($0.reading.probability ?? 0, of: 1)), used by none of its \(dealCount($0.deals))"
            }
            ledger.warnings.append(
                "refgap.yml gives \(unused.count == 1 ? "a stage a probability" : "\(unused.count) stages probabilities") that changed nothing: \(shown.joined(separator: "; "))\(unused.count > 8 ? "; and \(unused.count - 8) more" : ""). Each of \(unused.count == 1 ? "its" : "their") deals has its own in the probability column\(column), which comes first; a stage's probability is for deals whose cell is blank."
            )
        }
        // A CRM's default probability for a stage (Salesforce's, HubSpot's default pipeline) is a guess
        // about this CRM: its admins may have changed them, and the export does not say (a trial's
        // HubSpot deals all took them, unmarked).
        let builtIn = open.filter {
            $0.fromStage > 0 && $0.reading.probabilitySource != nil && !$0.reading.probabilityFromConfig
        }
        if !builtIn.isEmpty {
            let deals = builtIn.reduce(0) { $0 + $1.fromStage }
            let pipeline = builtIn.reduce(0) { $0 + $1.pipeline - $1.fromColumnPipeline - $1.fromDefaultPipeline }
            let shown = builtIn.prefix(3).map {
                "\"\($0.reading.stage)\" \(percent($0.reading.probability ?? 0, of: 1))"
            }
            let sources = Set(builtIn.compactMap { $0.reading.probabilitySource?.components(separatedBy: " (").first })
            let first = builtIn[0]
            let its = deals == 1 ? "its" : "their"
            ledger.notes.append(
                "\(dealCount(deals, open: true)) (\(percent(pipeline, of: openPipeline)) of open pipeline, \(amount(pipeline)) \(currency)) took \(its) stage's probability from refgap's built-in table (\(sources.sorted().joined(separator: "; ")): \(shown.joined(separator: ", "))\(builtIn.count > 3 ? " and \(builtIn.count - 3) more" : "")), having none of \(its) own in the export. If your CRM's stages carry other probabilities, set them, e.g. `stage_probabilities: {\(yamlKey(first.reading.stage)): \(Int(((first.reading.probability ?? 0.5) * 100).rounded()))}`, or export the probability column."
            )
        }
        let defaulted = open.reduce(0) { $0 + $1.fromDefault }
        if defaulted > 0 {
            let pipeline = open.reduce(0) { $0 + $1.fromDefaultPipeline }
            let share = openPipeline > 0 ? pipeline / openPipeline : 0
            let text =
                "\(dealCount(defaulted, open: true)) (\(percent(pipeline, of: openPipeline)) of open pipeline, \(amount(pipeline)) \(currency)) \(defaulted == 1 ? "has" : "have") no probability from the column or their stage: default_probability \(config.defaultProbability) is used. Give their stages a probability with `stage_probabilities: {<stage>: 60}`."
            if share > 0.02 { ledger.warnings.append(text) } else { ledger.notes.append(text) }
        }
    }

    /// Notes on repeated rows.
    static func note(_ d: DuplicateDeals.Resolution, currency: String, into ledger: inout InputLedger) {
        if d.duplicates > 0 {
            ledger.notes.append(
                "\(d.duplicates) row\(d.duplicates == 1 ? " was" : "s were") identical to an earlier row and set aside as \(d.duplicates == 1 ? "a duplicate" : "duplicates"), not counted twice: \(setAside(d.duplicatePipeline, open: d.duplicateOpen, currency))."
            )
        }
        if d.lineItemDeals > 0 {
            let priced =
                d.pricedLineItemDeals > 0
                ? " (\(d.pricedLineItemDeals) of them priced per line, with different amounts and products, \(amount(d.pricedLineItemPipeline)) \(currency) of pipeline in all: the deal's amount is their sum, its demand split by each line's price; rows of one id modified apart, or differing in no product, quantity or price, are read as versions instead)"
                : ""
            // Without an id the grouping is a guess from the cells: said, with what would settle it.
            let nameless =
                d.namelessLineItemDeals > 0
                ? " \(d.namelessLineItemDeals == d.lineItemDeals ? "They have" : "\(d.namelessLineItemDeals) of them have") no id: their rows are the same in every cell but the product, quantity, price and amount columns, so they were read as one deal's lines (two deals alike in every other cell would be read as one). Export the opportunity's id (Opportunity ID) to settle it."
                : ""
            ledger.notes.append(
                "\(dealCount(d.lineItemDeals)) came as \(d.lineItemRows) rows sharing their id, stage and close date (line items, one per product, as an Opportunities with Products report writes them)\(priced): each deal counts once, its amount once, its demand split evenly over its rows where they repeat the deal's amount.\(nameless)"
            )
        }
        if !d.conflicts.isEmpty {
            let shown = d.conflicts.prefix(20).joined(separator: "; ")
            let hasModified = ledger.header(readAs: "last_modified") != nil
            let advice =
                hasModified
                ? "The row with the latest Last Modified was kept where the dates tell; export one row per deal to leave nothing to choose."
                : "Export one row per deal, or include a Last Modified Date column to say which is current."
            ledger.warnings.append(
                "\(d.conflicts.count) deal\(d.conflicts.count == 1 ? " appears" : "s appear") more than once with the same id and different values (\(d.superseded) row\(d.superseded == 1 ? "" : "s") set aside, \(setAside(d.supersededPipeline, open: d.supersededOpen, currency))): \(shown)\(d.conflicts.count > 20 ? "; and \(d.conflicts.count - 20) more" : ""). \(advice)"
            )
        }
    }

    /// The amount of rows set aside: "280,000 USD of pipeline" when all were open, else what of it
    /// was ("280,000 USD, none of it open pipeline").
    static func setAside(_ total: Double, open: Double, _ currency: String) -> String {
        if open == total { return "\(amount(total)) \(currency) of pipeline" }
        if open == 0 { return "\(amount(total)) \(currency), none of it open pipeline" }
        return "\(amount(total)) \(currency), \(amount(open)) \(currency) of it open pipeline"
    }

    /// "1 deal", "12 deals" ("1 open deal" with `open`).
    static func dealCount(_ n: Int, open: Bool = false) -> String {
        "\(n) \(open ? "open " : "")deal\(n == 1 ? "" : "s")"
    }

    /// A stage as a key in a YAML flow mapping.
    static func yamlKey(_ s: String) -> String {
        s.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" } ? s : Text.yamlQuote(s)
    }
}

extension String {
    /// One decimal: `12.5`.
    init(format1 v: Double) {
        let r = (v * 10).rounded() / 10
        self = r == r.rounded() ? String(Int(r)) : String(r)
    }
}
