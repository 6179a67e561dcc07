/// The roster's values that `Reconcile.likeness` may pair with a demand value, found from what each of
/// its rules needs instead of by trying every pair: a trial's 3,200 industries on each side spent 2.5 s
/// of a 3.5-second run comparing 10 million pairs, nearly all unalike.
///
/// Every pair `likeness` would name is among the candidates (the rest it would answer nil for):
/// - *the same words*: one value's words all among the other's, so the two share a word (`byWord`);
/// - *one inside the other* (four characters or more): the shorter's letter pairs are all in the longer,
///   so they share at least as many distinct letter pairs as the shorter has;
/// - *near in spelling* (edit distance k, 1 or 2): each edit touches at most two of a value's letter
///   pairs, so at least `distinct − 2k` of each one's distinct pairs are the other's, and at least one
///   (four letters with k = 1, seven with k = 2, leave one untouched).
/// Letter pairs are counted on ASCII folded forms; a value whose folded form is not ASCII is compared
/// with every value, as before (its search compares characters, not bytes).
struct LikenessCandidates {
    private let spellings: [Spelling]
    private var byWord: [String: [Int32]] = [:]
    private var byLetterPair: [UInt16: [Int32]] = [:]
    /// Per value: its distinct letter pairs (ASCII folded forms of four characters or more), else 0.
    private var letterPairs: [Int32]
    /// Values compared with every value: comparable, folded form not ASCII.
    private var everywhere: [Int32] = []
    // Per search, reused: shared letter pairs, and whether a value is a candidate already.
    private var shared: [Int32]
    private var taken: [Bool]

    init(_ spellings: [Spelling]) {
        self.spellings = spellings
        letterPairs = [Int32](repeating: 0, count: spellings.count)
        shared = [Int32](repeating: 0, count: spellings.count)
        taken = [Bool](repeating: false, count: spellings.count)
        for (i, s) in spellings.enumerated() where s.comparable {
            let id = Int32(i)
            for w in s.words { byWord[w, default: []].append(id) }
            guard let bytes = s.foldedASCII else {
                everywhere.append(id)
                continue
            }
            guard s.foldedCount >= 4 else { continue }
            let pairs = Self.distinctLetterPairs(bytes)
            letterPairs[i] = Int32(pairs.count)
            for p in pairs { byLetterPair[p, default: []].append(id) }
        }
    }

    /// The indices of the values `likeness` may pair with `a`, ascending.
    mutating func candidates(for a: Spelling) -> [Int] {
        guard a.comparable else { return [] }
        guard let bytes = a.foldedASCII else { return spellings.indices.filter { spellings[$0].comparable } }
        var found: [Int] = []
        func take(_ y: Int32) {
            let i = Int(y)
            if !taken[i] {
                taken[i] = true
                found.append(i)
            }
        }
        for w in a.words { for y in byWord[w] ?? [] { take(y) } }
        for y in everywhere { take(y) }
        if a.foldedCount >= 4 {
            let pairs = Self.distinctLetterPairs(bytes)
            var touched: [Int32] = []
            for p in pairs {
                for y in byLetterPair[p] ?? [] {
                    if shared[Int(y)] == 0 { touched.append(y) }
                    shared[Int(y)] += 1
                }
            }
            let mine = Int32(pairs.count)
            for y in touched {
                let theirs = letterPairs[Int(y)]
                let k: Int32 = min(a.foldedCount, spellings[Int(y)].foldedCount) >= 7 ? 2 : 1
                let needed = max(1, min(min(mine, theirs), max(mine, theirs) - 2 * k))
                if shared[Int(y)] >= needed { take(y) }
                shared[Int(y)] = 0
            }
        }
        for i in found { taken[i] = false }
        return found.sorted()
    }

    /// The distinct byte pairs of `bytes`, each as one number.
    static func distinctLetterPairs(_ bytes: [UInt8]) -> Set<UInt16> {
        var pairs = Set<UInt16>()
        guard bytes.count >= 2 else { return pairs }
        for i in 1..<bytes.count { pairs.insert(UInt16(bytes[i - 1]) << 8 | UInt16(bytes[i])) }
        return pairs
    }
}
