import RefgapModel

/// Roster statuses refgap does not know by name, classed by their words: `Pending Approval` is
/// pending, `Active - Limited` active, `Do Not Contact` inactive, `On Hold - Renewal` on hold.
///
/// When a status carries words of more than one class, the more cautious class wins (inactive, then
/// hold, then pending, then active): a contact is never counted as supply on a guess that a word
/// of the status contradicts. A negation (`not`, `no`, `non`, `never`, `do not`) makes the status
/// inactive (`Not referenceable`, `No longer a customer`), except `not yet` (pending) and a caution on
/// how often (`do not overuse`).
package enum StatusWords {
    static let inactive: Set<String> = [
        "inactive", "retired", "churned", "churn", "left", "former", "declined", "decline", "withdrawn", "withdrew",
        "optedout", "optout", "opted", "unsubscribed", "blacklisted", "blocked", "banned", "expired", "terminated",
        "lost", "archived", "removed", "deceased", "departed", "closed", "rejected", "disqualified", "unavailable",
        "dnc", "ineligible", "deactivated", "cancelled", "canceled", "dormant",
    ]
    static let hold: Set<String> = [
        "hold", "onhold", "paused", "pause", "resting", "rest", "suspended", "snoozed", "break", "leave", "frozen",
        "parked", "deferred", "cooldown", "cooling", "blackout",
    ]
    static let pending: Set<String> = [
        "pending", "nominated", "nominee", "nomination", "candidate", "onboarding", "invited", "invite", "awaiting",
        "approval", "review", "reviewing", "prospect", "prospective", "proposed", "requested", "request", "waiting",
        "recruiting", "recruit", "vetting", "screening", "new", "draft", "tentative", "unverified", "submitted",
        "progress", "potential", "qualifying",
    ]
    static let active: Set<String> = [
        "active", "available", "approved", "referenceable", "ready", "yes", "live", "current", "verified",
        "enabled", "champion", "advocate", "confirmed", "willing", "reference",
    ]
    static let negations: Set<String> = ["not", "no", "non", "never", "dont", "don", "nolonger"]

    /// An active status every word of which says active (`Active - Verified`, `Champion`): read so with a
    /// note. One with other words (`Previously referenceable`, `Available from Q2 2027`, `Reference -
    /// Churning`) may not mean active now: a warning (a trial's counted 35 references where 10 could be).
    package static func plainlyActive(_ status: String) -> Bool {
        let words = status.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        return !words.isEmpty && words.allSatisfy { active.contains($0) || filler.contains($0) }
    }
    static let filler: Set<String> = ["and", "a", "an", "the", "program", "customer", "member", "full", "fully"]

    /// The class of a status by its words; nil when no word says.
    package static func classify(_ status: String) -> StatusClass? {
        let words = status.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard !words.isEmpty else { return nil }
        for (i, w) in words.enumerated() where negations.contains(w) {
            // `don't` is split at its apostrophe: the word after it is after the `t`.
            let after = w == "don" && i + 1 < words.count && words[i + 1] == "t" ? i + 2 : i + 1
            let next = after < words.count ? words[after] : ""
            if next == "yet" { return .pending }
            // `Active - do not overuse`, `don't over-ask`: a caution on how often, not a refusal (a
            // trial's was set aside as inactive). The other words decide.
            if next.hasPrefix("over") { continue }
            return .inactive
        }
        // `On Hold` written as one word, `Do-Not-Use` with dashes: the joined words count too.
        let all = Set(words + [words.joined()])
        if !all.isDisjoint(with: inactive) { return .inactive }
        if !all.isDisjoint(with: hold) { return .hold }
        if !all.isDisjoint(with: pending) { return .pending }
        if !all.isDisjoint(with: active) { return .active }
        return nil
    }
}
