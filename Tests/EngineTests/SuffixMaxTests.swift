import Testing

@testable import RefgapAllocate

/// The recruiting plan's bounds: the largest value from a position to the end, kept as values fall to
/// zero, equals a scan of the row after every change.
@Suite("Suffix maximum")
struct SuffixMaxTests {
    @Test(arguments: [0, 1, 2, 3, 7, 64, 100, 1_000])
    func everySuffixMatchesAScanAsValuesClose(count: Int) {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D &+ UInt64(count)
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(1, n)))
        }
        var values = (0..<count).map { _ in Double(next(1_000)) / 7 }
        var tree = SuffixMax(values)
        for round in 0...min(count, 50) {
            for i in 0...count {
                let scanned = values[i...].max() ?? 0
                #expect(tree.max(from: i) == scanned, "count \(count), round \(round), from \(i)")
            }
            guard count > 0 else { break }
            let closed = next(count)
            values[closed] = 0
            tree.set(closed, 0)
        }
    }
}
