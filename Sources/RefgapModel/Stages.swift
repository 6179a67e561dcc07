/// How a deal's stage is read: open pipeline, or closed (won or lost) and set aside.
package enum StageClass: String, Sendable, CaseIterable, Comparable {
    case open, won, lost
    /// Closed, but nothing says whether it was won or lost (an `IsClosed` column alone, a stage word
    /// such as `Closed` or `Abgeschlossen`).
    case closed

    package var isClosed: Bool { self != .open }

    package static func < (a: StageClass, b: StageClass) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}

/// A `stages:` entry of refgap.yml: what a stage means in this CRM, and optionally its win probability.
package struct StageRule: Sendable, Equatable {
    package var stageClass: StageClass
    package var probability: Double?
    package init(_ stageClass: StageClass, probability: Double? = nil) {
        self.stageClass = stageClass
        self.probability = probability
    }
}

/// What a deal's stage cells decided, and why: one per distinct combination of stage, status,
/// closed/won flags and forecast category in an export.
package struct StageReading: Sendable, Equatable, Hashable {
    /// The stage as written (the status where the stage is blank).
    package var stage: String
    package var stageClass: StageClass
    /// Why, in words a program manager can check: "IsClosed column", "built-in Salesforce stage (German)",
    /// "the stage's words ('verloren')", "refgap.yml stages:", "not a stage refgap knows: read as open".
    package var reason: String
    /// True when the class is a guess: stage words, or an unknown stage read as open.
    package var guessed: Bool
    /// The stage's own win probability (0–1) for deals whose probability column is blank or absent.
    package var probability: Double?
    /// Where `probability` comes from ("refgap.yml stages:", "built-in Salesforce stage", ...).
    package var probabilitySource: String?
    /// `probability` is refgap.yml's (`stages:` or `stage_probabilities:`), not a CRM default refgap
    /// assumed (`StageClassifier.read` names the config's sources so).
    package var probabilityFromConfig: Bool { probabilitySource?.hasPrefix("refgap.yml") ?? false }
    /// What the stage says (won, lost or closed) when the closed flag column said open and won: the
    /// flag is followed, and the stage table warns with the `stages:` line that would follow the stage.
    package var stageSaysClosed: StageClass? = nil
    /// A closed or won flag cell refgap reads as neither yes nor no (`Да` before Russian was known, a
    /// `Pending`), with its column's role ("closed flag", "won flag"): the flag was not followed, the
    /// stage decided, and the stage table warns.
    package var unreadFlag: String? = nil

    package init(
        stage: String, stageClass: StageClass, reason: String, guessed: Bool, probability: Double?,
        probabilitySource: String?
    ) {
        self.stage = stage
        self.stageClass = stageClass
        self.reason = reason
        self.guessed = guessed
        self.probability = probability
        self.probabilitySource = probabilitySource
    }
}

/// How a row's probability cell was read.
package enum ProbabilityReading: UInt8, Sendable {
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
package struct StageTally: Sendable, Equatable {
    package var reading: StageReading
    package var deals = 0
    package var pipeline = 0.0
    /// Of `deals`: probability from the column, from the stage (config or built-in), from the default.
    package var fromColumn = 0
    package var fromStage = 0
    package var fromDefault = 0
    package var fromColumnPipeline = 0.0
    package var fromDefaultPipeline = 0.0
    package var ambiguousFractions = 0
    package var ambiguousPipeline = 0.0
    /// The first of those in the file: its line and the fraction as read (0.4 for `0.4`), for the
    /// warning to show one the reader can find.
    package var firstAmbiguousFraction: AmbiguousFraction? = nil
    package var invalidProbabilities = 0
    package var invalidPipeline = 0.0

    package init(reading: StageReading) { self.reading = reading }

    package mutating func add(_ o: StageTally) {
        deals += o.deals
        pipeline += o.pipeline
        fromColumn += o.fromColumn
        fromStage += o.fromStage
        fromDefault += o.fromDefault
        fromColumnPipeline += o.fromColumnPipeline
        fromDefaultPipeline += o.fromDefaultPipeline
        ambiguousFractions += o.ambiguousFractions
        ambiguousPipeline += o.ambiguousPipeline
        firstAmbiguousFraction = AmbiguousFraction.earlier(firstAmbiguousFraction, o.firstAmbiguousFraction)
        invalidProbabilities += o.invalidProbabilities
        invalidPipeline += o.invalidPipeline
    }
}

/// A probability such as `0.4` in a column of percentages, read as the fraction: where it stands.
package struct AmbiguousFraction: Sendable, Equatable {
    package var line: Int
    package var value: Double
    /// The cell as the file writes it (`0,4` where the value is 0.4), for the warning's example.
    package var text: String
    package init(line: Int, value: Double, text: String) {
        self.line = line
        self.value = value
        self.text = text.isEmpty ? String(value) : text
    }

    /// The one on the earlier line (the parts of a file are read at once, in any order).
    package static func earlier(_ a: AmbiguousFraction?, _ b: AmbiguousFraction?) -> AmbiguousFraction? {
        guard let a else { return b }
        guard let b else { return a }
        return b.line < a.line ? b : a
    }
}
