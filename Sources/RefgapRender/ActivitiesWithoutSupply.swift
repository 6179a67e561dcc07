import RefgapModel

extension VocabularyText {
    /// Activities demand asks for that no eligible contact does, with their demand and gap: the
    /// vocabulary's values on one side only are per dimension, and the activity is none. A calendar in
    /// a team's own words ("Fallstudie", "Kundenreferenz-Telefonat": 23 references with no possible
    /// supply) passed `refgap validate` without a word.
    static func activitiesWithoutSupply(_ p: StageResults) -> [String] {
        var done = Set<String>()
        for entry in p.allocated.supply where entry.isEligible {
            for a in p.allocated.contacts[entry.contact].activities { done.insert(a.lowercased()) }
        }
        var asked: [String: (activity: String, demand: Double, gap: Double)] = [:]
        var order: [String] = []
        for g in p.prioritized.gaps where !done.contains(g.bucket.activity.lowercased()) {
            let key = g.bucket.activity.lowercased()
            if asked[key] == nil { order.append(key) }
            var a = asked[key] ?? (g.bucket.activity, 0, 0)
            a.demand += g.bucket.demand
            a.gap += g.gap
            asked[key] = a
        }
        let unknown = Set((p.segmented.dataQuality.unknownValues["activity"] ?? []).map { $0.lowercased() })
        return order.compactMap { key in
            guard let a = asked[key], a.demand > 0 else { return nil }
            let spelling =
                unknown.contains(key)
                ? " It is no activity refgap knows (kept as written): if the roster calls it another way, map it: `synonyms: {activity: {\(Vocabulary.yaml(a.activity)): <the roster's word for it>}}`."
                : ""
            return
                "activity \(Clip.quoted(a.activity)) is asked for (\(Format.refs(a.demand)) references, gap \(Format.refs(a.gap))) and done by no eligible contact.\(spelling)"
        }
    }
}
