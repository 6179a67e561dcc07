import Testing
import RefgapModel
@testable import RefgapSegment

/// A deal of two line items in one bucket (no product dimension tells them apart) is one deal there;
/// its lines' amounts and demand still add up to the deal's.
@Suite("Bucket deal counts")
struct BucketDealCountTests {
    @Test func aDealsTwoLinesInOneBucketCountOnce() {
        var first = opp("O1", days: 20, amount: 200_000)
        first.share = 0.5
        first.lineItem = 0
        first.lineItems = 2
        var second = first
        second.countsAsDeal = false
        second.lineItem = 1
        second.bucketCounted = true
        let other = opp("O2", days: 25, amount: 50_000)
        let acc = SalesAccumulator([first, second, other], asOf: A, config: Config())
        let buckets = acc.buckets.map(\.bucket)
        #expect(buckets.count == 1)
        #expect(buckets.first?.deals == 2)
        #expect(buckets.first?.pipeline == 250_000)
        // Listed once among the bucket's deals.
        #expect(acc.buckets.first?.deals.map { "\($0.id)" } == ["O1", "O2"])
    }
}
