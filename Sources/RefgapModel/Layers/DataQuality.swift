/// What normalize saw that the report's data-quality section shows.
package struct DataQuality: Sendable, Equatable {
    /// Per dimension: open opportunities with no value (after enrichment).
    package var blankDimensions: [String: Int] = [:]
    /// Per dimension: those opportunities' amount, in cents (summed as whole cents: the same in any
    /// order the parts of the file are merged).
    package var blankDimensionCents: [String: Int] = [:]
    /// Of those, the deals whose account the accounts export does not list (by name).
    package var blankUnlistedAccount: [String: Int] = [:]
    /// Opportunities whose blank dimensions were filled from the accounts export.
    package var enrichedOpportunities = 0
    /// Per dimension: opportunities whose blank value on it came from their account.
    package var filledOpportunityDimensions: [String: Int] = [:]
    /// Of those, the open deals closing in a window (the ones whose filled value moved a number), and
    /// their amount in cents: an export's closed deals were counted as filled where none was used.
    package var enrichedOpenOpportunities = 0
    package var enrichedOpenCents = 0
    package var filledOpenDimensions: [String: Int] = [:]
    package var filledOpenCents: [String: Int] = [:]
    /// Per dimension: roster contacts whose blank value on it came from their account.
    package var filledContactDimensions: [String: Int] = [:]
    /// Values no synonym or table knew, kept as written: dimension → values.
    package var unknownValues: [String: [String]] = [:]
    /// Open deals in the windows whose region was read from their state or province alone, with no
    /// region or country cell (`WA` as Washington, where it may be Western Australia): the state as
    /// written → the region it gave, the deals and their amount in cents.
    package var stateAloneDeals: [String: StateAlone] = [:]
    /// Roster contacts who may serve (not inactive) whose region was read so: the state as written →
    /// the region and the contacts.
    package var stateAloneContacts: [String: StateAlone] = [:]
    /// Accounts of the accounts export whose region was read so (it fills deals' and contacts' blank
    /// regions): the state as written → the region and the accounts.
    package var stateAloneAccounts: [String: StateAlone] = [:]
    package init() {}

    /// A state or province read as a region of the built-in US and Canadian tables, and how often.
    package struct StateAlone: Sendable, Equatable {
        package var region: String
        package var count = 0
        /// The deals' amount in cents (0 for contacts).
        package var cents = 0
        package init(region: String) { self.region = region }
        /// The two counts and amounts summed (the region is the same: the built-in tables give it).
        package func adding(_ other: StateAlone) -> StateAlone {
            var sum = self
            sum.count += other.count
            sum.cents += other.cents
            return sum
        }
    }
}

extension DataQuality {
    /// Adds what a later part of the same file found.
    package mutating func merge(_ other: DataQuality) {
        for (k, v) in other.blankDimensions { blankDimensions[k, default: 0] += v }
        for (k, v) in other.blankDimensionCents { blankDimensionCents[k, default: 0] += v }
        for (k, v) in other.blankUnlistedAccount { blankUnlistedAccount[k, default: 0] += v }
        enrichedOpportunities += other.enrichedOpportunities
        for (k, v) in other.filledOpportunityDimensions { filledOpportunityDimensions[k, default: 0] += v }
        enrichedOpenOpportunities += other.enrichedOpenOpportunities
        enrichedOpenCents += other.enrichedOpenCents
        for (k, v) in other.filledOpenDimensions { filledOpenDimensions[k, default: 0] += v }
        for (k, v) in other.filledOpenCents { filledOpenCents[k, default: 0] += v }
        for (k, v) in other.filledContactDimensions { filledContactDimensions[k, default: 0] += v }
        stateAloneDeals.merge(other.stateAloneDeals) { $0.adding($1) }
        stateAloneContacts.merge(other.stateAloneContacts) { $0.adding($1) }
        stateAloneAccounts.merge(other.stateAloneAccounts) { $0.adding($1) }
        for (k, v) in other.unknownValues { unknownValues[k] = Array(Set((unknownValues[k] ?? []) + v)).sorted() }
    }
}
