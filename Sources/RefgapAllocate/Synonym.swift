/// Two spellings of one dimension's value read as one (`from` as `to`, ignoring case): what a synonym
/// in refgap.yml would do to contacts and buckets alike (`Allocate.coveredTotal`).
package struct Synonym: Sendable {
    /// The dimension's place in `config.dimensions`.
    package var dimension: Int
    package var from: String
    package var to: String

    package init(dimension: Int, from: String, to: String) {
        self.dimension = dimension
        self.from = from
        self.to = to
    }
}
