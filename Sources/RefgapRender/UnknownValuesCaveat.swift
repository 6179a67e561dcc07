import RefgapModel

extension ReportBuilder {
    /// The values of the first recruits' segments that refgap's tables do not know and no eligible
    /// contact carries, said beside the recruits: more likely the roster's values spelled another way
    /// than gaps only a recruit can fill. A trial's first recruits were for "Gesundheitswesen ·
    /// Schweiz", an export's German values, with nothing in the headline to say so (the data quality
    /// and the vocabulary did). Nil when there are none.
    /// `inGapReport`: said in the gap report itself, which then points to its own section.
    func unknownValuesCaveat(_ steps: ArraySlice<RecruitingPlan.Step>, inGapReport: Bool = false) -> String? {
        let dims = config.dimensions
        var unknown = Set<String>()
        for (d, values) in seg.dataQuality.unknownValues {
            for v in values { unknown.insert(d + "\u{1F}" + v.lowercased()) }
        }
        var carriedByNone = Set<String>()
        for (d, side) in p.prioritized.vocabulary.demandOnly {
            carriedByNone.insert(d + "\u{1F}" + side.value.lowercased())
        }
        var found: [(dimension: String, value: String)] = []
        var seen = Set<String>()
        for step in steps {
            for (d, value) in zip(dims, step.dimensions) {
                guard let value else { continue }
                let key = d + "\u{1F}" + value.lowercased()
                guard unknown.contains(key), carriedByNone.contains(key), seen.insert(key).inserted else { continue }
                found.append((d, value))
            }
        }
        guard !found.isEmpty else { return nil }
        let shown = found.prefix(4).map { "\(Clip.quoted($0.value)) (\($0.dimension))" }
        let list =
            found.count > 4
            ? shown.joined(separator: ", ") + " and \(found.count - 4) more"
            : Clip.series(shown)
        let one = found.count == 1
        // A country or region no table knows belongs to a sales region: `regions:` says which (a
        // trial's `España` was told to take a synonym).
        let regionLine = found.first { $0.dimension == "region" }.map {
            " A country or region refgap does not know is placed under regions: instead (`regions: {\(Text.yamlQuote($0.value)): <its sales region, e.g. EMEA>}`)."
        }
        return
            "Before recruiting: \(list) \(one ? "is a value" : "are values") refgap's tables do not know and no eligible contact carries. If the roster writes \(one ? "it" : "them") another way, a synonyms: line in refgap.yml may close those gaps without a recruit (\(inGapReport ? "Data quality: do supply and demand use the same words?, below, lists" : "the gap report's vocabulary section lists") the values on each side).\(regionLine ?? "")"
    }
}
