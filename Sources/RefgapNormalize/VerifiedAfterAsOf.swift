import RefgapModel

extension Normalize {
    /// A last verified date after the as-of date counts as written (fresh), but is said: it is most
    /// likely a typo, or a year read another way than meant (a trial's `2062-02-25` counted as verified
    /// with no word).
    package static func noteVerifiedAfter(_ asOf: Day, in normalized: inout NormalizedInputs) {
        var later: [Int] = []
        for i in normalized.contacts.indices where (normalized.contacts[i].lastVerified ?? asOf) > asOf {
            later.append(i)
        }
        guard !later.isEmpty, let r = normalized.ledgers.firstIndex(where: { $0.kind == .roster }) else { return }
        let shown = later.prefix(5).map { i in
            let c = normalized.contacts[i]
            return
                "\(Clip.quoted(c.name.isEmpty ? c.id : c.name)) (line \(c.line), \(c.lastVerified.map { "\($0)" } ?? ""))"
        }
        let n = later.count
        normalized.ledgers[r].warnings.append(
            "\(n) contact\(n == 1 ? "'s" : "s'") last verified date\(n == 1 ? " is" : "s are") after the as-of date \(asOf): \(shown.joined(separator: "; "))\(n > 5 ? "; and \(n - 5) more" : ""). \(n == 1 ? "It counts" : "They count") as verified; correct the date if it is a typo."
        )
    }
}
