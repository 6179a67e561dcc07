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
///   can reach it) and in the groups of its buckets (`BucketComponents`: no path leaves them). The
///   first part only falls as gaps close; the second rises when a commit joins groups, and the
///   candidates it raises are queued again;
/// - at a tie with that bound, a candidate that cannot cover more units than the best one, and comes
///   after it, cannot win either, so programs where every candidate ties stay quick. Gains are summed
///   per value per reference (units added up first), so equal gains are equal in floating point too and
///   ties go by units and rank as documented, not by rounding.
/// So the steps equal plain greedy's (checked by a test), with far fewer evaluations. A step's own
/// work follows what changed: the gains a commit invalidates are found from the nodes it changed (each
/// node lists the evaluations that read it), and the best exact gain and the highest bound come from
/// two heaps rather than a pass over every candidate.
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
        /// Nodes those evaluations read, in all, and their work (`RecruitFlow.Outcome.work`).
        package var nodesRead: Int
        package var work: Int
        /// The plan stopped because no candidate could cover `minUnits` more (not at the step limit).
        package var exhausted: Bool
        /// The plan stopped because its evaluations had done `workLimit` work, before the step limit
        /// and before running out of candidates: the steps taken are still plain greedy's first ones.
        package var stoppedAtWorkLimit = false
    }

    /// `weights`: per bucket, the value of one reference covered there (not negative). `workLimit`:
    /// the work the incremental run's evaluations may do in all (0: no limit). It is counted, not timed, so the same
    /// program stops at the same step on any machine; a step is never cut short, only not started.
    package static func run(
        _ flow: inout RecruitFlow, candidates: [Candidate], weights: [Double], maxSteps: Int,
        minUnits: Int, unitsPerReference: Int, incremental: Bool = true, workLimit: Int = 0
    ) -> Result {
        var state = Greedy(
            candidates: candidates, weights: weights, unitsPerReference: unitsPerReference,
            nodeCount: incremental ? flow.nodeCount : 0, workLimit: workLimit)
        var steps: [Step] = []
        var exhausted = false
        state.startBounds(flow)
        state.openAll()
        while steps.count < maxSteps {
            if !incremental { for i in candidates.indices { state.evaluate(i, &flow) } }
            guard let best = state.best(&flow), state.units[best] >= minUnits else {
                exhausted = !state.overWorkLimit
                break
            }
            let committed = flow.add(
                buckets: candidates[best].buckets, capacity: candidates[best].capacity, commit: true)
            steps.append(
                Step(
                    candidate: best, served: committed.served, units: committed.units,
                    gain: state.gain(committed.served)))
            state.closeGaps(committed.served, flow)
            if incremental { state.link(candidates[best].buckets) }
            if incremental {
                state.invalidate(best)
                state.invalidateReaders(of: committed.nodes)
            } else {
                for i in candidates.indices { state.exact[i] = false }
            }
        }
        if steps.count == maxSteps && !exhausted && !state.overWorkLimit {
            // At the limit: whether anything was left to cover is what the next step would find. A
            // gain still exact answers without a new evaluation.
            var left = candidates.indices.contains { state.exact[$0] && state.units[$0] >= minUnits }
            for i in candidates.indices where !left && !state.exact[i] {
                left =
                    flow.add(buckets: candidates[i].buckets, capacity: candidates[i].capacity, commit: false).units
                    >= minUnits
            }
            exhausted = !left
        }
        return Result(
            steps: steps, evaluations: state.evaluations, nodesRead: state.nodesRead, work: state.work,
            exhausted: exhausted,
            stoppedAtWorkLimit: state.overWorkLimit)
    }

    /// The greedy's bookkeeping: each candidate's last gain and whether it is still exact, the nodes
    /// each evaluation read (per node, so a commit finds the gains it invalidates without scanning
    /// every candidate), and two heaps: exact gains, best first, and the rest by their bound.
    private struct Greedy {
        let candidates: [Candidate]
        let weights: [Double]
        let unitsPerReference: Int
        var gains: [Double]
        var units: [Int]
        var exact: [Bool]
        var evaluations = 0, nodesRead = 0, work = 0
        let workLimit: Int
        /// An evaluation was due when `work` had reached `workLimit`: the step was abandoned.
        var overWorkLimit = false
        /// Per candidate: the number of its last evaluation; per node: the evaluations that read it.
        var evaluatedAt: [Int32]
        var evaluationCount: Int32 = 0
        /// Per evaluation (by its number), the candidate evaluated: a node's readers are the numbers
        /// alone, 4 bytes each rather than 8 with the candidate beside them (at real shape 1M they were
        /// the largest holding at the run's peak, 11.9 MB).
        var evaluatedCandidate: [Int32] = [-1]  // (evaluations are numbered from 1)
        var readers: [[Int32]]
        /// Entries in `readers`, and those of evaluations still exact (per candidate, and in all): the
        /// others are dropped once they outnumber the live ones, so memory follows the live gains.
        var readerEntries = 0, liveEntries = 0
        var liveCount: [Int]
        /// Per bucket, the value per reference while it has a gap (0 once closed): the highest from
        /// a bucket on bounds a candidate whose first bucket it is.
        var gapWeights = SuffixMax([])
        /// Groups of buckets no path leaves, for the second part of the bound; per bucket, the
        /// candidates that match it (to raise their bounds when its group's rises).
        var groups: BucketComponents?
        let bucketCandidates: [[Int32]]
        let maxCapacity: Int
        /// Exact gains in `better` order; an entry whose candidate was evaluated again, or is no longer
        /// exact, is stale.
        var exactGains = BinaryHeap<ExactEntry>()
        /// Candidates not exact, by their bound when pushed (bounds only fall, so a pushed bound is an
        /// upper bound of today's), highest first, then the earlier candidate.
        var openBounds = BinaryHeap<OpenEntry>()

        struct ExactEntry: HeapOrder {
            var gain: Double
            var units: Int
            var candidate: Int32
            var evaluation: Int32
            static func precedes(_ a: Self, _ b: Self) -> Bool {
                a.gain > b.gain
                    || (a.gain == b.gain && (a.units > b.units || (a.units == b.units && a.candidate < b.candidate)))
            }
        }
        struct OpenEntry: HeapOrder {
            var bound: Double
            var candidate: Int32
            static func precedes(_ a: Self, _ b: Self) -> Bool {
                a.bound > b.bound || (a.bound == b.bound && a.candidate < b.candidate)
            }
        }

        init(candidates: [Candidate], weights: [Double], unitsPerReference: Int, nodeCount: Int, workLimit: Int) {
            self.candidates = candidates
            self.workLimit = workLimit
            self.weights = weights
            self.unitsPerReference = unitsPerReference
            gains = [Double](repeating: 0, count: candidates.count)
            units = [Int](repeating: 0, count: candidates.count)
            exact = [Bool](repeating: false, count: candidates.count)
            evaluatedAt = [Int32](repeating: 0, count: candidates.count)
            readers = .init(repeating: [], count: nodeCount)
            liveCount = [Int](repeating: 0, count: candidates.count)
            maxCapacity = candidates.reduce(0) { Swift.max($0, $1.capacity) }
            var matching = [[Int32]](repeating: [], count: nodeCount > 0 ? weights.count : 0)
            if nodeCount > 0 {
                for (i, c) in candidates.enumerated() { for b in c.buckets { matching[Int(b)].append(Int32(i)) } }
            }
            bucketCandidates = matching
        }

        /// Σ value per reference × references, with the units of buckets of equal value added up first
        /// (highest value first): two candidates that cover as many units at the same values have
        /// bit-for-bit equal gains, and one covering its capacity at a single value equals its bound.
        func gain(_ served: [(bucket: Int, units: Int)]) -> Double {
            var byValue = served.map { (value: weights[$0.bucket], units: $0.units) }
            byValue.sort { $0.value > $1.value }
            var total = 0.0, i = 0
            while i < byValue.count {
                var units = 0, j = i
                while j < byValue.count && byValue[j].value == byValue[i].value {
                    units += byValue[j].units
                    j += 1
                }
                total += worth(byValue[i].value, units)
                i = j
            }
            return total
        }

        /// `units` covered at `value` per reference.
        func worth(_ value: Double, _ units: Int) -> Double { value * Double(units) / Double(unitsPerReference) }

        mutating func evaluate(_ i: Int, _ flow: inout RecruitFlow) {
            let outcome = flow.add(buckets: candidates[i].buckets, capacity: candidates[i].capacity, commit: false)
            evaluations += 1
            nodesRead += outcome.nodes.count
            work += outcome.work
            gains[i] = gain(outcome.served)
            units[i] = outcome.units
            if exact[i] { liveEntries -= liveCount[i] }
            exact[i] = true
            evaluationCount += 1
            evaluatedAt[i] = evaluationCount
            evaluatedCandidate.append(Int32(i))
            var entries = 0
            let entry = evaluationCount
            // In place: indexing the array of lists checked it for a second owner at every node.
            readers.withUnsafeMutableBufferPointer { readers in
                for n in outcome.nodes where Int(n) < readers.count {
                    readers[Int(n)].append(entry)
                    entries += 1
                }
            }
            liveCount[i] = entries
            liveEntries += entries
            readerEntries += entries
            if readerEntries > 2 * liveEntries + readers.count { dropStaleReaders() }
            exactGains.push(
                ExactEntry(gain: gains[i], units: units[i], candidate: Int32(i), evaluation: evaluationCount))
        }

        mutating func startBounds(_ flow: RecruitFlow) {
            let open = (0..<flow.bucketCount).map { flow.hasGap($0) ? weights[$0] : 0 }
            gapWeights = SuffixMax(open)
            if !bucketCandidates.isEmpty { groups = BucketComponents(flow, weights: open) }
        }

        /// A commit raises only the buckets it served: those whose gap it closed leave the bounds.
        mutating func closeGaps(_ served: [(bucket: Int, units: Int)], _ flow: RecruitFlow) {
            for s in served where !flow.hasGap(s.bucket) {
                gapWeights.set(s.bucket, 0)
                groups?.refresh(s.bucket, weights: weights, hasGap: flow.hasGap)
            }
        }

        /// A committed recruit joins the groups of its buckets: candidates whose bound that raises are
        /// queued again at the new bound (an exact one keeps its gain and is queued if it is invalidated).
        mutating func link(_ buckets: [Int32]) {
            guard let rose = groups?.link(buckets), !rose.isEmpty else { return }
            var queued = Set<Int32>()
            for b in rose {
                for c in bucketCandidates[Int(b)] where !exact[Int(c)] && queued.insert(c).inserted {
                    openBounds.push(OpenEntry(bound: bound(Int(c)), candidate: c))
                }
            }
        }

        /// At the start every candidate is open.
        mutating func openAll() {
            for i in candidates.indices { openBounds.push(OpenEntry(bound: bound(i), candidate: Int32(i))) }
        }

        /// A candidate's gain is at most its capacity times the best value per reference among the
        /// buckets with a gap from its first bucket on and in its buckets' groups.
        func bound(_ i: Int) -> Double {
            guard let first = candidates[i].buckets.first else { return 0 }
            var value = gapWeights.max(from: Int(first))
            if let groups {
                var reachable = 0.0
                for b in candidates[i].buckets where reachable < value {
                    reachable = Swift.max(reachable, groups.bound(Int(b)))
                }
                value = Swift.min(value, reachable)
            }
            return worth(value, candidates[i].capacity)
        }

        func better(_ i: Int, than j: Int) -> Bool {
            gains[i] > gains[j] || (gains[i] == gains[j] && (units[i] > units[j] || (units[i] == units[j] && i < j)))
        }

        /// The best candidate: the best exact gain, then the open candidates by bound, highest first
        /// (an older bound is refreshed when it reaches the top), evaluated until the bound falls below
        /// the best gain known. The candidates evaluated, and so the choice, are plain greedy's.
        mutating func best(_ flow: inout RecruitFlow) -> Int? {
            while let top = exactGains.top, !isCurrent(top) { exactGains.pop() }
            var best = exactGains.top.map { Int($0.candidate) } ?? -1
            while let top = openBounds.top {
                let c = Int(top.candidate)
                if exact[c] {
                    openBounds.pop()
                    continue
                }
                let now = bound(c)
                if now < top.bound {
                    openBounds.replaceTop(OpenEntry(bound: now, candidate: top.candidate))
                    continue
                }
                // Below the best gain no candidate can win; at it, none that covers no more units than
                // the best and comes after it (the heap holds equal bounds in candidate order).
                if best >= 0 && (now < gains[best] || (now == gains[best] && maxCapacity <= units[best] && c > best)) {
                    break
                }
                // Past the limit no step is finished: one chosen from part of the candidates might
                // not be greedy's.
                if workLimit > 0 && work >= workLimit {
                    overWorkLimit = true
                    return nil
                }
                openBounds.pop()
                evaluate(c, &flow)
                if best < 0 || better(c, than: best) { best = c }
            }
            return best >= 0 ? best : nil
        }

        /// An exact-gain entry still holds: its candidate's gain is exact and comes from that evaluation.
        func isCurrent(_ e: ExactEntry) -> Bool {
            exact[Int(e.candidate)] && evaluatedAt[Int(e.candidate)] == e.evaluation
        }

        mutating func invalidate(_ i: Int) {
            guard exact[i] else { return }
            exact[i] = false
            liveEntries -= liveCount[i]
            openBounds.push(OpenEntry(bound: bound(i), candidate: Int32(i)))
        }

        /// A commit changed `nodes`: every gain whose evaluation read one of them is no longer exact.
        mutating func invalidateReaders(of nodes: [Int32]) {
            for n in nodes where Int(n) < readers.count {
                for e in readers[Int(n)] {
                    let c = Int(evaluatedCandidate[Int(e)])
                    if evaluatedAt[c] == e { invalidate(c) }
                }
                readerEntries -= readers[Int(n)].count
                readers[Int(n)] = []
            }
        }

        /// Keeps only the entries of evaluations still exact.
        mutating func dropStaleReaders() {
            for n in readers.indices where !readers[n].isEmpty {
                readers[n].removeAll { e in
                    let c = Int(evaluatedCandidate[Int(e)])
                    return !(exact[c] && evaluatedAt[c] == e)
                }
            }
            readerEntries = liveEntries
        }
    }
}
