import Testing
import RefgapAllocate
import RefgapModel
import RefgapPrioritize

/// A seeded generator, so a failing instance can be reproduced from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

/// Max flow by Edmonds–Karp on an explicit capacity matrix: the independent recomputation.
func edmondsKarp(_ capacity: [[Int]], source: Int, sink: Int) -> Int {
    var residual = capacity
    let n = capacity.count
    var total = 0
    while true {
        var parent = [Int](repeating: -1, count: n)
        parent[source] = source
        var queue = [source]
        var head = 0
        while head < queue.count && parent[sink] == -1 {
            let u = queue[head]
            head += 1
            for v in 0..<n where parent[v] == -1 && residual[u][v] > 0 {
                parent[v] = u
                queue.append(v)
            }
        }
        guard parent[sink] != -1 else { return total }
        var push = Int.max
        var v = sink
        while v != source {
            let u = parent[v]
            push = min(push, residual[u][v])
            v = u
        }
        v = sink
        while v != source {
            let u = parent[v]
            residual[u][v] -= push
            residual[v][u] += push
            v = u
        }
        total += push
    }
}

@Suite("Allocation property")
struct AllocationPropertyTests {
    static let industries = ["Healthcare", "Retail", "Energy"]
    static let regions = ["US-West", "EMEA"]
    static let activities = ["Reference call", "Case study"]

    @Test(arguments: 0..<300)
    func incrementalEqualsFullMaxFlowPerPrefix(seed: Int) {
        var rng = SplitMix64(state: UInt64(seed) &* 7919 &+ 17)
        func pick<T>(_ xs: [T]) -> T { xs[Int.random(in: 0..<xs.count, using: &rng)] }
        func maybe<T>(_ xs: [T]) -> T? { Bool.random(using: &rng) ? pick(xs) : nil }

        var opps: [Opportunity] = []
        for i in 0..<Int.random(in: 0...8, using: &rng) {
            let dims = [maybe(Self.industries), maybe(Self.regions), nil, nil]
            opps.append(randomDeal(i, activity: pick(Self.activities), dims: dims, using: &rng))
        }
        var needs: [Need] = []
        for i in 0..<Int.random(in: 0...4, using: &rng) {
            needs.append(
                need(
                    "n\(i)", days: Int.random(in: 0...120, using: &rng), count: Int.random(in: 1...4, using: &rng),
                    activity: pick(Self.activities), criteria: [maybe(Self.industries), maybe(Self.regions), nil, nil],
                    min: Bool.random(using: &rng) ? nil : pick(Seniority.allCases), order: i))
        }
        var contacts: [Contact] = []
        for i in 0..<Int.random(in: 0...7, using: &rng) {
            let inds = Self.industries.filter { _ in Int.random(in: 0..<3, using: &rng) == 0 }
            contacts.append(
                contact(
                    "c\(i)", dims: [inds, Bool.random(using: &rng) ? [pick(Self.regions)] : [], [], []],
                    activities: Self.activities.filter { _ in Bool.random(using: &rng) },
                    seniority: pick(Seniority.allCases), uses: Int.random(in: 0...3, using: &rng),
                    maxUses: Int.random(in: 1...4, using: &rng),
                    restUntil: Int.random(in: 0..<4, using: &rng) == 0 ? A + Int.random(in: 0...100, using: &rng) : nil)
            )
        }
        let config = Config()
        let p = engine(opps, needs, contacts, config: config)
        let buckets = p.segmented.buckets

        // Independent: full max flow for every prefix, on an explicit graph.
        let units = Allocate.unitsPerReference
        let nB = buckets.count, nC = contacts.count
        let source = 0, sink = 1 + nB + nC
        var capacity = [[Int]](repeating: [Int](repeating: 0, count: sink + 1), count: sink + 1)
        for e in p.allocated.supply where e.isEligible { capacity[1 + nB + e.contact][sink] = e.capacity * units }
        var previous = 0
        for (k, b) in buckets.enumerated() {
            capacity[source][1 + k] = Allocate.units(b.demand)
            for e in p.allocated.supply where e.isEligible {
                let c = contacts[e.contact]
                if Matching.canServe(c, b) && Matching.available(c, window: b.window, asOf: A, config: config) {
                    capacity[1 + k][1 + nB + e.contact] = b.kind == .need ? units : 1 << 40
                }
            }
            let total = edmondsKarp(capacity, source: source, sink: sink)
            let expected = Allocate.references(total - previous)
            #expect(abs(p.prioritized.gaps[k].covered - expected) < 0.01, "seed \(seed), bucket \(k)")
            previous = total
        }
        // Loads respect capacities; needs never take a contact twice.
        for e in p.allocated.supply { #expect(p.allocated.load[e.contact] <= Double(e.capacity) + 0.00001) }
        for g in p.prioritized.gaps where g.bucket.kind == .need {
            #expect(g.allocations.allSatisfy { $0.load <= 1.00001 })
        }
    }
}

@Suite("Matching ignores case")
struct CaseTests {
    @Test func sameIgnoringCaseAgreesWithComparingLowercasedCopies() {
        let words = [
            "Healthcare", "healthcare", "HEALTHCARE", "Healthcar", "Healthcare ", "US-Midwest", "us-midwest",
            "US_Midwest",
            "@", "`", "[", "{", "Éire", "éire", "ÉIRE", "Eire", "İstanbul", "i\u{307}stanbul", "istanbul", "ΟΔΟΣ",
            "οδος", "οδοσ",
            "Straße", "STRASSE", "", " ", "Cloud Platform", "cloud platform", "Cloud\u{00A0}Platform",
        ]
        for a in words {
            for b in words {
                #expect(a.sameIgnoringCase(b) == (a.lowercased() == b.lowercased()), "\(a) vs \(b)")
            }
        }
    }
}
