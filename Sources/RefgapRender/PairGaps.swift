import RefgapModel

/// For each likely pair of spellings (`Vocabulary.pairs`), the gaps that ask for its demand-side value,
/// found once for the reports' notes. The notes had scanned every ranked gap for each pair, for each
/// surplus segment, for each pair again: a program with hundreds of unknown industries, thousands of
/// gaps and thousands of surplus segments spent minutes there (60,000 deals and a 3,000-contact roster
/// with 400 industries and 200 products: over nine minutes).
struct PairGaps {
    /// Per pair, the index of its dimension in the config's, when it has one.
    let dimension: [Int?]
    /// Per pair, the positions in `Prioritized.ranked` (ascending) of the gaps asking for its
    /// demand-side value, ignoring case.
    let asking: [[Int]]
    /// Per pair, whether a surplus segment is probably its gap segment spelled another way.
    let surplus: [Bool]

    init(_ p: StageResults) {
        let pairs = p.prioritized.vocabulary.pairs
        let dims = p.prioritized.config.dimensions
        let dimension = pairs.map { dims.firstIndex(of: $0.dimension) }
        struct Wanted: Hashable {
            let dimension: Int
            let value: String
        }
        var wanted: [Wanted: [Int]] = [:]
        for (k, pair) in pairs.enumerated() {
            guard let i = dimension[k] else { continue }
            wanted[Wanted(dimension: i, value: pair.demandSide.value.lowercased()), default: []].append(k)
        }
        let wantedDimensions = Set(wanted.keys.map(\.dimension)).sorted()
        var asking = [[Int]](repeating: [], count: pairs.count)
        if !wanted.isEmpty {
            for (r, g) in p.prioritized.ranked.enumerated() {
                for i in wantedDimensions {
                    guard i < p.prioritized.gaps[g].bucket.dimensions.count,
                        let value = p.prioritized.gaps[g].bucket.dimensions[i],
                        let ks = wanted[Wanted(dimension: i, value: value.lowercased())]
                    else { continue }
                    for k in ks { asking[k].append(r) }
                }
            }
        }
        self.dimension = dimension
        self.asking = asking
        var surplus = [Bool](repeating: false, count: pairs.count)
        for segment in p.prioritized.surplus {
            for k in pairs.indices where !surplus[k] {
                surplus[k] = Self.spells(segment, pairs[k], dimension: dimension[k], asking: asking[k], p)
            }
        }
        self.surplus = surplus
    }

    /// Whether surplus segment `s` is probably pair `k`'s gap segment under the roster's spelling.
    func isSpelling(_ s: SurplusSegment, of k: Int, _ p: StageResults) -> Bool {
        Self.spells(s, p.prioritized.vocabulary.pairs[k], dimension: dimension[k], asking: asking[k], p)
    }

    /// `s` takes the pair's supply-side value, and a gap asking for its demand-side value (`asking`)
    /// agrees with `s` on every other dimension (or either accepts any).
    private static func spells(
        _ s: SurplusSegment, _ pair: Vocabulary.Pair, dimension: Int?, asking: [Int], _ p: StageResults
    ) -> Bool {
        guard let i = dimension, i < s.dimensions.count, let value = s.dimensions[i],
            value.sameIgnoringCase(pair.supplySide.value)
        else { return false }
        return asking.contains { r in
            let b = p.prioritized.gaps[p.prioritized.ranked[r]].bucket.dimensions
            return b.indices.allSatisfy { j in
                j == i || b[j] == nil || j >= s.dimensions.count
                    || (s.dimensions[j].map { b[j]?.sameIgnoringCase($0) ?? true } ?? true)
            }
        }
    }
}
