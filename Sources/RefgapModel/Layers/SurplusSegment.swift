/// A segment where eligible supply far exceeds the demand that could use it.
package struct SurplusSegment: Sendable, Equatable {
    package var dimensions: [String?]
    package var contacts: Int
    package var capacity: Int
    package var demand: Double
    package init(dimensions: [String?], contacts: Int, capacity: Int, demand: Double) {
        self.dimensions = dimensions
        self.contacts = contacts
        self.capacity = capacity
        self.demand = demand
    }
}
