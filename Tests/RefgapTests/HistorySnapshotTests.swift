import Foundation
import RefgapCore
import RefgapModel
import Testing

@testable import RefgapRender

/// The history snapshot's segments are grouped by each bucket's activity and dimensions before their
/// keys are made (`segmentTotals`); they must be the segments one key per bucket makes, in the same
/// order, with the same sums to the last bit, and the same key where keys equal as strings differ in
/// bytes.
@Suite("History snapshot")
struct HistorySnapshotTests {
    /// One key per bucket, summed in the buckets' order, sorted by key: what the snapshot once did.
    static func keyPerBucket(_ p: StageResults) -> [HistoryEntry] {
        var slot: [String: Int] = [:]
        var sums: [HistoryEntry] = []
        for g in p.prioritized.gaps {
            let key = Render.segmentKey(activity: g.bucket.activity, g.bucket.dimensions)
            let k = slot[key] ?? sums.count
            if k == sums.count {
                slot[key] = k
                sums.append(HistoryEntry(key: key, demand: 0, covered: 0, gap: 0))
            }
            sums[k].demand += g.bucket.demand
            sums[k].covered += g.covered
            sums[k].gap += g.gap
        }
        return sums.sorted { $0.key < $1.key }
    }

    @Test func segmentsAreThoseOfOneKeyPerBucket() throws {
        var p = try runPipeline(repoRoot + "/SampleData").result
        #expect(MachineReadableFiles.segmentTotals(p) == Self.keyPerBucket(p))
        // Buckets whose keys coincide though their values differ: a wildcard and a value written
        // `Any`, a `|` inside a value, a value in decomposed form (equal as a string to the composed
        // one, other bytes), with fractions that sum differently in another order.
        var gaps = p.prioritized.gaps
        try #require(gaps.count > 8 && gaps[0].bucket.dimensions.count >= 2)
        let dims = gaps[0].bucket.dimensions.count
        func set(_ i: Int, activity: String, _ values: [String?], demand: Double) {
            var bucket = gaps[i].bucket
            bucket.activity = activity
            bucket.dimensions = values + Array(repeating: nil, count: dims - values.count)
            bucket.demand = demand
            gaps[i] = Gap(bucket: bucket, covered: demand / 3, allocations: [])
        }
        set(1, activity: "Case study", [nil, "EMEA"], demand: 0.1)
        set(2, activity: "Case study", ["Any", "EMEA"], demand: 0.2)
        set(3, activity: "Case study", [nil, "EMEA"], demand: 0.3)
        set(4, activity: "Case study|Any", ["EMEA"], demand: 0.7)
        set(5, activity: "Caf\u{E9} talk", ["Z\u{FC}rich"], demand: 1.1)
        set(6, activity: "Cafe\u{301} talk", ["Zu\u{308}rich"], demand: 2.3)
        set(7, activity: "Caf\u{E9} talk", ["Z\u{FC}rich"], demand: 0.35)
        p.prioritized.gaps = gaps
        let grouped = MachineReadableFiles.segmentTotals(p), reference = Self.keyPerBucket(p)
        #expect(grouped == reference)
        let sameBytes =
            grouped.count == reference.count
            && zip(grouped, reference).allSatisfy { Array($0.key.utf8) == Array($1.key.utf8) }
        #expect(sameBytes, "a segment's key is its first bucket's, byte for byte")
    }
}
