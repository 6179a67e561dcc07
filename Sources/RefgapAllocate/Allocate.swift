import RefgapModel

package enum Allocate {
    /// Flow quantities are whole ten-thousandths of a reference, so sums are exact.
    package static let unitsPerReference = 10_000

    package static func units(_ references: Double) -> Int { Int((references * Double(unitsPerReference)).rounded()) }
    package static func references(_ units: Int) -> Double { Double(units) / Double(unitsPerReference) }

    /// The allocate stage: takes the segmented buckets (in allocation order), the roster's contacts and
    /// their supply (`Supply.assess`); gives each bucket's covered demand and each contact's load
    /// (`Allocated`), and the flow network it ran on, for the recruiting plan to extend.
    /// `keys`: the roster's `ContactKeys`, when made already.
    package static func run(
        _ segmented: Segmented, contacts: [Contact], supply: [SupplyEntry], config: Config, keys: ContactKeys? = nil
    ) -> (allocated: Allocated, network: FlowNetwork) {
        let asOf = segmented.asOf
        // Classes of interchangeable eligible contacts, indexed for matching.
        let eligible = supply.filter(\.isEligible).map(\.contact)
        let keys = keys ?? ContactKeys(contacts, indices: eligible, dimensions: config.dimensions.count)
        let matchClasses = MatchClasses(contacts, keys: keys, indices: eligible, keepRest: true)
        let index = MatchIndex(matchClasses, of: contacts, dimensions: config.dimensions.count, keys: keys)
        let capacity = sinkCapacity(supply, contacts: contacts.count)
        var flow = IncrementalMaxFlow(classMembers: matchClasses.members, capacity: capacity)
        var covered: [Double] = []
        covered.reserveCapacity(segmented.buckets.count)
        var network = FlowNetwork(classMembers: matchClasses.members, capacity: capacity)
        let buckets = segmented.buckets
        // A segment's buckets in its three windows are served by the same classes unless someone
        // rests: asked once per segment (real shape 100k: 13,835 buckets, 9,022 segments), the answer
        // shared. With rest dates the window is part of the question.
        var answers = VectorKeyMemo<[Int32]>()
        for b in buckets.indices {
            let end = windowEnd(window: buckets[b].window, asOf: asOf, config: config)
            let classes: [Int32]
            if var question = index.question(of: buckets, b) {
                if index.anyRests { question[6] |= Int32(buckets[b].window) << 8 }
                classes = answers.value(question) { index.classes(answering: question, windowEnd: end) }
            } else {
                classes = index.classes(of: buckets, b, windowEnd: end)
            }
            network.bucketClasses.append(classes)
            let got = flow.add(
                demand: units(buckets[b].demand), classes: classes, edgeCapacity: edgeCapacity(buckets[b].kind))
            covered.append(references(got))
        }

        var allocations = [[(contact: Int, load: Double)]](repeating: [], count: segmented.buckets.count)
        var load = [Double](repeating: 0, count: contacts.count)
        for c in contacts.indices where capacity[c] > 0 {
            load[c] = references(flow.used[c])
            for (b, u) in flow.allocations(contact: c) { allocations[b].append((c, references(u))) }
        }
        for b in allocations.indices { allocations[b].sort { $0.contact < $1.contact } }
        let allocated = Allocated(
            contacts: contacts, supply: supply, covered: covered, allocations: allocations, load: load)
        return (allocated, network)
    }
}

extension Allocate {
    /// The total `run` would cover were a synonym in refgap.yml (contacts and buckets alike), without
    /// renaming a copy of either: the match index reads the two spellings as one value, over the
    /// classes the allocation already made (`network.classMembers`). Contacts alike before are alike
    /// after, so those classes still hold interchangeable contacts; and each bucket receives the
    /// difference of two maximum flows, whichever way its contacts are grouped, so the total is the
    /// one the renamed copies would give, to the last digit.
    package static func coveredTotal(
        _ segmented: Segmented, contacts: [Contact], supply: [SupplyEntry], network: FlowNetwork,
        joining synonym: Synonym, config: Config
    ) -> Double {
        let index = MatchIndex(
            network.classMembers.map { $0[0] }, of: contacts, keepRest: true, dimensions: config.dimensions.count,
            synonym: synonym)
        var flow = IncrementalMaxFlow(
            classMembers: network.classMembers, capacity: sinkCapacity(supply, contacts: contacts.count))
        var total = 0.0
        let buckets = segmented.buckets
        // A bucket naming neither spelling (ignoring case, as the index does) is served by the same
        // classes as in the allocation, which kept them: only the buckets naming one are asked again
        // (asking every bucket was most of this, ~4 µs a bucket for tens of thousands).
        let from = synonym.from.lowercased(), to = synonym.to.lowercased()
        func namesEither(_ b: Int) -> Bool {
            guard synonym.dimension < buckets[b].dimensions.count, let value = buckets[b].dimensions[synonym.dimension]
            else { return false }
            let folded = value.lowercased()
            return folded == from || folded == to
        }
        let kept = network.bucketClasses.count == buckets.count
        for b in buckets.indices {
            let end = windowEnd(window: buckets[b].window, asOf: segmented.asOf, config: config)
            let classes =
                kept && !namesEither(b) ? network.bucketClasses[b] : index.classes(of: buckets, b, windowEnd: end)
            total += references(
                flow.add(
                    demand: units(buckets[b].demand), classes: classes, edgeCapacity: edgeCapacity(buckets[b].kind)))
        }
        return total
    }

    /// Each contact's edge to the sink, in flow units: its capacity when eligible, else 0.
    static func sinkCapacity(_ supply: [SupplyEntry], contacts: Int) -> [Int] {
        var capacity = [Int](repeating: 0, count: contacts)
        for entry in supply where entry.isEligible { capacity[entry.contact] = entry.capacity * unitsPerReference }
        return capacity
    }

    /// The last day of a bucket's window: a contact resting past it cannot serve the bucket.
    static func windowEnd(_ bucket: Bucket, asOf: Day, config: Config) -> Day {
        windowEnd(window: bucket.window, asOf: asOf, config: config)
    }

    package static func windowEnd(window: Int, asOf: Day, config: Config) -> Day {
        asOf + config.windows[min(window, config.windows.count - 1)]
    }

    /// A calendar need takes at most one reference from each contact; a sales bucket, any number.
    static func edgeCapacity(_ kind: BucketKind) -> Int {
        kind == .need ? unitsPerReference : IncrementalMaxFlow.unbounded
    }
}
