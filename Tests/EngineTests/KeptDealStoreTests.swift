import Testing

@testable import RefgapModel
@testable import RefgapSegment

/// Each bucket's kept deals live in blocks of a shared store (`KeptDealStore`) that grow, move and are
/// reused: across hundreds of buckets of every size, read whole or in parts merged in file order, each
/// must keep exactly its largest deals (the earlier line first among equals), as sorting its deals does.
@Suite("Kept deals in a shared store")
struct KeptDealStoreTests {
    @Test func everyBucketKeepsItsLargestDealsThroughGrowthMovesAndMerges() {
        var numbers = SeededNumbers(seed: 29)
        let industries = (0..<40).map { "Industry \($0)" }
        let days = [10, 70, 100]  // one in each default window
        var deals: [Opportunity] = []
        var expected: [String: [(id: String, amount: Double, line: Int)]] = [:]
        for i in 0..<6000 {
            // Sizes from one deal to well past what a bucket keeps, so every block size is used,
            // outgrown and handed on; a few ids long enough to be held as strings.
            let industry = industries[min(numbers.next(40), numbers.next(40))]
            let day = days[numbers.next(3)]
            let id = numbers.next(10) == 0 ? "a-long-record-id-of-dynamics-0000-\(i)" : "O\(i)"
            var o = opp(id, days: day, amount: Double(1_000 * (1 + numbers.next(30))), dims: [industry, nil, nil, nil])
            o.line = i + 2
            deals.append(o)
            expected["\(industry)|\(days.firstIndex(of: day) ?? -1)", default: []].append((id, o.amount, o.line))
        }
        func kept(_ acc: SalesAccumulator) -> [String: [String]] {
            Dictionary(
                uniqueKeysWithValues: acc.buckets.map {
                    ("\($0.bucket.dimensions[0] ?? "")|\($0.bucket.window)", $0.deals.map { "\($0.id)" })
                })
        }
        let want = expected.mapValues { list in
            list.sorted { $0.amount != $1.amount ? $0.amount > $1.amount : $0.line < $1.line }
                .prefix(SalesAccumulator.dealsKept).map(\.id)
        }
        var whole = SalesAccumulator(asOf: A, config: Config())
        for o in deals { whole.add(o) }
        #expect(kept(whole) == want)
        #expect(Set(want.values.map(\.count)).count > 10, "buckets of many sizes")
        for cuts in [[3000], [5, 2000, 5990]] {
            #expect(kept(mergedInParts(deals, cuts: cuts)) == want, "cut at \(cuts)")
        }
    }
}
