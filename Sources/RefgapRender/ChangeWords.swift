/// A change in a segment's gap since the last run, in words.
enum ChangeWords {
    /// `the gap in Reference call · Healthcare · … grew by 4.2 references (from 1 to 5.2)`.
    static func movement(segment: String, then: Double, now: Double) -> String {
        if then < 0.05 { return "a new gap of \(Format.refs(now)) references in \(segment)" }
        if now < 0.05 { return "the gap in \(segment) closed (it was \(Format.refs(then)))" }
        let delta = now - then
        return
            "the gap in \(segment) \(delta > 0 ? "grew" : "shrank") by \(Format.refs(abs(delta))) references (from \(Format.refs(then)) to \(Format.refs(now)))"
    }

    /// The three biggest movements as one sentence; nil when nothing moved.
    static func biggest(_ changes: [(segment: String, then: Double, now: Double)], since: String) -> String? {
        guard !changes.isEmpty else { return nil }
        let words = changes.prefix(3).map { movement(segment: $0.segment, then: $0.then, now: $0.now) }
        let first = words[0].prefix(1).uppercased() + words[0].dropFirst()
        return "Biggest movements since \(since): " + ([first] + words.dropFirst()).joined(separator: "; ") + "."
    }
}
