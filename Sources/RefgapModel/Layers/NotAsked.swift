/// Customers and contacts that match a gap but are not suggested as whom to ask, and why: the
/// priorities report says them, so a short candidate list is not read as "nobody else".
package struct NotAsked: Sendable, Equatable {
    /// An account off the roster, healthy and without escalation, that matches a target but renews
    /// within `renewal_caution_days`.
    package struct Renewing: Sendable, Equatable {
        package var name: String
        package var renewal: Day
        /// The first target (by rank) it matches.
        package var targetRank: Int
        package init(name: String, renewal: Day, targetRank: Int) {
            self.name = name
            self.renewal = renewal
            self.targetRank = targetRank
        }
    }
    /// By the rank of the first target each matches, then name.
    package var renewingAccounts: [Renewing] = []
    /// Why a roster contact is not asked: its account's health when under `candidate_min_health`, its
    /// open escalations (0 when that is not why).
    package struct Why: Sendable, Equatable {
        package var lowHealth: Double?
        package var openEscalations: Int
        package init(lowHealth: Double?, openEscalations: Int) {
            self.lowHealth = lowHealth
            self.openEscalations = openEscalations
        }
    }
    /// Stale or pending roster contacts that match a gap but are at an account with health under
    /// `candidate_min_health` or an open escalation: contact index → why.
    package var contacts: [Int: Why] = [:]
    /// Eligible contacts the allocation counts as covering a bucket whose deals are all their own
    /// company's: kept in the figures (the spec matches by segment only), said in the report.
    package struct OwnCoverage: Sendable, Equatable {
        package var contact: Int
        package var bucket: Int
        package var load: Double
        package init(contact: Int, bucket: Int, load: Double) {
            self.contact = contact
            self.bucket = bucket
            self.load = load
        }
    }
    package var ownCoverage: [OwnCoverage] = []
    /// The references `ownCoverage` covers in all (the headline and the gaps' note both say it).
    package var ownCoverageLoad: Double { ownCoverage.reduce(0) { $0 + $1.load } }
    /// Stale or pending contacts that match gaps only where their own company is the only buyer: in no
    /// cheaper move (contact indices, ascending).
    package var ownBuyerContacts: [Int] = []

    package init() {}
}
