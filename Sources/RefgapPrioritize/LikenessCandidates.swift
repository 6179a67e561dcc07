/// The roster's values that `Reconcile.likeness` may pair with a demand value, found from what each of
/// its rules needs instead of by trying every pair: a trial's 3,200 industries on each side spent 2.5 s
/// of a 3.5-second run comparing 10 million pairs, nearly all unalike.
///
/// Every pair `likeness` would name is among the candidates (the rest it would answer nil for):
/// - *the same words*: one value's words all among the other's, so the words they share are all of
///   one side's (`byWord`: a word common to thousands of values, `North`, makes no candidate alone);
/// - *one inside the other* (four characters or more): the shorter's letter pairs are all in the longer,
///   so they share at least as many distinct letter pairs as the shorter has;
/// - *near in spelling* (edit distance k, 1 or 2): each edit touches at most two of a value's letter
///   pairs, so at least `distinct − 2k` of each one's distinct pairs are the other's, and at least one
///   (four letters with k = 1, seven with k = 2, leave one untouched).
/// Letter pairs are counted on ASCII folded forms; a value whose folded form is not ASCII is compared
/// with every value, as before (its search compares characters, not bytes).
///
/// Values that differ only in their numbers are never a pair (`Territory 5305`, `Territory 15529`), yet
/// share a word and most letter pairs: 16,000 territories took 5 s. The lists hold each such family
/// side by side (`families`), and a value's search steps over its own family in every list.
struct LikenessCandidates {
    private let spellings: [Spelling]
    /// The values as the lists hold them (their places): the values without digits first, then each
    /// family of values with the same letters around their numbers (`Spelling.numbered`) together.
    /// Per place, the value's index in `spellings`.
    private let original: [Int32]
    /// Per family (its folded letters, each run of digits as `#`), its places.
    private var families: [String: Range<Int32>] = [:]
    /// Values in a family, by folded form: the member a value of the same family is written as.
    private var familyMembers: [String: [Int32]] = [:]
    private var byWord: [String: [Int32]] = [:]
    /// Per letter pair (`distinctLetterPairs`), the places of the values holding it.
    private var byLetterPair = [[Int32]](repeating: [], count: 36 * 36)
    /// Per place: the value's distinct letter pairs (ASCII folded forms of four characters or more),
    /// else 0, and its words.
    private var letterPairs: [Int32]
    private var wordCount: [Int32]
    /// Values compared with every value: comparable, folded form not ASCII.
    private var everywhere: [Int32] = []
    // Per search, reused: shared letter pairs and words, and whether a value is a candidate already.
    private var shared: [Int32]
    private var sharedWords: [Int32]
    private var taken: [Bool]

    init(_ spellings: [Spelling]) {
        self.spellings = spellings
        let order = spellings.indices.sorted { x, y in
            let fx = spellings[x].numbered?.skeleton, fy = spellings[y].numbered?.skeleton
            return fx == fy ? x < y : (fx ?? "") < (fy ?? "") || fx == nil
        }
        original = order.map { Int32($0) }
        letterPairs = [Int32](repeating: 0, count: spellings.count)
        shared = letterPairs
        sharedWords = letterPairs
        wordCount = order.map { Int32(spellings[$0].words.count) }
        taken = [Bool](repeating: false, count: spellings.count)
        for (place, i) in order.enumerated() {
            let s = spellings[i], id = Int32(place)
            if let family = s.numbered?.skeleton {
                families[family] = (families[family]?.lowerBound ?? id)..<(id + 1)
                familyMembers[s.folded, default: []].append(id)
            }
            guard s.comparable else { continue }
            for w in s.words { byWord[w, default: []].append(id) }
            guard let bytes = s.foldedASCII, let pairs = Self.distinctLetterPairs(bytes) else {
                everywhere.append(id)
                continue
            }
            guard s.foldedCount >= 4 else { continue }
            letterPairs[place] = Int32(pairs.count)
            for p in pairs { byLetterPair[p].append(id) }
        }
    }

    /// The indices of the values `likeness` may pair with `a`, ascending.
    mutating func candidates(for a: Spelling) -> [Int] {
        guard a.comparable else { return [] }
        guard let bytes = a.foldedASCII, let pairs = Self.distinctLetterPairs(bytes) else {
            return spellings.indices.filter { spellings[$0].comparable }
        }
        var found: [Int32] = []
        func take(_ y: Int32) {
            let i = Int(y)
            if !taken[i] {
                taken[i] = true
                found.append(y)
            }
        }
        // The value's family, stepped over; its members written the same way still count.
        let family = a.numbered.flatMap { families[$0.skeleton] }
        if family != nil { for y in familyMembers[a.folded] ?? [] { take(y) } }
        let words = Int32(a.words.count)
        let sharingWords = Self.count(a.words.map { byWord[$0] ?? [] }, skipping: family, in: &sharedWords)
        for y in sharingWords where sharedWords[Int(y)] == words || sharedWords[Int(y)] == wordCount[Int(y)] {
            take(y)
        }
        Self.reset(sharingWords, in: &sharedWords)
        for y in everywhere { take(y) }
        if a.foldedCount >= 4 {
            let mine = Int32(pairs.count)
            let sharingPairs = Self.count(pairs.map { byLetterPair[$0] }, skipping: family, in: &shared)
            for y in sharingPairs {
                let theirs = letterPairs[Int(y)]
                let k: Int32 = min(a.foldedCount, spellings[Int(original[Int(y)])].foldedCount) >= 7 ? 2 : 1
                let needed = max(1, min(min(mine, theirs), max(mine, theirs) - 2 * k))
                if shared[Int(y)] >= needed { take(y) }
            }
            Self.reset(sharingPairs, in: &shared)
        }
        for y in found { taken[Int(y)] = false }
        return found.map { Int(original[Int($0)]) }.sorted()
    }

    /// Adds 1 to `counts[y]` for each value `y` of each list, and returns the values counted, each once.
    /// On the counts' own storage: as a property's, every step checked the array for a second owner.
    /// Places in `skipping` are not counted: each list is ascending, so they are one run of it, found by
    /// halving.
    private static func count(_ lists: [[Int32]], skipping: Range<Int32>?, in counts: inout [Int32]) -> [Int32] {
        // No values: no array made (one of capacity 0 is the shared empty array, whose count the
        // initializer would write while other threads read it: ThreadSanitizer reported it).
        guard !counts.isEmpty else { return [] }
        // Each value is counted once at most: the list of them fits in as many places as there are values.
        return [Int32](unsafeUninitializedCapacity: counts.count) { touched, found in
            counts.withUnsafeMutableBufferPointer { counts in
                for list in lists {
                    list.withUnsafeBufferPointer { list in
                        var runs = (0..<list.count, list.count..<list.count)
                        if let skipping {
                            runs = (
                                0..<firstPlace(list, atLeast: skipping.lowerBound),
                                firstPlace(list, atLeast: skipping.upperBound)..<list.count
                            )
                        }
                        for run in 0..<2 {
                            for j in run == 0 ? runs.0 : runs.1 {
                                let y = list[j]
                                if counts[Int(y)] == 0 {
                                    touched[found] = y
                                    found += 1
                                }
                                counts[Int(y)] += 1
                            }
                        }
                    }
                }
            }
        }
    }

    /// The first index of ascending `list` whose place is `place` or more.
    private static func firstPlace(_ list: UnsafeBufferPointer<Int32>, atLeast place: Int32) -> Int {
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < place { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func reset(_ touched: [Int32], in counts: inout [Int32]) {
        counts.withUnsafeMutableBufferPointer { counts in for y in touched { counts[Int(y)] = 0 } }
    }

    /// The distinct letter pairs of a folded form's bytes, each as its index (`letter(a) * 36 + letter(b)`),
    /// ascending; nil when a byte is not a lowercase ASCII letter or digit (folding leaves no other).
    static func distinctLetterPairs(_ bytes: [UInt8]) -> [Int]? {
        var pairs: [Int] = []
        var previous: Int? = nil
        for b in bytes {
            let letter: Int
            switch b {
            case 0x30...0x39: letter = Int(b - 0x30)
            case 0x61...0x7A: letter = Int(b - 0x61) + 10
            default: return nil
            }
            if let previous { pairs.append(previous * 36 + letter) }
            previous = letter
        }
        pairs.sort()
        var distinct = 0
        for i in pairs.indices where distinct == 0 || pairs[distinct - 1] != pairs[i] {
            pairs[distinct] = pairs[i]
            distinct += 1
        }
        pairs.removeLast(pairs.count - distinct)
        return pairs
    }
}
