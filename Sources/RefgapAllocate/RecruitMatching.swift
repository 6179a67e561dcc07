import RefgapModel

/// The buckets each hypothetical recruit of the plan could serve, by the roster's rules: the bucket's
/// activity among the recruit's, each value the bucket names among the recruit's values of that
/// dimension (ignoring case), the seniority the bucket asks for, and no rest past the bucket's window.
///
/// A plan weighs one recruit per target (15,692 at real shape 1M) against every bucket (39,298).
/// Asking a `MatchIndex` of the recruits from each bucket costs buckets × recruits / 64 words;
/// here the question goes the other way. A bucket is found under its key (activity and values, a
/// blank value standing for "any"), and a recruit serves exactly the buckets whose key takes, in each
/// dimension, a blank or its value: one lookup per subset of its values (32 for five dimensions).
package enum RecruitMatching {
    /// For each recruit, the buckets it could serve, ascending.
    package static func buckets(for recruits: [Contact], _ segmented: Segmented, config: Config) -> [[Int32]] {
        guard !recruits.isEmpty else { return [] }
        let dimensions = config.dimensions.count
        guard dimensions < 8 else { return bucketsByIndex(for: recruits, segmented, config: config) }
        let keyed = BucketKeys(segmented.buckets, dimensions: dimensions)
        // What the rules read of a found bucket, without copying it: the seniority it asks for, and
        // its window's end (made only when a recruit rests).
        let minimum = segmented.buckets.map { UInt8($0.minSeniority?.rawValue ?? 0) }
        var windowEnds: [Int]? = nil
        var out = [[Int32]](repeating: [], count: recruits.count)
        var fallback: [Int] = []
        let blank = SIMD8<Int32>(repeating: -1)
        let laneBits = SIMD8<Int32>(1, 2, 4, 8, 16, 32, 64, 128)
        for (r, recruit) in recruits.enumerated() {
            // The recruit's value in each dimension that some bucket names (a recruit made from a
            // target has at most one); one with several goes to the index instead.
            var full = blank
            var present: Int32 = 0
            var several = false
            for d in 0..<dimensions where d < recruit.dimensions.count {
                for v in recruit.dimensions[d] {
                    guard let id = keyed.values[d].existing(v) else { continue }
                    if present & (1 << d) != 0 && full[d] != id { several = true }
                    full[d] = id
                    present |= 1 << d
                }
            }
            if several {
                fallback.append(r)
                continue
            }
            let seniority = UInt8(recruit.seniority.rawValue)
            let rest = recruit.restUntil?.ordinal ?? Int.min
            if rest != Int.min && windowEnds == nil {
                windowEnds = segmented.buckets.map {
                    Allocate.windowEnd($0, asOf: segmented.asOf, config: config).ordinal
                }
            }
            var found: [Int32] = []
            var activities: [Int32] = []
            for a in recruit.activities {
                if let id = keyed.activities.existing(a), !activities.contains(id) { activities.append(id) }
            }
            for activity in activities {
                var anyValue = blank
                anyValue[7] = activity
                // Each subset of the dimensions the recruit has a value in: those lanes its values,
                // the others blank.
                var subset = present
                while true {
                    // Only the subsets some bucket names exactly (a program's buckets name few: its
                    // sales buckets every dimension, its needs a handful of shapes) are looked up.
                    let key = anyValue.replacing(with: full, where: (SIMD8(repeating: subset) & laneBits) .!= 0)
                    if keyed.named[Int(subset)], let group = keyed.groups.index(of: key) {
                        for j in keyed.start[group]..<keyed.start[group + 1] {
                            let b = keyed.members[j]
                            guard minimum[Int(b)] <= seniority else { continue }
                            if let windowEnds, rest > windowEnds[Int(b)] { continue }
                            found.append(b)
                        }
                    }
                    if subset == 0 { break }
                    subset = (subset - 1) & present
                }
            }
            found.sort()
            out[r] = found
        }
        if !fallback.isEmpty {
            let byIndex = bucketsByIndex(for: fallback.map { recruits[$0] }, segmented, config: config)
            for (k, r) in fallback.enumerated() { out[r] = byIndex[k] }
        }
        return out
    }

    /// The same from an index of the recruits, asked from each bucket (the reference the tests compare
    /// with, and the way for a recruit with several values in a dimension).
    package static func bucketsByIndex(for recruits: [Contact], _ segmented: Segmented, config: Config) -> [[Int32]] {
        guard !recruits.isEmpty else { return [] }
        let index = MatchIndex(classes: recruits, dimensions: config.dimensions.count)
        var out = [[Int32]](repeating: [], count: recruits.count)
        for (b, bucket) in segmented.buckets.enumerated() {
            let windowEnd = Allocate.windowEnd(bucket, asOf: segmented.asOf, config: config)
            for r in index.classes(for: bucket, windowEnd: windowEnd) { out[Int(r)].append(Int32(b)) }
        }
        return out
    }
}

/// Buckets by their activity and values as ids ignoring case: lanes 0 to 6 the dimensions' values
/// (-1 for a blank value, any, and for a lane past the dimensions), lane 7 the activity. The buckets
/// of one key are `members[start[g]..<start[g + 1]]` (ascending) for its group `g`.
private struct BucketKeys {
    var values: [FoldedIDs]
    var activities = FoldedIDs()
    var groups = VectorKeyTable()
    var start: [Int] = []
    var members: [Int32] = []
    /// Per set of dimensions (bit `d` for dimension `d`), whether some bucket names a value in exactly
    /// those.
    var named = [Bool](repeating: false, count: 128)

    init(_ all: [Bucket], dimensions: Int) {
        values = Array(repeating: FoldedIDs(), count: dimensions)
        var groupOf: [Int32] = []
        var sizes: [Int] = []
        groupOf.reserveCapacity(all.count)
        for bucket in all {
            var key = SIMD8<Int32>(repeating: -1)
            key[7] = activities.id(bucket.activity)
            var mask = 0
            for d in 0..<dimensions where d < bucket.dimensions.count {
                if let v = bucket.dimensions[d] {
                    key[d] = values[d].id(v)
                    mask |= 1 << d
                }
            }
            named[mask] = true
            let g = groups.index(of: key) ?? groups.count
            if g == groups.count { groups.insert(key, index: g) }
            if g == sizes.count { sizes.append(0) }
            sizes[g] += 1
            groupOf.append(Int32(g))
        }
        start = [0]
        for n in sizes { start.append(start[start.count - 1] + n) }
        var next = start
        members = [Int32](repeating: 0, count: all.count)
        for (b, g) in groupOf.enumerated() {
            members[next[Int(g)]] = Int32(b)
            next[Int(g)] += 1
        }
    }
}
