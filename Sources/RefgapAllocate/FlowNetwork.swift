import RefgapModel

/// The network an allocation ran on: which classes of interchangeable contacts each bucket may draw
/// on, the classes' members, and each contact's capacity in flow units. The recruiting plan extends
/// it with hypothetical contacts.
package struct FlowNetwork: Sendable {
    /// Per bucket (allocation order): the classes that can serve it.
    package var bucketClasses: [[Int32]] = []
    /// Per class: its contacts.
    package var classMembers: [[Int32]] = []
    /// Per contact: capacity over the horizon in flow units (0 when not supply).
    package var capacity: [Int] = []

    package init() {}
    package init(classMembers: [[Int32]], capacity: [Int]) {
        self.classMembers = classMembers
        self.capacity = capacity
    }
}
