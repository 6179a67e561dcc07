/// How a deal's stage is read: open pipeline, or closed (won or lost) and set aside.
public enum StageClass: String, Sendable, CaseIterable, Comparable {
    case open, won, lost
    /// Closed, but nothing says whether it was won or lost (an `IsClosed` column alone, a stage word
    /// such as `Closed` or `Abgeschlossen`).
    case closed

    public var isClosed: Bool { self != .open }

    public static func < (a: StageClass, b: StageClass) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}

/// A `stages:` entry of refgap.yml: what a stage means in this CRM, and optionally its win probability.
public struct StageRule: Sendable, Equatable {
    public var stageClass: StageClass
    public var probability: Double?
    public init(_ stageClass: StageClass, probability: Double? = nil) {
        self.stageClass = stageClass; self.probability = probability
    }
}

/// What a deal's stage cells decided, and why: one per distinct combination of stage, status,
/// closed/won flags and forecast category in an export.
public struct StageReading: Sendable, Equatable, Hashable {
    /// The stage as written (the status where the stage is blank).
    public var stage: String
    public var stageClass: StageClass
    /// Why, in words a program manager can check: "IsClosed column", "built-in Salesforce stage (German)",
    /// "the stage's words ('verloren')", "refgap.yml stages:", "not a stage refgap knows: read as open".
    public var reason: String
    /// True when the class is a guess: stage words, or an unknown stage read as open.
    public var guessed: Bool
    /// The stage's own win probability (0–1) for deals whose probability column is blank or absent.
    public var probability: Double?
    /// Where `probability` comes from ("refgap.yml stages:", "built-in Salesforce stage", ...).
    public var probabilitySource: String?

    public init(stage: String, stageClass: StageClass, reason: String, guessed: Bool, probability: Double?, probabilitySource: String?) {
        self.stage = stage; self.stageClass = stageClass; self.reason = reason; self.guessed = guessed
        self.probability = probability; self.probabilitySource = probabilitySource
    }
}

/// How a row's probability cell was read.
public enum ProbabilityReading: UInt8, Sendable {
    /// No probability column, or the cell is blank: the stage's probability or the default is used.
    case blank
    /// Read on the column's scale (or the value's own `%`).
    case read
    /// A fraction such as `0.75` in a column of percentages: read as the fraction (75%).
    case ambiguousFraction
    /// Not a number within 0–100% (e.g. `150`, `abc`): the stage's probability or the default is used.
    case invalid
}

/// One line of the stage table: every row of one stage reading, counted.
public struct StageTally: Sendable, Equatable {
    public var reading: StageReading
    public var deals = 0
    public var pipeline = 0.0
    /// Of `deals`: probability from the column, from the stage (config or built-in), from the default.
    public var fromColumn = 0
    public var fromStage = 0
    public var fromDefault = 0
    public var fromDefaultPipeline = 0.0
    public var ambiguousFractions = 0
    public var ambiguousPipeline = 0.0
    public var invalidProbabilities = 0

    public init(reading: StageReading) { self.reading = reading }

    public mutating func add(_ o: StageTally) {
        deals += o.deals; pipeline += o.pipeline; fromColumn += o.fromColumn; fromStage += o.fromStage
        fromDefault += o.fromDefault; fromDefaultPipeline += o.fromDefaultPipeline
        ambiguousFractions += o.ambiguousFractions; ambiguousPipeline += o.ambiguousPipeline
        invalidProbabilities += o.invalidProbabilities
    }
}
