import RefgapModel
import Testing

/// The table of short runs of ids behind match classes and surplus segments: numbers in order of first
/// sight, the same number for an equal run however often it comes, nothing for a run never added,
/// and each run as it was given; equal to a dictionary of arrays over thousands of runs (the table
/// grows many times).
@Suite("Integer run table")
struct IntegerRunTableTests {
    @Test func runsAreNumberedInOrderOfFirstSightAndFoundAgain() {
        var table = IntegerRunTable()
        #expect(table.number(of: [3, 1]) == 0)
        #expect(table.number(of: []) == 1)
        #expect(table.number(of: [1, 3]) == 2, "order matters: another run")
        #expect(table.number(of: [3, 1]) == 0)
        #expect(table.number(of: [3, 1, -1]) == 3, "a longer run is another run")
        #expect(table.count == 4)
        #expect(table.existing([1, 3]) == 2)
        #expect(table.existing([]) == 1)
        #expect(table.existing([3]) == nil)
        #expect(Array(table.run(3)) == [3, 1, -1])
        #expect(table.run(1).isEmpty)
    }

    @Test func equalsADictionaryOfArraysOverThousandsOfRuns() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int32 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int32((state >> 33) % UInt64(n))
        }
        var table = IntegerRunTable()
        var reference: [[Int32]: Int] = [:]
        var order: [[Int32]] = []
        for _ in 0..<20_000 {
            let run = (0..<Int(next(5))).map { _ in next(12) }
            let expected = reference[run] ?? order.count
            if reference[run] == nil {
                reference[run] = expected
                order.append(run)
            }
            #expect(table.number(of: run) == expected)
        }
        #expect(table.count == order.count)
        for (k, run) in order.enumerated() {
            #expect(Array(table.run(k)) == run)
            #expect(table.existing(run) == k)
        }
    }
}
