import RefgapAllocate
import RefgapModel
import RefgapNormalize

package enum Reconcile {
    /// Pairs whose effect on coverage is computed exactly (one allocation each), the largest gaps first.
    static let checkedPairs = 25

    /// The summary raises eligible contacts blank on a dimension when they are at least 10% of the
    /// eligible contacts (and at least 3) and the buckets they would match, were the blank filled, have
    /// a gap of at least one reference.
    static func blankIsLarge(_ b: Vocabulary.Blank, eligible: Int) -> Bool {
        b.contacts >= 3 && Double(b.contacts) >= 0.1 * Double(eligible) && b.gap >= 1
    }

    /// `network`: the one the allocation ran on (its classes of interchangeable contacts). `keys`: the
    /// roster's `ContactKeys`, when made already.
    package static func run(
        _ segmented: Segmented, _ allocated: Allocated, network: FlowNetwork, gaps: [Gap], config: Config,
        keys: ContactKeys? = nil
    ) -> Vocabulary {
        var v = Vocabulary()
        let dims = config.dimensions
        let contacts = allocated.contacts
        let eligible = allocated.supply.filter(\.isEligible)
        v.eligibleContacts = eligible.count
        let unknown = segmented.dataQuality.unknownValues.mapValues { Set($0.map(Text.fold)) }
        let coveredNow = gaps.reduce(0) { $0 + $1.covered }
        var candidates: [Vocabulary.Pair] = []
        for (i, d) in dims.enumerated() {
            // The sides in first-seen order, one per value ignoring case (named by its first spelling);
            // a spelling seen before finds its side with one lookup, without lowercasing it again.
            var all: [Vocabulary.Side] = []
            var byKey: [String: Int] = [:], bySpelling: [String: Int] = [:]
            func side(_ value: String) -> Int {
                if let k = bySpelling[value] { return k }
                let key = value.lowercased()
                let k = byKey[key] ?? all.count
                if k == all.count {
                    byKey[key] = k
                    all.append(Vocabulary.Side(value: value))
                }
                bySpelling[value] = k
                return k
            }
            // Read in place: a loop variable copied each gap (its strings retained).
            for j in gaps.indices where gaps[j].bucket.demand > 0 {
                guard let value = gaps[j].bucket.dimensions[i] else { continue }
                let k = side(value)
                all[k].demand += gaps[j].bucket.demand
                all[k].gap += gaps[j].gap
                all[k].buckets += 1
            }
            // Values a contact carries only as the region around its own (AMER beside US-West) serve
            // demand, but are not listed as carried and asked for by no one: nobody wrote them.
            var written = Set<Int>()
            for e in eligible {
                let values = contacts[e.contact].dimensions[i]
                let own = d == "region" ? RegionWithin.ownRegions(values) : values
                for value in values {
                    let k = side(value)
                    all[k].contacts += 1
                    all[k].capacity += e.capacity
                    if own.count == values.count || own.contains(value) { written.insert(k) }
                }
            }
            let asked = all.filter { $0.buckets > 0 }, carried = all.filter { $0.contacts > 0 }
            for s in asked where s.contacts == 0 { v.demandOnly.append((d, s)) }
            for (k, s) in all.enumerated() where s.contacts > 0 && s.buckets == 0 && written.contains(k) {
                v.supplyOnly.append((d, s))
            }
            // A built-in value (a region, a size band, an industry a table gave) is distinct from
            // another built-in one by definition.
            func isBuiltIn(_ s: String) -> Bool {
                ["industry", "region", "size"].contains(d) && !(unknown[d]?.contains(Text.fold(s)) ?? false)
            }
            var seen = Set<[String]>()
            // Each value's forms and built-in status once, not once per pair.
            let askedSpellings = asked.map { Spelling($0.value) }, carriedSpellings = carried.map { Spelling($0.value) }
            let askedBuiltIn = asked.map { isBuiltIn($0.value) }, carriedBuiltIn = carried.map { isBuiltIn($0.value) }
            // Only the carried values each rule could pair with (`LikenessCandidates`), in the same order.
            var likely = LikenessCandidates(carriedSpellings)
            for (x, a) in asked.enumerated() {
                for y in likely.candidates(for: askedSpellings[x]) {
                    let b = carried[y]
                    guard askedSpellings[x].lowered != carriedSpellings[y].lowered, a.contacts == 0 || b.buckets == 0,
                        !(askedBuiltIn[x] && carriedBuiltIn[y]),
                        let why = likeness(askedSpellings[x], carriedSpellings[y]),
                        seen.insert([askedSpellings[x].lowered, carriedSpellings[y].lowered]).inserted
                    else { continue }
                    // The synonym maps the spelling no table knows onto the other; between two such, the
                    // roster's onto the demand's.
                    let (from, to) = carriedBuiltIn[y] && !askedBuiltIn[x] ? (a.value, b.value) : (b.value, a.value)
                    candidates.append(
                        Vocabulary.Pair(
                            dimension: d, demandSide: a, supplySide: b, why: why, from: from, to: to,
                            coveredBefore: coveredNow))
                }
            }
        }
        candidates.sort { x, y in
            if x.demandSide.gap != y.demandSide.gap { return x.demandSide.gap > y.demandSide.gap }
            if x.dimension != y.dimension { return x.dimension < y.dimension }
            return (x.demandSide.value, x.supplySide.value) < (y.demandSide.value, y.supplySide.value)
        }
        // The allocation runs again only for a pair whose join would let some contact serve a bucket it
        // could not serve before; otherwise the flow network, and so the coverage, stays as it is.
        let width = gaps.reduce(dims.count) { max($0, $1.bucket.dimensions.count) }
        let supplyIndex =
            candidates.isEmpty
            ? nil : ContactIndex(contacts, indices: eligible.map(\.contact), dimensions: width, keys: keys)
        for k in candidates.indices where k < checkedPairs {
            guard let supplyIndex, joinAddsMatches(candidates[k], gaps: gaps, index: supplyIndex, config: config) else {
                candidates[k].coveredIfJoined = coveredNow
                continue
            }
            candidates[k].coveredIfJoined = coveredIfJoined(
                candidates[k], segmented: segmented, allocated: allocated, network: network, config: config)
        }
        v.uncheckedPairs = max(0, candidates.count - checkedPairs)
        // The pairs that change coverage first, by how much.
        v.pairs = candidates.enumerated().sorted { x, y in
            let gx = (x.element.coveredIfJoined ?? coveredNow) - coveredNow,
                gy = (y.element.coveredIfJoined ?? coveredNow) - coveredNow
            return abs(gx - gy) >= 0.005 ? gx > gy : x.offset < y.offset
        }.map(\.element)
        for value in (segmented.dataQuality.unknownValues["industry"] ?? []) {
            v.industrySuggestions.append(.init(value: value, closest: closestIndustry(value)))
        }
        v.blanks = blanks(allocated, gaps: gaps, eligible: eligible, dims: dims, keys: keys)
        return v
    }

    /// Why two spellings are probably one value, or nil: the same words (`Analytics` in `Analytics
    /// Cloud`), one inside the other once folded, or near in spelling (edit distance 1, or 2 for
    /// values of seven letters or more: `technolgy` and `Technology`).
    static func likeness(_ a: String, _ b: String) -> String? { likeness(Spelling(a), Spelling(b)) }

    /// `likeness` of two values' forms made once (`Spelling`). A value past a screenful (a pasted
    /// document in a cell) is no spelling of another: and the edit distance of two such would take minutes.
    static func likeness(_ a: Spelling, _ b: Spelling) -> String? {
        guard a.comparable, b.comparable else { return nil }
        // Values that differ only in their numbers are different codes or versions (`SKU-10938` and
        // `SKU-17238`, `Windows 10` and `Windows 11`), not one value spelled two ways: a trial's
        // product codes made 68,713 suggested synonyms.
        if let x = a.numbered, let y = b.numbered, x.skeleton == y.skeleton, x.digits != y.digits { return nil }
        // A list holding the other value (`Analytics, Cloud Platform` and `Analytics`) is several values,
        // not a spelling: joining them relabelled every Analytics deal, contact and need (trial h3).
        if a.listPieces.contains(b.folded) || b.listPieces.contains(a.folded) { return nil }
        if !a.words.isEmpty, !b.words.isEmpty, a.words.isSubset(of: b.words) || b.words.isSubset(of: a.words) {
            return "the same words"
        }
        // Both of the other rules need four characters.
        let shorter = min(a.foldedCount, b.foldedCount)
        guard shorter >= 4 else { return nil }
        if contains(a, b) || contains(b, a) { return "one inside the other" }
        let limit = shorter >= 7 ? 2 : 1
        if Text.distance(a.foldedScalars, b.foldedScalars, atMost: limit) <= limit { return "near in spelling" }
        return nil
    }

    /// Whether `a`'s folded form contains `b`'s: byte by byte when both are ASCII, else as `String`
    /// searches (which compare characters, not bytes).
    static func contains(_ a: Spelling, _ b: Spelling) -> Bool {
        guard let x = a.foldedASCII, let y = b.foldedASCII else { return a.folded.contains(b.folded) }
        return contains(x, y)
    }

    /// Whether bytes `x` hold bytes `y` in a row.
    static func contains(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        guard let first = y.first, x.count >= y.count else { return y.isEmpty }
        for start in 0...(x.count - y.count) where x[start] == first {
            var k = 1
            while k < y.count && x[start + k] == y[k] { k += 1 }
            if k == y.count { return true }
        }
        return false
    }

    /// Whether joining the pair's spellings could give a bucket a contact it lacks: a bucket naming one
    /// spelling that an eligible contact carrying the other would serve (rest dates aside, so a yes
    /// may be needless, a no never wrong).
    static func joinAddsMatches(_ pair: Vocabulary.Pair, gaps: [Gap], index: ContactIndex, config: Config) -> Bool {
        guard let i = config.dimensions.firstIndex(of: pair.dimension) else { return true }
        let from = pair.from.lowercased(), to = pair.to.lowercased()
        for g in gaps {
            guard i < g.bucket.dimensions.count, let value = g.bucket.dimensions[i]?.lowercased(),
                value == from || value == to
            else { continue }
            var other = g.bucket
            other.dimensions[i] = value == from ? pair.to : pair.from
            if index.anyServes(other) { return true }
        }
        return false
    }

    /// Total covered with the pair's synonym applied to contacts and buckets alike.
    static func coveredIfJoined(
        _ pair: Vocabulary.Pair, segmented: Segmented, allocated: Allocated, network: FlowNetwork, config: Config
    ) -> Double {
        guard let i = config.dimensions.firstIndex(of: pair.dimension) else { return 0 }
        return Allocate.coveredTotal(
            segmented, contacts: allocated.contacts, supply: allocated.supply, network: network,
            joining: Synonym(dimension: i, from: pair.from, to: pair.to), config: config)
    }

    /// The built-in industry closest to a value no synonym knows: one inside the other, else the
    /// smallest edit distance: 1 for a value under eight letters, 2 for a longer one (a misspelling,
    /// `technolgy`; not a word of another language that happens to be near, `Bildung` and `building`).
    static func closestIndustry(_ value: String) -> String? {
        guard value.utf8.count <= 200 else { return nil }
        let f = Text.fold(value)
        guard !f.isEmpty else { return nil }
        // Distances past 2 are never taken: counted only up to 3 (a value unlike every key stops early).
        let scalars = Array(f.unicodeScalars), count = f.count
        // ASCII values (the keys all are) searched byte by byte: `String.contains` goes through Foundation,
        // 12% of a run with 3,200 unknown industries.
        let ascii = f.utf8.allSatisfy { $0 < 0x80 } ? Array(f.utf8) : nil
        func inside(_ key: String, _ keyBytes: [UInt8]?) -> Bool {
            guard let ascii, let keyBytes else { return key.contains(f) || f.contains(key) }
            return contains(keyBytes, ascii) || contains(ascii, keyBytes)
        }
        var best: (name: String, distance: Int)? = nil
        for key in industryKeys {
            let d =
                (min(key.count, count) >= 5 && inside(key.key, key.bytes))
                ? 0 : Text.distance(scalars, key.scalars, atMost: 2)
            if d < best?.distance ?? Int.max { best = (key.name, d) }
            if d == 0 { break }
        }
        guard let best, best.distance <= (count < 8 ? 1 : 2) else { return nil }
        return best.name
    }

    /// The built-in industry table's keys in order, with the forms `closestIndustry` compares, made once.
    static let industryKeys: [(key: String, name: String, scalars: [Unicode.Scalar], count: Int, bytes: [UInt8]?)] =
        IndustryTable.synonyms.sorted(by: { $0.key < $1.key }).map {
            (
                $0.key, $0.value, Array($0.key.unicodeScalars), $0.key.count,
                $0.key.utf8.allSatisfy { $0 < 0x80 } ? Array($0.key.utf8) : nil
            )
        }

    /// Per dimension: eligible contacts with no value on it, and the buckets they would match if it
    /// were filled in (every other dimension, the activity and the seniority matching).
    static func blanks(
        _ allocated: Allocated, gaps: [Gap], eligible: [SupplyEntry], dims: [String], keys: ContactKeys? = nil
    ) -> [Vocabulary.Blank] {
        var out: [Vocabulary.Blank] = []
        for (i, d) in dims.enumerated() {
            let blank = eligible.filter { allocated.contacts[$0.contact].dimensions[i].isEmpty }
            guard !blank.isEmpty else { continue }
            // Indexed by match class: the work grows with the buckets, not buckets × blank contacts.
            let width = gaps.reduce(dims.count) { max($0, $1.bucket.dimensions.count) }
            let index = ContactIndex(
                allocated.contacts, indices: blank.map(\.contact), dimensions: width, keys: keys)
            var b = Vocabulary.Blank(dimension: d, contacts: blank.count)
            countReach(&b, gaps: gaps, index: index, filling: [i])
            b.isLarge = blankIsLarge(b, eligible: eligible.count)
            out.append(b)
        }
        out += severalBlanks(allocated, gaps: gaps, eligible: eligible, dims: dims, keys: keys)
        return out
    }

    /// Counts into `b` the buckets with demand that name a value on a `filling` dimension and that the
    /// contacts of `index` would serve with those dimensions filled in (any value there matches).
    static func countReach(_ b: inout Vocabulary.Blank, gaps: [Gap], index: ContactIndex, filling: [Int]) {
        let ignoring = filling.reduce(0) { $0 | 1 << $1 }
        // Each gap read in place (bound to a constant, it was copied whole); buckets asking the same,
        // as ids, are answered once.
        var answers = VectorKeyMemo<Bool>()
        for i in gaps.indices
        where gaps[i].bucket.demand > 0 && filling.contains(where: { gaps[i].bucket.dimensions[$0] != nil }) {
            let serves: Bool
            if let question = index.question(for: gaps[i].bucket, ignoring: ignoring) {
                serves = answers.value(question) { index.anyServes(answering: question) }
            } else {
                var any = gaps[i].bucket
                for d in filling { any.dimensions[d] = nil }
                serves = index.anyServes(any)
            }
            guard serves else { continue }
            b.buckets += 1
            b.demand += gaps[i].bucket.demand
            b.gap += gaps[i].gap
        }
    }

    /// Contacts blank on two or more dimensions, grouped by which: filling one of them alone matches
    /// nothing more (the others are still blank), so each group's own line counts the buckets they
    /// would match with all their blanks filled — a roster that carries only the account name shows
    /// its whole reach here.
    static func severalBlanks(
        _ allocated: Allocated, gaps: [Gap], eligible: [SupplyEntry], dims: [String], keys: ContactKeys? = nil
    ) -> [Vocabulary.Blank] {
        var groups: [[Int]: [Int]] = [:]
        for e in eligible {
            let blank = dims.indices.filter { allocated.contacts[e.contact].dimensions[$0].isEmpty }
            if blank.count >= 2 { groups[blank, default: []].append(e.contact) }
        }
        let width = gaps.reduce(dims.count) { max($0, $1.bucket.dimensions.count) }
        var out: [Vocabulary.Blank] = []
        for (blank, contacts) in groups.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let index = ContactIndex(allocated.contacts, indices: contacts, dimensions: width, keys: keys)
            let names = blank.map { dims[$0] }
            var b = Vocabulary.Blank(
                dimension: Clip.series(names),
                contacts: contacts.count)
            countReach(&b, gaps: gaps, index: index, filling: blank)
            b.isLarge = blankIsLarge(b, eligible: eligible.count)
            out.append(b)
        }
        return out
    }
}
