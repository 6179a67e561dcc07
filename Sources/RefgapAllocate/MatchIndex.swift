import RefgapModel

/// Which classes of interchangeable contacts can serve a bucket, answered from posting lists of
/// interned values over flat arrays, rather than by comparing strings with every class (docs/model.md, Matching rule).
struct MatchIndex {
    private let dimensions: Int
    /// Per dimension: lowercased value → id; activities likewise.
    private var valueIDs: [[String: Int32]]
    private var activityIDs: [String: Int32] = [:]
    /// Per dimension, per class: the class's value ids, as ranges into one flat array.
    private var valueStart: [[Int32]]
    private var values: [[Int32]]
    /// Per class: activity bits (`words` per class), seniority, rest-until ordinal (Int.min for none).
    private var activityBits: [UInt64] = []
    private var words = 1
    private var seniority: [UInt8] = []
    private var rest: [Int] = []
    /// Per dimension: value id → classes holding it, ascending; per activity likewise.
    private var postings: [[Int32: [Int32]]]
    private var activityPostings: [Int32: [Int32]] = [:]
    private(set) var classCount = 0
    /// `valueStart` and `values` of every dimension in one array each, read by the matching loop
    /// through pointers (no nested array to retain per check): dimension `d`'s starts begin at
    /// `d * (classCount + 1)`.
    private var flatStart: [Int32] = []
    private var flatValues: [Int32] = []

    /// One representative contact per class, in class order.
    init(classes: [Contact], dimensions: Int) {
        self.dimensions = dimensions
        valueIDs = Array(repeating: [:], count: dimensions)
        valueStart = Array(repeating: [0], count: dimensions)
        values = Array(repeating: [], count: dimensions)
        postings = Array(repeating: [:], count: dimensions)
        for c in classes {
            for a in c.activities where activityIDs[a.lowercased()] == nil {
                activityIDs[a.lowercased()] = Int32(activityIDs.count)
            }
        }
        words = max(1, (activityIDs.count + 63) / 64)
        for c in classes { add(c) }
        for d in 0..<dimensions {
            let base = Int32(flatValues.count)
            flatStart += valueStart[d].map { $0 + base }
            flatValues += values[d]
        }
    }

    private mutating func add(_ c: Contact) {
        let id = Int32(classCount)
        classCount += 1
        for d in 0..<dimensions {
            var ids: [Int32] = []
            for v in d < c.dimensions.count ? c.dimensions[d] : [] {
                let key = v.lowercased()
                let vid: Int32
                if let known = valueIDs[d][key] {
                    vid = known
                } else {
                    vid = Int32(valueIDs[d].count)
                    valueIDs[d][key] = vid
                }
                if !ids.contains(vid) {
                    ids.append(vid)
                    postings[d][vid, default: []].append(id)
                }
            }
            values[d].append(contentsOf: ids)
            valueStart[d].append(Int32(values[d].count))
        }
        var bits = [UInt64](repeating: 0, count: words)
        for a in c.activities {
            guard let bit = activityIDs[a.lowercased()] else { continue }
            if bits[Int(bit) / 64] & (1 << UInt64(bit % 64)) == 0 { activityPostings[bit, default: []].append(id) }
            bits[Int(bit) / 64] |= 1 << UInt64(bit % 64)
        }
        activityBits.append(contentsOf: bits)
        seniority.append(UInt8(c.seniority.rawValue))
        rest.append(c.restUntil?.ordinal ?? Int.min)
    }

    /// Classes that can serve `bucket` in its window (matching dimensions, activity, seniority, rest).
    func classes(for bucket: Bucket, windowEnd: Day) -> [Int32] {
        guard let bit = activityIDs[bucket.activity.lowercased()], let byActivity = activityPostings[bit] else {
            return []
        }
        var wanted: [(dim: Int, id: Int32)] = []
        wanted.reserveCapacity(dimensions)
        for (d, v) in bucket.dimensions.enumerated() where d < dimensions {
            guard let v else { continue }
            guard let id = valueIDs[d][v.lowercased()], postings[d][id] != nil else { return [] }
            wanted.append((d, id))
        }
        var candidates = byActivity
        for w in wanted {
            if let list = postings[w.dim][w.id], list.count < candidates.count { candidates = list }
        }
        let minimum = UInt8(bucket.minSeniority?.rawValue ?? 0)
        let end = windowEnd.ordinal
        let word = Int(bit) / 64, mask = UInt64(1) << UInt64(bit % 64)
        var out: [Int32] = []
        let stride = classCount + 1
        activityBits.withUnsafeBufferPointer { bits in
            seniority.withUnsafeBufferPointer { sen in
                rest.withUnsafeBufferPointer { restUntil in
                    flatStart.withUnsafeBufferPointer { starts in
                        flatValues.withUnsafeBufferPointer { ids in
                            wanted.withUnsafeBufferPointer { wanted in
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
        }
        return out
    }
}
