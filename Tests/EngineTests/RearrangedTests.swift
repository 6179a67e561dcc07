import RefgapModel
import Testing

/// `rearrange(to:)` swaps elements into an order, cycle by cycle: the same array as mapping the order
/// to a new one, for any permutation (fixed points, one long cycle, many short ones, random).
@Suite("Rearranged in place")
struct RearrangedTests {
    @Test(arguments: 0..<50)
    func rearrangingEqualsMappingTheOrder(seed: Int) {
        var rng = SplitMix64(state: UInt64(seed) &* 2_654_435_761 &+ 11)
        let n = seed < 3 ? seed : Int.random(in: 1...200, using: &rng)
        let values = (0..<n).map { "value \($0) " + String(repeating: "x", count: $0 % 20) }
        var orders: [[Int]] = [Array(0..<n), Array((0..<n).reversed()), (0..<n).shuffled(using: &rng)]
        if n > 1 { orders.append(Array(1..<n) + [0]) }
        for order in orders {
            var rearranged = values
            rearranged.rearrange(to: order)
            #expect(rearranged == order.map { values[$0] }, "seed \(seed), order \(order.prefix(8))")
        }
    }
}
