/// Greedy choice of recruits: each step adds the candidate whose addition raises the weighted covered
/// demand most (ties: more demand covered, then the earlier candidate).
///
/// The weighted objective is not submodular: a bucket early in the allocation order can take a
/// recruit that a later, more valuable bucket wanted, and a second recruit then frees the first for
/// the later bucket, so a candidate's gain can *grow* as others are added. Stale gains are therefore
/// not upper bounds, and the textbook lazy greedy could pick the wrong recruit. Instead:
/// - each candidate's gain is kept with the nodes its evaluation read; a recruit that changes none of
///   them leaves the gain exact (an evaluation that reads the same states finds the same flow);
/// - a candidate whose nodes changed is re-evaluated only when it could win: its gain is at most its
///   capacity times the highest value per reference among the buckets with a gap from its first
///   bucket on (a bucket gains only through the recruit, and only buckets at or after one it serves
///   can reach it), a bound that only falls as gaps close.
/// So the steps equal plain greedy's (checked by a test), with far fewer evaluations.
package enum RecruitGreedy {
    package struct Candidate: Sendable {
        /// Buckets the recruit can serve, ascending.
        package var buckets: [Int32]
        package var capacity: Int
        package init(buckets: [Int32], capacity: Int) {
            self.buckets = buckets
            self.capacity = capacity
        }
    }

    package struct Step: Sendable {
        package var candidate: Int
        package var served: [(bucket: Int, units: Int)]
        package var units: Int
        /// Σ weight × references over the buckets served.
        package var gain: Double
    }

    package struct Result: Sendable {
        package var steps: [Step]
        /// Candidate evaluations made (plain greedy makes one per candidate per step).
        package var evaluations: Int
        /// Nodes those evaluations read, in all: the work they did.
        package var nodesRead: Int
        /// The plan stopped because no candidate could cover `minUnits` more (not at the step limit).
        package var exhausted: Bool
    }

    /// `weights`: per bucket, the value of one reference covered there (not negative).
    package static func run(
        _ flow: inout RecruitFlow, candidates: [Candidate], weights: [Double], maxSteps: Int,
        minUnits: Int, unitsPerReference: Int, incremental: Bool = true
    ) -> Result {
        func gain(_ served: [(bucket: Int, units: Int)]) -> Double {
            served.reduce(0) { $0 + weights[$1.bucket] * Double($1.units) / Double(unitsPerReference) }
        }
        var gains = [Double](repeating: 0, count: candidates.count)
        var units = [Int](repeating: 0, count: candidates.count)
        var exact = [Bool](repeating: false, count: candidates.count)
        var evaluations = 0, nodesRead = 0
        let words = (flow.nodeCount + 63) / 64
        // Per candidate, the nodes its last evaluation read, as bits (incremental mode only).
        var readBits = incremental ? [UInt64](repeating: 0, count: words * candidates.count) : []
        func evaluate(_ i: Int) {
            let outcome = flow.add(buckets: candidates[i].buckets, capacity: candidates[i].capacity, commit: false)
            evaluations += 1
            nodesRead += outcome.nodes.count
            gains[i] = gain(outcome.served)
            units[i] = outcome.units
            exact[i] = true
            guard incremental else { return }
            let base = i * words
            for w in 0..<words { readBits[base + w] = 0 }
            for n in outcome.nodes { readBits[base + Int(n) / 64] |= 1 << UInt64(n % 64) }
        }
        // Per bucket: the highest value per reference among the buckets with a gap from it on.
        var laterBest = [Double](repeating: 0, count: flow.bucketCount + 1)
        func refreshBounds() {
            for b in stride(from: flow.bucketCount - 1, through: 0, by: -1) {
                laterBest[b] = max(laterBest[b + 1], flow.hasGap(b) ? weights[b] : 0)
            }
        }
        func bound(_ i: Int) -> Double {
            guard let first = candidates[i].buckets.first else { return 0 }
            return Double(candidates[i].capacity) / Double(unitsPerReference) * laterBest[Int(first)]
        }
        func better(_ i: Int, than j: Int) -> Bool {
            gains[i] > gains[j] || (gains[i] == gains[j] && (units[i] > units[j] || (units[i] == units[j] && i < j)))
        }
        var steps: [Step] = []
        var exhausted = false
        refreshBounds()
        while steps.count < maxSteps {
            if !incremental { for i in candidates.indices { evaluate(i) } }
            var best = -1
            for i in candidates.indices where exact[i] && (best < 0 || better(i, than: best)) { best = i }
            // A candidate not evaluated since its nodes changed could still win (or tie): evaluate
            // them by their bound, highest first, until the bound falls below the best gain known.
            let open = candidates.indices.filter { !exact[$0] }.map { (candidate: $0, bound: bound($0)) }
                .sorted { $0.bound != $1.bound ? $0.bound > $1.bound : $0.candidate < $1.candidate }
            for o in open {
                if best >= 0 && o.bound < gains[best] { break }
                evaluate(o.candidate)
                if best < 0 || better(o.candidate, than: best) { best = o.candidate }
            }
            guard best >= 0, units[best] >= minUnits else {
                exhausted = true
                break
            }
            let committed = flow.add(
                buckets: candidates[best].buckets, capacity: candidates[best].capacity, commit: true)
            steps.append(
                Step(candidate: best, served: committed.served, units: committed.units, gain: gain(committed.served)))
            exact[best] = false
            refreshBounds()
            if incremental {
                for i in candidates.indices where exact[i] {
                    let base = i * words
                    if committed.nodes.contains(where: { readBits[base + Int($0) / 64] & (1 << UInt64($0 % 64)) != 0 })
                    {
                        exact[i] = false
                    }
                }
            } else {
                for i in candidates.indices { exact[i] = false }
            }
        }
        if steps.count == maxSteps && !exhausted {
            // At the limit: whether anything was left to cover is what the next step would find.
            var left = false
            for i in candidates.indices where !left {
                left =
                    flow.add(buckets: candidates[i].buckets, capacity: candidates[i].capacity, commit: false).units
                    >= minUnits
            }
            exhausted = !left
        }
        return Result(steps: steps, evaluations: evaluations, nodesRead: nodesRead, exhausted: exhausted)
    }
}
