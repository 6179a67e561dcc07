import RefgapModel

extension StageTally {
    /// Where an open stage's deals took their probability from, with counts: the report's and
    /// `refgap validate`'s "Probability used" (closed stages use none).
    package func probabilityUsed(defaultProbability: Double) -> String {
        guard reading.stageClass == .open else { return "— (closed)" }
        var parts: [String] = []
        if fromColumn > 0 { parts.append("probability column (\(Format.count(fromColumn, "deal")))") }
        if fromStage > 0, let p = reading.probability {
            parts.append(
                "\(Format.percent(p)) from \(reading.probabilitySource ?? "the stage") (\(Format.count(fromStage, "deal")))"
            )
        }
        if fromDefault > 0 {
            parts.append(
                "default_probability \(Format.percent(defaultProbability)) (\(Format.count(fromDefault, "deal")))")
        }
        if ambiguousFractions > 0 {
            parts.append(
                ambiguousFractions == 1
                    ? "1 fraction in a percent column read as a fraction"
                    : "\(ambiguousFractions) fractions in a percent column read as fractions")
        }
        if invalidProbabilities > 0 { parts.append("\(invalidProbabilities) invalid probabilities not used") }
        return parts.joined(separator: "; ")
    }
}
