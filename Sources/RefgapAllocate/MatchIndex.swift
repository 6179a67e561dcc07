import RefgapModel

/// Which classes of interchangeable contacts can serve a bucket, answered from posting lists of
/// interned values over flat arrays, rather than by comparing strings with every class (docs/model.md, Matching rule).
struct MatchIndex {
    private let dimensions: Int
    /// Per dimension: value → id, ignoring case; activities likewise.
    private var valueIDs: [FoldedIDs]
    private var activityIDs = FoldedIDs()
    /// Per dimension, per class: the class's value ids, as ranges into one flat array.
    private var valueStart: [[Int32]]
    private var values: [[Int32]]
    /// Per class: activity bits (`words` per class), seniority, rest-until ordinal (Int.min for none).
    private var activityBits: [UInt64] = []
    private var words = 1
    private var seniority: [UInt8] = []
    private var rest: [Int] = []
    /// Some class rests until a date: then a bucket's answer depends on its window's end.
    private(set) var anyRests = false
    /// Per dimension: value id → classes holding it, ascending; per activity likewise.
    private var postings: [[[Int32]]]
    private var activityPostings: [[Int32]] = []
    private(set) var classCount = 0
    /// `valueStart` and `values` of every dimension in one array each, read by the matching loop
    /// through pointers (no nested array to retain per check): dimension `d`'s starts begin at
    /// `d * (classCount + 1)`.
    private var flatStart: [Int32] = []
    private var flatValues: [Int32] = []
    /// Dense values as sets of bits (`classWords` words each) in one array: per dimension and value id
    /// the offset of its set, or -1 when fewer than one class in 64 holds the value (its posting list
    /// is short, and scanning it costs less); per activity likewise. A bucket whose smallest list is
    /// long and whose values are all dense is answered by ANDing the sets a word at a time.
    private var classWords = 1
    private var setOffset: [[Int]] = []
    private var activitySetOffset: [Int] = []
    private var sets: [UInt64] = []

    /// One representative contact per class, in class order.
    init(classes: [Contact], dimensions: Int) {
        self.init(classes.indices.lazy.map { Int32($0) }, of: classes, keepRest: true, dimensions: dimensions)
    }

    /// The classes of `matchClasses`, whose representatives are among `contacts` (and in `keys`, when
    /// given: the ids the classes were grouped by).
    init(_ matchClasses: MatchClasses, of contacts: [Contact], dimensions: Int, keys: ContactKeys? = nil) {
        self.init(
            matchClasses.representatives, of: contacts, keepRest: matchClasses.keepRest, dimensions: dimensions,
            keys: keys)
    }

    /// One class per contact `representatives` names, in that order (read in place, not copied);
    /// `keepRest` false: their rest dates are not read. With a `synonym`, its two spellings are one
    /// value (and `keys`, which know nothing of it, are not used).
    init(
        _ representatives: some Collection<Int32>, of contacts: [Contact], keepRest: Bool, dimensions: Int,
        synonym: Synonym? = nil, keys: ContactKeys? = nil
    ) {
        let keys =
            (synonym == nil ? keys : nil)
            ?? ContactKeys(
                contacts, indices: representatives.lazy.map { Int($0) }, dimensions: dimensions, synonym: synonym)
        self.dimensions = dimensions
        // The keys' ids are the index's: a value's posting list is found by its id, and a bucket's
        // values are looked up in the same tables.
        valueIDs = (0..<dimensions).map { $0 < keys.valueIDs.count ? keys.valueIDs[$0] : FoldedIDs() }
        activityIDs = keys.activityIDs
        valueStart = Array(repeating: [0], count: dimensions)
        values = Array(repeating: [], count: dimensions)
        postings = valueIDs.map { Array(repeating: [], count: $0.count) }
        activityPostings = Array(repeating: [], count: activityIDs.count)
        words = max(1, (activityIDs.count + 63) / 64)
        seniority.reserveCapacity(representatives.count)
        rest.reserveCapacity(representatives.count)
        for r in representatives {
            add(
                keys, Int(r), seniority: contacts[Int(r)].seniority,
                restUntil: keepRest ? contacts[Int(r)].restUntil : nil)
        }
        for d in 0..<dimensions {
            let base = Int32(flatValues.count)
            flatStart += valueStart[d].map { $0 + base }
            flatValues += values[d]
        }
        classWords = max(1, (classCount + 63) / 64)
        setOffset = postings.map { $0.map { _ in -1 } }
        for d in 0..<dimensions {
            for v in postings[d].indices { setOffset[d][v] = makeSet(postings[d][v]) }
        }
        activitySetOffset = activityPostings.map { _ in -1 }
        for a in activityPostings.indices { activitySetOffset[a] = makeSet(activityPostings[a]) }
    }

    /// The set of `members` in `sets`, and its offset; -1 (no set) for a list under one class in 64.
    private mutating func makeSet(_ members: [Int32]) -> Int {
        guard members.count * 64 >= classCount else { return -1 }
        let offset = sets.count
        sets.append(contentsOf: repeatElement(0, count: classWords))
        for c in members { sets[offset + Int(c) / 64] |= 1 << UInt64(c % 64) }
        return offset
    }

    /// Contact `c` of `keys` as the next class.
    private mutating func add(_ keys: ContactKeys, _ c: Int, seniority level: Seniority, restUntil: Day?) {
        let id = Int32(classCount)
        classCount += 1
        for d in 0..<dimensions {
            // The class's distinct value ids go straight onto the dimension's flat list.
            let start = values[d].count
            for vid in keys.values(c, d) where !values[d][start...].contains(vid) {
                values[d].append(vid)
                postings[d][Int(vid)].append(id)
            }
            valueStart[d].append(Int32(values[d].count))
        }
        let base = activityBits.count
        activityBits.append(contentsOf: repeatElement(0, count: words))
        for bit in keys.activities(c) {
            let word = base + Int(bit) / 64, mask = UInt64(1) << UInt64(bit % 64)
            if activityBits[word] & mask == 0 { activityPostings[Int(bit)].append(id) }
            activityBits[word] |= mask
        }
        seniority.append(UInt8(level.rawValue))
        rest.append(restUntil?.ordinal ?? Int.min)
        if restUntil != nil { anyRests = true }
    }

    /// Classes that can serve `bucket` in its window (matching dimensions, activity, seniority, rest).
    func classes(for bucket: Bucket, windowEnd: Day) -> [Int32] {
        classes(
            activity: bucket.activity, dimensions: bucket.dimensions, minSeniority: bucket.minSeniority,
            windowEnd: windowEnd)
    }

    /// Classes that can serve `buckets[b]` in its window: its fields read in place (a loop over tens of
    /// thousands of buckets that passed each one on copied it whole).
    func classes(of buckets: [Bucket], _ b: Int, windowEnd: Day) -> [Int32] {
        classes(
            activity: buckets[b].activity, dimensions: buckets[b].dimensions, minSeniority: buckets[b].minSeniority,
            windowEnd: windowEnd)
    }

    /// What `classes(of:_:windowEnd:)` asks of `buckets[b]`, as ids: lanes 0 to 5 its values' (-1 for
    /// any, and past the dimensions), lane 6 the seniority it asks for, lane 7 its activity's (-1 when no
    /// class has the activity or one of the values: nothing serves it). Buckets asking the same get the
    /// same answer in one window, in every window when no class rests, so a caller can ask once per
    /// segment and key the answers by a vector (hashing the values' strings cost more than the
    /// answers saved). nil past six dimensions.
    func question(of buckets: [Bucket], _ b: Int) -> SIMD8<Int32>? {
        question(
            activity: buckets[b].activity, dimensions: buckets[b].dimensions, minSeniority: buckets[b].minSeniority)
    }

    /// The same for `bucket`, with the dimensions in `ignoring` (a bit per dimension) read as any value.
    func question(for bucket: Bucket, ignoring: Int = 0) -> SIMD8<Int32>? {
        question(
            activity: bucket.activity, dimensions: bucket.dimensions, minSeniority: bucket.minSeniority,
            ignoring: ignoring)
    }

    private func question(
        activity: String, dimensions bucketValues: [String?], minSeniority: Seniority?, ignoring: Int = 0
    ) -> SIMD8<Int32>? {
        guard dimensions <= 6 else { return nil }
        var key = SIMD8<Int32>(repeating: -1)
        key[6] = Int32(minSeniority?.rawValue ?? 0)
        guard let bit = activityIDs.existing(activity) else { return key }
        for (d, v) in bucketValues.enumerated() where d < dimensions && ignoring & (1 << d) == 0 {
            guard let v else { continue }
            guard let id = valueIDs[d].existing(v), !postings[d][Int(id)].isEmpty else { return key }
            key[d] = id
        }
        key[7] = bit
        return key
    }

    /// The classes that can serve a bucket asking `question` (`question(of:_:)`) in its window.
    func classes(answering question: SIMD8<Int32>, windowEnd: Day) -> [Int32] {
        guard question[7] >= 0 else { return [] }
        return withUnsafeTemporaryAllocation(of: (dim: Int, id: Int32).self, capacity: Swift.max(dimensions, 1)) {
            space in
            var n = 0
            for d in 0..<dimensions where question[d] >= 0 {
                space.initializeElement(at: n, to: (d, question[d]))
                n += 1
            }
            return classes(
                activity: Int(question[7]), wanted: UnsafeBufferPointer(rebasing: space[..<n]),
                minimum: UInt8(truncatingIfNeeded: question[6]), windowEnd: windowEnd)
        }
    }

    private func classes(activity: String, dimensions bucketValues: [String?], minSeniority: Seniority?, windowEnd: Day)
        -> [Int32]
    {
        guard let bit = activityIDs.existing(activity) else {
            return []
        }
        // The bucket's values as (dimension, id), and below the sets' offsets, in space on the stack:
        // arrays of them were two or three heap allocations per lookup (100,000 at real shape 100k,
        // many while the other core allocated too).
        return withUnsafeTemporaryAllocation(of: (dim: Int, id: Int32).self, capacity: Swift.max(dimensions, 1)) {
            space in
            var n = 0
            for (d, v) in bucketValues.enumerated() where d < dimensions {
                guard let v else { continue }
                guard let id = valueIDs[d].existing(v), !postings[d][Int(id)].isEmpty else {
                    return []
                }
                space.initializeElement(at: n, to: (d, id))
                n += 1
            }
            return classes(
                activity: Int(bit), wanted: UnsafeBufferPointer(rebasing: space[..<n]),
                minimum: UInt8(minSeniority?.rawValue ?? 0), windowEnd: windowEnd)
        }
    }

    private func classes(
        activity bit: Int, wanted: UnsafeBufferPointer<(dim: Int, id: Int32)>, minimum: UInt8, windowEnd: Day
    ) -> [Int32] {
        let byActivity = activityPostings[bit]
        var candidates = byActivity
        for w in wanted {
            let list = postings[w.dim][Int(w.id)]
            if list.count < candidates.count { candidates = list }
        }
        let end = windowEnd.ordinal
        if candidates.count >= classWords, activitySetOffset[bit] >= 0,
            wanted.allSatisfy({ setOffset[$0.dim][Int($0.id)] >= 0 })
        {
            return withUnsafeTemporaryAllocation(of: Int.self, capacity: wanted.count + 1) { offsets in
                offsets.initializeElement(at: 0, to: activitySetOffset[bit])
                for (k, w) in wanted.enumerated() {
                    offsets.initializeElement(at: k + 1, to: setOffset[w.dim][Int(w.id)])
                }
                return fromSets(UnsafeBufferPointer(offsets), minimum: minimum, end: end)
            }
        }
        let word = bit / 64, mask = UInt64(1) << UInt64(bit % 64)
        var out: [Int32] = []
        let stride = classCount + 1
        activityBits.withUnsafeBufferPointer { bits in
            seniority.withUnsafeBufferPointer { sen in
                rest.withUnsafeBufferPointer { restUntil in
                    flatStart.withUnsafeBufferPointer { starts in
                        flatValues.withUnsafeBufferPointer { ids in
                            for cls in candidates {
                                let k = Int(cls)
                                if bits[k * words + word] & mask == 0 { continue }
                                if sen[k] < minimum { continue }
                                if restUntil[k] > end { continue }
                                var ok = true
                                for w in wanted {
                                    let at = w.dim * stride + k
                                    var i = Int(starts[at])
                                    let hi = Int(starts[at + 1])
                                    while i < hi && ids[i] != w.id { i += 1 }
                                    if i == hi {
                                        ok = false
                                        break
                                    }
                                }
                                if ok { out.append(cls) }
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    /// The classes in every set at `offsets` (ascending), of at least `minimum` seniority and not
    /// resting past `end`: what the scan of a posting list finds, four words of 64 classes at a time
    /// (every set ANDed into them, no test between: the word-at-a-time loop, which stopped at a zero
    /// word, spent its time on the tests), then a word at a time for the rest.
    private func fromSets(_ offsets: UnsafeBufferPointer<Int>, minimum: UInt8, end: Int) -> [Int32] {
        var out: [Int32] = []
        sets.withUnsafeBufferPointer { bits in
            seniority.withUnsafeBufferPointer { sen in
                rest.withUnsafeBufferPointer { restUntil in
                    guard let base = bits.baseAddress else { return }
                    let raw = UnsafeRawPointer(base)
                    @inline(__always) func take(_ word: Int, _ bitsOfWord: UInt64) {
                        var x = bitsOfWord
                        while x != 0 {
                            let k = word * 64 + x.trailingZeroBitCount
                            x &= x - 1
                            if sen[k] >= minimum && restUntil[k] <= end { out.append(Int32(k)) }
                        }
                    }
                    var w = 0
                    while w + 4 <= classWords {
                        var x = raw.loadUnaligned(fromByteOffset: (offsets[0] + w) * 8, as: SIMD4<UInt64>.self)
                        for i in 1..<offsets.count {
                            x &= raw.loadUnaligned(fromByteOffset: (offsets[i] + w) * 8, as: SIMD4<UInt64>.self)
                        }
                        if x != SIMD4<UInt64>() {
                            for lane in 0..<4 { take(w + lane, x[lane]) }
                        }
                        w += 4
                    }
                    while w < classWords {
                        var x = bits[offsets[0] + w]
                        for i in 1..<offsets.count { x &= bits[offsets[i] + w] }
                        take(w, x)
                        w += 1
                    }
                }
            }
        }
        return out
    }
}
