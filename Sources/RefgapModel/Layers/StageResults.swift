/// What the stages computed, side by side: the render stage and the command read them together. Each
/// is its own stage's output and none contains another; indices in one (a bucket, a contact) point into
/// the one before it.
package struct StageResults: Sendable {
    package var segmented: Segmented
    package var allocated: Allocated
    package var prioritized: Prioritized

    package init(segmented: Segmented, allocated: Allocated, prioritized: Prioritized) {
        self.segmented = segmented
        self.allocated = allocated
        self.prioritized = prioritized
    }
}
