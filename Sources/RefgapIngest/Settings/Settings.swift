import RefgapModel

/// Every key refgap.yml takes, in the order `refgap init`, the gap report and run.json list them. A new
/// setting is a `Config` property (with its default) and an entry in `planning`, `reading` or
/// `currencies` (their own files) or `reporting`; `make docs` makes docs/settings.md, a test checks every printer shows it.
package enum Settings {
    package static let all: [Setting] = planning + reading + currencies + reporting

    /// The plan's horizon, windows, weights and limits.
    static let planning: [Setting] = [
        Setting(
            "as_of", "date, YYYY-MM-DD", "The date to plan from.", unset: "today",
            read: { c, n, r in
                guard let s = n.string, let d = Day(iso: s) else {
                    throw r.fail(n, "as_of must be a date written YYYY-MM-DD, like 2026-11-24")
                }
                c.asOf = d
            },
            value: { c in c.asOf.map { .text("\($0)") } ?? .unset },
            initComment: ["# The date to plan from (default: today)."], initExample: { _ in ["2026-11-24"] },
            initWrites: .valueInEffect),
        Setting(
            "windows", "increasing day counts",
            "Window boundaries in days from the as-of date; the last one is the horizon.",
            read: { c, n, r in
                let v = try r.ints(n, "windows")
                guard !v.isEmpty, v.allSatisfy({ $0 > 0 }), zip(v, v.dropFirst()).allSatisfy({ $0 < $1 }) else {
                    throw r.fail(n, "windows must be increasing day counts, like [60, 90, 120]")
                }
                c.windows = v
            },
            value: { c in .list(c.windows.map { .int($0) }) },
            initComment: ["", "# Window boundaries in days from the as-of date; the last one is the horizon."]),
        Setting(
            "overdue", "exclude or include",
            "Deals and needs dated before the as-of date: exclude (listed in data quality) or include (in the first window).",
            read: { c, n, r in c.overdue = try r.choice(n, "overdue") },
            value: { c in .text(c.overdue.rawValue) }),
        Setting(
            "reference_rate", "number 0–1", "Share of deals that ask for references.",
            read: { c, n, r in c.referenceRate = try r.number(n, "reference_rate", 0...1) },
            value: { c in .number(c.referenceRate) },
            initComment: [
                "# Share of deals that ask for references, and references per deal (more at or above large_deal_amount)."
            ]),
        Setting(
            "large_deal_amount", "amount", "Deals of at least this amount ask for large_deal_references references.",
            read: { c, n, r in c.largeDealAmount = try r.number(n, "large_deal_amount", 0...1e15) },
            value: { c in .number(c.largeDealAmount) }, initComment: []),
        Setting(
            "large_deal_references", "number 0–100",
            "References a deal of at least large_deal_amount asks for (other deals ask for one).",
            read: { c, n, r in c.largeDealReferences = try r.number(n, "large_deal_references", 0...100) },
            value: { c in .number(c.largeDealReferences) }, initComment: []),
        Setting(
            "default_probability", "number 0–1",
            "Win probability when the export has none and the stage has no known default.",
            read: { c, n, r in c.defaultProbability = try r.number(n, "default_probability", 0...1) },
            value: { c in .number(c.defaultProbability) }),
        Setting(
            "stage_probabilities", "stage: probability (0–1 or 0–100)",
            "Win probability per stage, over the built-in Salesforce and HubSpot defaults.",
            unset: "built-in defaults",
            read: { c, n, r in
                c.stageProbabilities = try r.map(n, "stage_probabilities") { v in
                    let p = try r.number(v, "a stage probability", 0...100)
                    return p > 1 ? p / 100 : p
                }
            },
            value: { c in .sorted(c.stageProbabilities) { .number($0) } },
            initExample: { _ in ["{Negotiation: 80, Proposal: 50}"] }),
        Setting(
            "stages", "stage: open, won or lost, or {class, probability}",
            "What a stage means in your CRM, over every column and built-in label: open, won or lost, and optionally an open stage's probability.",
            unset: "by the stage table",
            read: { c, n, r in c.stages = try r.map(n, "stages") { v in try r.stageRule(v) } },
            value: { c in
                .sorted(c.stages) { rule in
                    .map([
                        .init("class", .text(rule.stageClass.rawValue)),
                        .init("probability", rule.probability.map { .number($0) } ?? .unset),
                    ])
                }
            },
            initComment: [
                "# What a stage means in your CRM, over every column and built-in label (the report's stage table",
                "# shows how each stage was read): open, won or lost, and optionally an open stage's probability.",
            ],
            initExample: { _ in
                ["{Verbal commit: {class: open, probability: 80}, Won - Signed: won, Disqualified: lost}"]
            },
            rows: { c in
                c.stages.sorted { $0.key < $1.key }.map { stage, rule in
                    let shown: SettingValue =
                        rule.probability.map {
                            .phrase([.text(rule.stageClass.rawValue + ", probability "), .percent($0)])
                        }
                        ?? .text(rule.stageClass.rawValue)
                    return SettingRow("stages.\(stage)", shown, default: .text("by the stage table"))
                }
            }),
        Setting(
            "probability_scale", "percent or fraction", "How plain probabilities (75 or 0.75) are read.",
            unset: "per column",
            read: { c, n, r in c.probabilityScale = try r.choice(n, "probability_scale") },
            value: { c in c.probabilityScale.map { .text($0.rawValue) } ?? .unset },
            initComment: [
                "# Plain probabilities (75 or 0.75) as percent or fraction; unset: decided per column from its values."
            ],
            initExample: { _ in ["percent"] }),
        Setting(
            "default_activity", "text",
            "The activity of a deal's references, and of a calendar need whose activity is blank or any.",
            read: { c, n, r in c.defaultActivity = try r.text(n, "default_activity") },
            value: { c in .text(c.defaultActivity) }),
        Setting(
            "verify_within_days", "day count",
            "A contact verified within this many days counts as supply; verified longer ago, stale.",
            read: { c, n, r in c.verifyWithinDays = try r.int(n, "verify_within_days") },
            value: { c in .int(c.verifyWithinDays) },
            initComment: [
                "# Roster: verified within this many days counts; uses per quarter when the roster has no column."
            ]),
        Setting(
            "max_uses_per_quarter", "whole number 0–1000",
            "Uses per quarter a contact can give, when the roster has no column for it.",
            read: { c, n, r in c.maxUsesPerQuarter = try r.int(n, "max_uses_per_quarter", 0...1_000) },
            value: { c in .int(c.maxUsesPerQuarter) }, initComment: []),
        Setting(
            "renewal_caution_days", "day count",
            "Contacts whose account renews within this many days are not asked (renewal caution).",
            read: { c, n, r in c.renewalCautionDays = try r.int(n, "renewal_caution_days") },
            value: { c in .int(c.renewalCautionDays) }),
        Setting(
            "urgency", "numbers, one per window",
            "Weight of a gap in each window, nearest first: priority = value × urgency × growth-goal weight.",
            read: { c, n, r in
                guard let seq = n.sequence else {
                    throw r.fail(n, "urgency must be a list of numbers, one per window, like [1.0, 0.75, 0.5]")
                }
                c.urgency = try seq.map { try r.number($0, "urgency", 0...1000) }
            },
            value: { c in .list(c.urgency.map { .number($0) }) },
            initComment: [
                "# Priority = value × urgency (per window) × growth-goal weight; a calendar slot is worth unit_value."
            ],
            // Written with decimals (1.0), as the weights they are.
            initText: { c in "[" + c.urgency.map { String($0) }.joined(separator: ", ") + "]" }),
        Setting(
            "unit_value", "amount", "What one calendar reference slot is worth, for priorities.",
            read: { c, n, r in c.unitValue = try r.number(n, "unit_value", 0...1e15) },
            value: { c in .number(c.unitValue) }, initComment: []),
        Setting(
            "team_unit_values", "team: amount",
            "What one calendar slot is worth for a team (matched ignoring case), over unit_value.",
            unset: "unit_value for every team",
            read: { c, n, r in
                c.teamUnitValues = try r.map(n, "team_unit_values") {
                    try r.number($0, "a team's unit value", 0...1e15)
                }
            },
            value: { c in .sorted(c.teamUnitValues) { .number($0) } },
            initComment: [], initExample: { _ in ["{Analyst Relations: 50000}"] },
            rows: { c in
                c.teamUnitValues.sorted { $0.key < $1.key }.map {
                    SettingRow("team_unit_values.\($0.key)", .number($0.value), default: .number(c.unitValue))
                }
            }),
        Setting(
            "acceptance_rate", "number 0.01–1",
            "Share of customers asked who say yes: customers to approach = recruits ÷ acceptance rate.",
            read: { c, n, r in
                let v = try r.number(n, "acceptance_rate", 0...1)
                guard v >= 0.01 else {
                    throw r.fail(n, "acceptance_rate must be at least 0.01, one in a hundred (one in three is 0.33)")
                }
                c.acceptanceRate = v
            },
            value: { c in .number(c.acceptanceRate) },
            initComment: ["# One in three customers asked says yes."]),
        Setting(
            "max_reject_rate", "number 0–1",
            "Over this share of an input's rows rejected, reports are marked and the exit code is 3.",
            read: { c, n, r in c.maxRejectRate = try r.number(n, "max_reject_rate", 0...1) },
            value: { c in .number(c.maxRejectRate) }),
    ]

    /// The rest, after `currencies`.
    static let reporting: [Setting] = [
        Setting(
            "dimensions", "list of dimension names", "The dimensions demand and supply are matched on.",
            read: { c, n, r in
                guard let seq = n.sequence, !seq.isEmpty else {
                    throw r.fail(n, "dimensions must be a list, like [industry, region, product, size]")
                }
                c.dimensions = try seq.map { try r.text($0, "a dimension").lowercased() }
            },
            value: { c in .list(c.dimensions.map { .text($0) }) }, initComment: [], initWrites: .valueInEffect),
        Setting(
            "size_bands", "three increasing employee counts",
            "Employee counts where Mid-Market, Enterprise and Strategic start.",
            read: { c, n, r in
                let v = try r.ints(n, "size_bands", 0...1_000_000_000)
                guard v.count == 3, zip(v, v.dropFirst()).allSatisfy({ $0 < $1 }) else {
                    throw r.fail(
                        n,
                        "size_bands must be the employee counts where Mid-Market, Enterprise and Strategic start, like [100, 1000, 10000]"
                    )
                }
                c.sizeBands = v
            },
            value: { c in .list(c.sizeBands.map { .int($0) }) }),
        Setting(
            "overuse_threshold", "number 0–1",
            "A contact whose load reaches this share of their capacity is at risk of overuse.",
            read: { c, n, r in c.overuseThreshold = try r.number(n, "overuse_threshold", 0...1) },
            value: { c in .number(c.overuseThreshold) }),
        Setting(
            "idle_days", "day count", "An eligible contact not needed and not used for this many days is idle.",
            read: { c, n, r in c.idleDays = try r.int(n, "idle_days") },
            value: { c in .int(c.idleDays) }),
        Setting(
            "candidates_per_target", "whole number 0–1000",
            "Customers from the accounts export named per recruiting target.",
            read: { c, n, r in c.candidatesPerTarget = try r.int(n, "candidates_per_target", 0...1_000) },
            value: { c in .int(c.candidatesPerTarget) }),
        Setting(
            "candidate_min_health", "number 0–100",
            "The least account health for a customer to be named as a candidate.",
            read: { c, n, r in c.candidateMinHealth = try r.number(n, "candidate_min_health", 0...100) },
            value: { c in .number(c.candidateMinHealth) }),
        Setting(
            "surplus_ratio", "number 1–1000", "Supply at least this many times demand in a segment is a surplus.",
            read: { c, n, r in c.surplusRatio = try r.number(n, "surplus_ratio", 1...1000) },
            value: { c in .number(c.surplusRatio) }),
        Setting(
            "concentration_top", "whole number 0–100000",
            "How many of the busiest contacts the concentration share counts.",
            read: { c, n, r in c.concentrationTop = try r.int(n, "concentration_top", 0...100_000) },
            value: { c in .int(c.concentrationTop) }),
        Setting(
            "plan_max_recruits", "whole number 0–100000",
            "The recruiting plan adds at most this many hypothetical recruits.",
            read: { c, n, r in c.planMaxRecruits = try r.int(n, "plan_max_recruits", 0...100_000) },
            value: { c in .int(c.planMaxRecruits) }),
        Setting(
            "plan_work_limit", "whole number 0–1000000000000 (0: no limit)",
            "The most searching the recruiting plan may do (about 10 million a second): a plan that reaches it stops early, keeps the recruits it has chosen and says so.",
            read: { c, n, r in c.planWorkLimit = try r.int(n, "plan_work_limit", 0...1_000_000_000_000) },
            value: { c in .int(c.planWorkLimit) }),
        Setting(
            "calendar_extra", "file or list of files",
            "Calendar files whose needs are added to calendar.csv (same columns), e.g. a launch's.",
            unset: "",
            read: { c, n, r in
                c.calendarExtra = try (n.sequence ?? [n]).map { try r.calendarFile($0) }
            },
            value: { c in .list(c.calendarExtra.map { .text($0) }) },
            initComment: ["# Calendar files whose needs are added to calendar.csv (same columns), e.g. a launch's:"],
            initExample: { _ in ["launch-calendar.csv"] }),
        Setting(
            "scenarios", "list of {name, set: {key: value}}",
            "Named variants of this config, run beside it on the same inputs and shown side by side in the gap report; each changes settings as --set would.",
            read: { c, n, r in try ConfigLoader.readScenarios(n, into: &c, r) },
            value: { c in
                .list(
                    c.scenarios.map { sc in
                        .map([.init("name", .text(sc.name)), .init("set", .list(sc.settings.map { .text($0) }))])
                    })
            },
            initComment: [
                "", "# Scenarios run beside this config on the same inputs, shown side by side in the gap report;",
                "# each changes settings as --set would (refgap run --scenario NAME key=value ... adds one).",
            ],
            initExample: { _ in
                [
                    "", "  - name: Stricter usage cap", "    set: {max_uses_per_quarter: 3}",
                    "  - name: Lower reference rate",
                    "    set: {reference_rate: 0.5}", "  - name: Spring launch",
                    "    set: {calendar_extra: launch-calendar.csv}",
                ]
            },
            rows: { c in
                c.scenarios.map {
                    SettingRow(
                        "scenario", .text("\($0.name): " + $0.settings.joined(separator: ", ")), default: .text("none"))
                }
            }),
        Setting(
            "growth_goals", "list of {name, weight, criteria}", "Segments to grow, weighted up in the priorities.",
            read: { c, n, r in
                guard let seq = n.sequence else {
                    throw r.fail(n, "growth_goals must be a list of goals, each with name, weight and criteria")
                }
                c.growthGoals = try seq.map { goal in
                    let fields = try r.mapping(goal, "a growth goal", allowed: ["name", "weight", "criteria"])
                    let name = try fields["name"].map { try r.text($0, "name") } ?? "Growth goal"
                    let weight = try fields["weight"].map { try r.number($0, "weight", 0...1000) } ?? 1
                    let criteria =
                        try fields["criteria"].map { try r.map($0, "criteria") { try r.text($0, "a criterion") } }
                        ?? [:]
                    return Config.GrowthGoal(name: name, weight: weight, criteria: criteria)
                }
            },
            value: { c in
                .list(
                    c.growthGoals.map { g in
                        .map([
                            .init("name", .text(g.name)), .init("weight", .number(g.weight)),
                            .init("criteria", .sorted(g.criteria) { .text($0) }),
                        ])
                    })
            },
            initComment: ["", "# Segments to grow, weighted in the priorities:"],
            initExample: { _ in
                [
                    "", "  - name: Mid-market healthcare in the Midwest on Cloud Platform", "    weight: 2",
                    "    criteria: {industry: Healthcare, region: US-Midwest, product: Cloud Platform, size: Mid-Market}",
                ]
            },
            rows: { c in
                c.growthGoals.map { g in
                    let criteria = g.criteria.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(
                        separator: ", ")
                    return SettingRow(
                        "growth goal",
                        .phrase([.text("\(g.name): weight "), .number(g.weight), .text(", " + criteria)]),
                        default: .text("none"))
                }
            }),
        // refgap init writes the columns it recognised under this key, not the value.
        Setting(
            "columns", "input: {field: header}",
            "The header each input's field is read from, where refgap's recognition guessed wrong.",
            unset: "as recognised (run.json lists them)",
            read: { c, n, r in
                let inputs = try r.mapping(n, "columns", allowed: InputKind.allCases.map(\.rawValue))
                c.columns = try inputs.mapValues { try r.map($0, "a column mapping") { try r.text($0, "a header") } }
            },
            value: { c in .sorted(c.columns) { .sorted($0) { .text($0) } } },
            initComment: [
                "",
                "# Columns refgap recognised in your files (logical field: header). Change a header here if it guessed wrong.",
            ]),
        Setting(
            "synonyms", "dimension: {as written: normalized}",
            "Your spellings of dimension values, over the built-in synonyms.",
            unset: "built-in only",
            read: { c, n, r in
                c.synonyms = try r.map(n, "synonyms") {
                    try r.map($0, "a dimension's synonyms") { try r.text($0, "a value") }
                }
            },
            value: { c in .sorted(c.synonyms) { .sorted($0) { .text($0) } } },
            initComment: [
                "", "# Your spellings of dimension values, over the built-in synonyms (the gap report suggests lines):",
            ],
            initExample: { _ in ["{industry: {Hospitals: Healthcare}, product: {Analytics: Analytics Cloud}}"] }),
        Setting(
            "regions", "country or state: region", "The region of a country or state, over the built-in table.",
            unset: "built-in table",
            read: { c, n, r in c.regions = try r.map(n, "regions") { try r.text($0, "a region") } },
            value: { c in .sorted(c.regions) { .text($0) } },
            initExample: { _ in ["{Puerto Rico: LATAM}"] }),
        Setting(
            "state_country", "a country",
            "The country of a state or province written with no country beside it (an export or roster without a country column): its region is read as that country's (the United States and Canada by their states and provinces, another country as the country). Unset, the built-in US and Canadian tables read it, and the report and `refgap validate` say so with the rows and pipeline (WA is Washington there, Western Australia to an Australian office).",
            unset: "the US and Canadian tables, said as a guess",
            read: { c, n, r in
                let written = try r.text(n, "state_country")
                guard !Text.trim(written).isEmpty else {
                    throw r.fail(n, "state_country is blank (expected a country, e.g. United States or Australia)")
                }
                c.stateCountry = Text.trim(written)
            },
            value: { c in c.stateCountry.map { .text($0) } ?? .unset },
            initExample: { _ in ["United States"] }),
        Setting(
            "statuses", "status: active, pending, hold or inactive",
            "The class of a roster status as written, over the built-in names and the reading by its words.",
            unset: "built-in names and words",
            read: { c, n, r in c.statuses = try r.map(n, "statuses") { try r.choice($0, "a roster status's class") } },
            value: { c in .sorted(c.statuses) { .text($0.rawValue) } },
            initExample: { _ in ["{Pending Approval: active, On leave: hold}"] }),
    ]

    package static var keys: [String] { all.map(\.key) }

    /// The entry for `key`, if refgap.yml takes it.
    package static func named(_ key: String) -> Setting? { all.first { $0.key == key } }
}
