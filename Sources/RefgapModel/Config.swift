/// Every number docs/model.md names, with its default, and the mappings. `refgap.yml` and `--set` change it;
/// the reports show the values used. Each property is a key of `Settings.all` (RefgapIngest), which
/// reads and prints it; a new one needs an entry there (docs/settings.md says how).
package struct Config: Sendable, Equatable {
    package enum Overdue: String, Sendable, CaseIterable { case exclude, include }
    package enum DateOrder: String, Sendable, CaseIterable {
        case monthFirst = "month-first"
        case dayFirst = "day-first"
    }

    /// What separates an amount's decimals: `auto` lets each amount column decide (docs/reading-deals.md).
    package enum DecimalMark: String, Sendable, CaseIterable {
        case auto
        case point
        case comma
    }

    package struct GrowthGoal: Sendable, Equatable {
        package var name: String
        package var weight: Double
        /// Dimension name (or `activity`) → required value (normalized).
        package var criteria: [String: String]
        package init(name: String, weight: Double, criteria: [String: String]) {
            self.name = name
            self.weight = weight
            self.criteria = criteria
        }
    }

    package var asOf: Day? = nil
    /// Window boundaries in days; the last is the horizon.
    package var windows: [Int] = [60, 90, 120]
    package var overdue: Overdue = .exclude
    package var referenceRate: Double = 0.7
    package var largeDealAmount: Double = 250_000
    package var largeDealReferences: Double = 2
    package var defaultProbability: Double = 0.5
    /// Stage → win probability 0–1, on top of the built-in Salesforce and HubSpot defaults.
    package var stageProbabilities: [String: Double] = [:]
    /// Stage (as written, matched folded) → its class and optional probability; wins over every
    /// column and built-in table.
    package var stages: [String: StageRule] = [:]
    /// How plain probability values are read: nil decides per column from the values.
    package var probabilityScale: ProbabilityScale? = nil
    package enum ProbabilityScale: String, Sendable, CaseIterable { case percent, fraction }
    package var defaultActivity: String = "Reference call"
    package var verifyWithinDays: Int = 180
    package var maxUsesPerQuarter: Int = 4
    package var renewalCautionDays: Int = 60
    package var urgency: [Double] = [1.0, 0.75, 0.5]
    package var unitValue: Double = 25_000
    package var teamUnitValues: [String: Double] = [:]
    package var acceptanceRate: Double = 0.33
    package var maxRejectRate: Double = 0.05
    /// Set (refgap.yml, `--set`), or nil: month-first, unless another date column of the opportunity
    /// export settles the close dates' order (`Ingest.DateEvidence`), which a setting overrides.
    package var dateOrder: DateOrder? = nil
    /// The order dates that read either way are read in where nothing else decides.
    package var dateOrderInEffect: DateOrder { dateOrder ?? .monthFirst }
    /// The decimal mark of amounts like 10.000 or 1,250 (`auto`: the column's amounts decide).
    package var decimalMark: DecimalMark = .auto
    /// A contact listed twice (same id, email, or name at the same account): counted once, or each row.
    package var rosterDuplicates: RosterDuplicates = .setAside
    package enum RosterDuplicates: String, Sendable, CaseIterable {
        case setAside = "set_aside"
        case keep
    }
    /// The currency amounts are reported in; with `currencyRates`, other currencies convert into it.
    package var currency: String = "USD"
    /// Units of `currency` per one unit of the keyed currency (`EUR: 1.08`).
    package var currencyRates: [String: Double] = [:]
    package var dimensions: [String] = ["industry", "region", "product", "size"]
    /// Lower bounds (employees) of Mid-Market, Enterprise and Strategic.
    package var sizeBands: [Int] = [100, 1_000, 10_000]
    package var overuseThreshold: Double = 0.8
    package var idleDays: Int = 180
    package var candidatesPerTarget: Int = 5
    package var candidateMinHealth: Double = 70
    /// Supply at least this many times demand in a segment is a surplus.
    package var surplusRatio: Double = 3
    package var concentrationTop: Int = 5
    package var growthGoals: [GrowthGoal] = []
    /// The recruiting plan adds at most this many hypothetical recruits.
    package var planMaxRecruits: Int = 500
    /// The most work the plan may do (0: no limit), in nodes its evaluations read and search:
    /// on programs where every candidate ties, each step re-evaluates most of them and the plan slows
    /// with every recruit. About 10 million a second on a 2-core server; the real-shape benchmark at
    /// 400,000 rows does 9.6 million in all.
    package var planWorkLimit: Int = 250_000_000
    /// Calendar files whose needs are added to the calendar's (a launch, say): same columns.
    package var calendarExtra: [String] = []
    /// Named variants of this config, run beside it on the same inputs.
    package var scenarios: [Scenario] = []
    /// Input (`opportunities`, `calendar`, `roster`, `accounts`) → logical field → header in the file.
    package var columns: [String: [String: String]] = [:]
    /// Dimension → value as written → normalized value, on top of the built-in synonyms.
    package var synonyms: [String: [String: String]] = [:]
    /// Country or state → region, on top of the built-in table.
    package var regions: [String: String] = [:]
    /// The country of a state or province written without one (no country cell), or nil: the
    /// built-in US and Canadian tables read it, a guess the reports count (`DataQuality.stateAlone*`).
    package var stateCountry: String? = nil
    /// Roster status as written → its class, on top of the built-in names and the reading by words.
    package var statuses: [String: StatusClass] = [:]

    package init() {}

    /// A named set of overrides, each `key=value` as `--set` takes it.
    package struct Scenario: Sendable, Equatable {
        package var name: String
        package var settings: [String]
        package init(name: String, settings: [String]) {
            self.name = name
            self.settings = settings
        }
    }

    /// The windows and the overdue rule (`WindowRule`).
    package var windowRule: WindowRule { WindowRule(ends: windows, overdue: overdue) }

    /// The horizon `H`: the last window boundary.
    package var horizon: Int { windowRule.horizon }

    /// `floor(max_uses_per_quarter × H / 90)`: a contact's capacity over the horizon with no recent uses.
    package func capacity(maxUsesPerQuarter perQuarter: Int?) -> Int {
        (perQuarter ?? maxUsesPerQuarter) * horizon / 90
    }

    /// Labels like `0-60`, `61-90`, `91-120`.
    package var windowLabels: [String] {
        var labels: [String] = []
        var start = 0
        for end in windows {
            labels.append("\(start)-\(end)")
            start = end + 1
        }
        return labels
    }

    /// What one reference missing from a calendar need of `team` is worth: its `team_unit_values` entry
    /// (any case), else `unit_value`.
    package func unitValue(team: String) -> Double {
        teamUnitValues.first { $0.key.lowercased() == team.lowercased() }?.value ?? unitValue
    }

    /// The window a day offset falls in (`WindowRule.window(forOffset:)`).
    package func window(forOffset d: Int) -> Int? { windowRule.window(forOffset: d) }
}
