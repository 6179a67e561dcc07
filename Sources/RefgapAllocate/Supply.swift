import RefgapModel

package enum Supply {
    /// Eligibility (docs/model.md, Supply): active, verified within `verify_within_days`, not on caution, capacity > 0.
    package static func assess(_ contacts: [Contact], asOf: Day, config: Config, checkVerified: Bool) -> [SupplyEntry] {
        // Each contact read in place (a closure over its elements copied every contact, strings and all).
        contacts.indices.map { i in
            var reasons: [Exclusion] = []
            if contacts[i].status != .active {
                reasons.append(.status(contacts[i].status, label: contacts[i].statusLabel))
            }
            if checkVerified {
                if let v = contacts[i].lastVerified {
                    if asOf - v > config.verifyWithinDays { reasons.append(.stale(lastVerified: v)) }
                } else {
                    reasons.append(.stale(lastVerified: nil))
                }
            }
            if let r = [contacts[i].renewal, contacts[i].accountRenewal].compactMap({ $0 }).first(where: {
                renewsSoon($0, asOf: asOf, config: config)
            }) {
                reasons.append(.caution(renewal: r))
            }
            let full = config.capacity(maxUsesPerQuarter: contacts[i].maxUsesPerQuarter)
            let capacity = max(0, full - contacts[i].usesLast90Days)
            if contacts[i].maxUsesPerQuarter == 0 {
                reasons.append(.zeroLimit)
            } else if capacity == 0 {
                reasons.append(.noCapacity(uses: contacts[i].usesLast90Days, capacity: full))
            }
            return SupplyEntry(contact: i, capacity: capacity, exclusions: reasons)
        }
    }

    /// A renewal in the next `renewal_caution_days` (`0 ≤ renewal − as-of ≤ days`): the customer is
    /// not asked for a reference, whether on the roster (caution) or a recruiting candidate.
    package static func renewsSoon(_ renewal: Day, asOf: Day, config: Config) -> Bool {
        (0...config.renewalCautionDays).contains(renewal - asOf)
    }
}

package enum Matching {
    /// A contact can serve a bucket when, for every dimension, the bucket's value is any or among the
    /// contact's values; the activity is among its activities; its seniority is at least the minimum.
    /// Values are compared ignoring case (`sameIgnoringCase`, as equal lowercased strings).
    package static func canServe(_ c: Contact, _ b: Bucket) -> Bool {
        canServe(FoldedContact(c), FoldedBucket(b))
    }

    /// A contact's activities and values lowercased once, for matching it against many buckets.
    package struct FoldedContact: Sendable {
        let activities: [String]
        let dimensions: [[String]]
        let seniority: Seniority
        package init(_ c: Contact) {
            activities = c.activities.map { $0.lowercased() }
            dimensions = c.dimensions.map { $0.map { $0.lowercased() } }
            seniority = c.seniority
        }
    }

    /// A bucket's activity and values lowercased once.
    package struct FoldedBucket: Sendable {
        let activity: String
        let dimensions: [String?]
        let minSeniority: Seniority?
        package init(_ b: Bucket) {
            activity = b.activity.lowercased()
            dimensions = b.dimensions.map { $0?.lowercased() }
            minSeniority = b.minSeniority
        }
    }

    /// `canServe` on values folded once: a string comparison per value, for matching many contacts
    /// against many buckets.
    package static func canServe(_ c: FoldedContact, _ b: FoldedBucket) -> Bool {
        guard c.activities.contains(b.activity) else { return false }
        if let min = b.minSeniority, c.seniority < min { return false }
        for (i, w) in b.dimensions.enumerated() {
            guard let w else { continue }
            guard i < c.dimensions.count, c.dimensions[i].contains(w) else { return false }
        }
        return true
    }

    package static func dimensionsMatch(_ values: [[String]], _ wanted: [String?]) -> Bool {
        for (i, w) in wanted.enumerated() {
            guard let w else { continue }
            guard i < values.count, values[i].contains(where: { $0.sameIgnoringCase(w) }) else { return false }
        }
        return true
    }

    /// A contact resting until `R` serves only windows that end on or after `R`.
    package static func available(_ c: Contact, window: Int, asOf: Day, config: Config) -> Bool {
        guard let rest = c.restUntil, window < config.windows.count else { return true }
        return asOf + config.windows[window] >= rest
    }
}
