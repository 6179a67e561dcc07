import RefgapIngest
import RefgapModel

/// The commented refgap.yml that `refgap init` writes: every default, and the mappings it detected.
public enum ConfigTemplate {
    public static func text(ingested: Pipeline.Ingested, config: Config) -> String {
        text(ledgers: ingested.ledgers, missing: [], config: config)
    }

    /// As above, from the inputs' ledgers (or a first look at them), with a commented placeholder
    /// line for each required column not recognised, naming the best candidate by its values.
    public static func text(ledgers: [InputLedger], missing: [ColumnSurvey], config: Config) -> String {
        let d = Config()
        var lines: [String] = [
            "# refgap configuration. Every key is optional: the values below are the defaults unless noted.",
            "# Written by `refgap init`; edit freely. `refgap run --set key=value` overrides one value for a run.",
            "",
            "# The date to plan from (default: today).",
            config.asOf.map { "as_of: \($0)" } ?? "# as_of: 2026-11-24",
            "",
            "# Window boundaries in days from the as-of date; the last one is the horizon.",
            "windows: [\(d.windows.map(String.init).joined(separator: ", "))]",
            "# Deals and needs dated before the as-of date: exclude (listed in data quality) or include (in the first window).",
            "overdue: \(d.overdue.rawValue)",
            "# Share of deals that ask for references, and references per deal (more at or above large_deal_amount).",
            "reference_rate: \(d.referenceRate)",
            "large_deal_amount: \(Int(d.largeDealAmount))",
            "large_deal_references: \(Int(d.largeDealReferences))",
            "# Win probability when the export has none and the stage has no known default.",
            "default_probability: \(d.defaultProbability)",
            "# What a stage means in your CRM, over every column and built-in label (the report's stage table",
            "# shows how each stage was read): open, won or lost, and optionally an open stage's probability.",
            "# stages: {Verbal commit: {class: open, probability: 80}, Won - Signed: won, Disqualified: lost}",
            "# Plain probabilities (75 or 0.75) as percent or fraction; unset: decided per column from its values.",
            "# probability_scale: percent",
            "# Roster: verified within this many days counts; uses per quarter when the roster has no column.",
            "verify_within_days: \(d.verifyWithinDays)",
            "max_uses_per_quarter: \(d.maxUsesPerQuarter)",
            "# Contacts whose account renews within this many days are not asked (renewal caution).",
            "renewal_caution_days: \(d.renewalCautionDays)",
            "# Priority = value × urgency (per window) × growth-goal weight; a calendar slot is worth unit_value.",
            "urgency: [\(d.urgency.map { String($0) }.joined(separator: ", "))]",
            "unit_value: \(Int(d.unitValue))",
            "# team_unit_values: {Analyst Relations: 50000}",
            "# One in three customers asked says yes.",
            "acceptance_rate: \(d.acceptanceRate)",
            "# Over this share of an input's rows rejected, reports are marked and the exit code is 3.",
            "max_reject_rate: \(d.maxRejectRate)",
            "# Dates like 03/04/2026 that no value in their column settles: month-first or day-first.",
            "date_order: \(config.dateOrder.rawValue)",
            "currency: \(config.currency)",
            "# currency_rates: {EUR: 1.08, GBP: 1.27}   # \(config.currency) per unit of each",
            "dimensions: [\(config.dimensions.joined(separator: ", "))]",
            "# The recruiting plan adds at most this many hypothetical recruits.",
            "plan_max_recruits: \(d.planMaxRecruits)",
            "# Calendar files whose needs are added to calendar.csv (same columns), e.g. a launch's:",
            "# calendar_extra: launch-calendar.csv",
            "",
            "# Scenarios run beside this config on the same inputs, shown side by side in the gap report;",
            "# each changes settings as --set would (refgap run --scenario NAME key=value ... adds one).",
            "# scenarios:",
            "#   - name: Stricter usage cap",
            "#     set: {max_uses_per_quarter: 3}",
            "#   - name: Lower reference rate",
            "#     set: {reference_rate: 0.5}",
            "#   - name: Spring launch",
            "#     set: {calendar_extra: launch-calendar.csv}",
            "",
            "# Segments to grow, weighted in the priorities:",
            "# growth_goals:",
            "#   - name: Mid-market healthcare in the Midwest on Cloud Platform",
            "#     weight: 2",
            "#     criteria: {industry: Healthcare, region: US-Midwest, product: Cloud Platform, size: Mid-Market}",
            "",
            "# Columns refgap recognised in your files (logical field: header). Change a header here if it guessed wrong.",
            "columns:",
        ]
        for l in ledgers {
            // A mapping with no line under it would read as null: written as an empty one.
            lines.append("  \(l.kind.rawValue):\(l.mapping.isEmpty ? " {}" : "")   # " + comment("\(l.path): \(l.dialect ?? "generic CSV"), \(l.encoding), delimiter \(l.delimiter)"))
            for m in l.mapping { lines.append("    \(m.field): \(Text.yamlQuote(m.header))") }
            for m in missing.first(where: { $0.kind == l.kind })?.missing ?? [] {
                if let candidate = m.candidate {
                    lines.append("    # \(m.field.key): " + comment(Text.yamlQuote(candidate)) + "   # REQUIRED and not recognised; the best candidate by its values (" + comment(m.why ?? "") + "). Uncomment this line if it is right, or name the right column.")
                } else {
                    lines.append("    # \(m.field.key): \"Your column\"   # REQUIRED and not recognised, and no column looks like it: name the column that holds the \(m.field.label).")
                }
            }
            if !l.unmappedHeaders.isEmpty {
                lines.append("    # not used: " + comment(l.unmappedHeaders.map { Clip.text($0) }.joined(separator: ", ")))
            }
            for n in l.notes { lines.append("    # " + comment(n)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text for a `#` comment: kept on its line (a header with a line break must not start a new key).
    static func comment(_ s: String) -> String { Terminal.visible(s, oneLine: true) }
}
