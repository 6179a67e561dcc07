import RefgapModel

extension OpportunityTyper {
    /// A probability cell read: `75%` is a percentage whatever the column; a plain number goes by the
    /// config's `probability_scale`, else by the column's scale (`columnScale` 100 for percentages, 1 for
    /// fractions), except that a fraction such as `0.75` in a column of percentages is read as the
    /// fraction and flagged as ambiguous. Outside 0–100% is invalid.
    static func probability(_ text: String, columnScale: Double, config: Config.ProbabilityScale?) -> (
        Double?, ProbabilityReading
    ) {
        if text.isEmpty { return (nil, .blank) }
        guard let p = Values.percentNumber(text) else { return (nil, .invalid) }
        var scaled: Double
        var reading = ProbabilityReading.read
        if text.utf8.contains(UInt8(ascii: "%")) {
            scaled = p / 100
        } else if let config {
            scaled = config == .percent ? p / 100 : p
        } else if columnScale > 1 && p > 0 && p < 1 {
            scaled = p
            reading = .ambiguousFraction
        } else {
            scaled = p / columnScale
        }
        guard (0...1).contains(scaled) else { return (nil, .invalid) }
        if scaled == 0 && p != 0 { scaled = 0 }
        return (scaled, reading)
    }
}
