/// Every number docs/model.md names, with its default, and the mappings. `refgap.yml` and `--set` change it;
/// the reports show the values used. Each property is a key of `Settings.all` (RefgapIngest), which
/// reads and prints it; a new one needs an entry there (docs/settings.md says how).
public struct Config: Sendable, Equatable {
    public enum Overdue: String, Sendable, CaseIterable { case exclude, include }
    public enum DateOrder: String, Sendable, CaseIterable {
        case monthFirst = "month-first", dayFirst = "day-first"
    }

    public struct GrowthGoal: Sendable, Equatable {
        public var name: String
        public var weight: Double
        /// Dimension name (or `activity`) → required value (normalized).
        public var criteria: [String: String]
        public init(name: String, weight: Double, criteria: [String: String]) {
            self.name = name; self.weight = weight; self.criteria = criteria
        }
    }

    public var asOf: Day? = nil
    /// Window boundaries in days; the last is the horizon.
    public var windows: [Int] = [60, 90, 120]
    public var overdue: Overdue = .exclude
    public var referenceRate: Double = 0.7
    public var largeDealAmount: Double = 250_000
    public var largeDealReferences: Double = 2
    public var defaultProbability: Double = 0.5
    /// Stage → win probability 0–1, on top of the built-in Salesforce and HubSpot defaults.
    public var stageProbabilities: [String: Double] = [:]
    /// Stage (as written, matched folded) → its class and optional probability; wins over every
    /// column and built-in table.
    public var stages: [String: StageRule] = [:]
    /// How plain probability values are read: nil decides per column from the values.
    public var probabilityScale: ProbabilityScale? = nil
    public enum ProbabilityScale: String, Sendable, CaseIterable { case percent, fraction }
    public var defaultActivity: String = "Reference call"
    public var verifyWithinDays: Int = 180
    public var maxUsesPerQuarter: Int = 4
    public var renewalCautionDays: Int = 60
    public var urgency: [Double] = [1.0, 0.75, 0.5]
    public var unitValue: Double = 25_000
    public var teamUnitValues: [String: Double] = [:]
    public var acceptanceRate: Double = 0.33
    public var maxRejectRate: Double = 0.05
    public var dateOrder: DateOrder = .monthFirst
    /// The currency amounts are reported in; with `currencyRates`, other currencies convert into it.
    public var currency: String = "USD"
    /// Units of `currency` per one unit of the keyed currency (`EUR: 1.08`).
    public var currencyRates: [String: Double] = [:]
    public var dimensions: [String] = ["industry", "region", "product", "size"]
    /// Lower bounds (employees) of Mid-Market, Enterprise and Strategic.
    public var sizeBands: [Int] = [100, 1_000, 10_000]
    public var overuseThreshold: Double = 0.8
    public var idleDays: Int = 180
    public var candidatesPerTarget: Int = 5
    public var candidateMinHealth: Double = 70
    /// Supply at least this many times demand in a segment is a surplus.
    public var surplusRatio: Double = 3
    public var concentrationTop: Int = 5
    public var growthGoals: [GrowthGoal] = []
    /// The recruiting plan adds at most this many hypothetical recruits.
    public var planMaxRecruits: Int = 500
    /// Calendar files whose needs are added to the calendar's (a launch, say): same columns.
    public var calendarExtra: [String] = []
    /// Named variants of this config, run beside it on the same inputs.
    public var scenarios: [Scenario] = []
    /// Input (`opportunities`, `calendar`, `roster`, `accounts`) → logical field → header in the file.
    public var columns: [String: [String: String]] = [:]
    /// Dimension → value as written → normalized value, on top of the built-in synonyms.
    public var synonyms: [String: [String: String]] = [:]
    /// Country or state → region, on top of the built-in table.
    public var regions: [String: String] = [:]
    /// Roster status as written → its class, on top of the built-in names and the reading by words.
    public var statuses: [String: StatusClass] = [:]

    public init() {}

    /// A named set of overrides, each `key=value` as `--set` takes it.
    public struct Scenario: Sendable, Equatable {
        public var name: String
        public var settings: [String]
        public init(name: String, settings: [String]) { self.name = name; self.settings = settings }
    }

    /// The horizon `H`: the last window boundary.
    public var horizon: Int { windows.last ?? 120 }

    /// `floor(max_uses_per_quarter × H / 90)`: a contact's capacity over the horizon with no recent uses.
    public func capacity(maxUsesPerQuarter perQuarter: Int?) -> Int {
        (perQuarter ?? maxUsesPerQuarter) * horizon / 90
    }

    /// Labels like `0-60`, `61-90`, `91-120`.
    public var windowLabels: [String] {
        var labels: [String] = []
        var start = 0
        for end in windows {
            labels.append("\(start)-\(end)")
            start = end + 1
        }
        return labels
    }

    /// The window a day offset falls in; nil when overdue (< 0) or beyond the horizon.
    public func window(forOffset d: Int) -> Int? {
        if d < 0 { return overdue == .include ? 0 : nil }
        return windows.firstIndex { d <= $0 }
    }
}
