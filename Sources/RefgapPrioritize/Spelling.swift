import RefgapModel

/// A value's forms that `Reconcile.likeness` compares, made once per value rather than once per pair:
/// a dimension with thousands of values only one side has compared every pair's folds and word sets
/// again (41 s of a 51-second run on a 60,000-deal export with 2,000 needs and unknown values).
struct Spelling {
    /// Lowercased, as pairs are told apart and remembered.
    let lowered: String
    /// `Text.fold`: lowercased, letters and digits only.
    let folded: String
    /// The folded form's bytes, when it is ASCII (searched byte by byte), else nil.
    let foldedASCII: [UInt8]?
    /// The folded form's Unicode scalars (the edit distance's units) and its length in characters.
    let foldedScalars: [Unicode.Scalar]
    let foldedCount: Int
    /// The words, lowercased: runs of letters and digits.
    let words: Set<String>
    /// At most 200 bytes (a pasted document in a cell is no spelling of another) and not empty once folded.
    let comparable: Bool
    /// The folded pieces of a value written as a list (`Analytics, Cloud Platform`): empty for one value.
    let listPieces: Set<String>
    /// The folded form with each run of digits as `#`, and the runs, for a value with digits (`SKU-10938`:
    /// `sku#`, `10938`); nil without.
    let numbered: (skeleton: String, digits: [Substring])?

    init(_ s: String) {
        lowered = s.lowercased()
        folded = Text.fold(s)
        let bytes = Array(folded.utf8)
        foldedASCII = bytes.allSatisfy { $0 < 0x80 } ? bytes : nil
        foldedScalars = Array(folded.unicodeScalars)
        foldedCount = folded.count
        words = Set(lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        comparable = s.utf8.count <= 200 && !folded.isEmpty
        let pieces = s.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" }).map { Text.fold(String($0)) }
        listPieces = pieces.count > 1 ? Set(pieces.filter { !$0.isEmpty }) : []
        numbered = Self.numbered(folded)
    }

    /// `numbered` of a folded form (ASCII digits only: a code's numbers).
    static func numbered(_ folded: String) -> (skeleton: String, digits: [Substring])? {
        let isDigit = { (c: Character) in c.isASCII && c.isNumber }
        guard folded.contains(where: isDigit) else { return nil }
        var skeleton = ""
        var inDigits = false
        for c in folded {
            if isDigit(c) {
                if !inDigits { skeleton.append("#") }
                inDigits = true
            } else {
                skeleton.append(c)
                inDigits = false
            }
        }
        return (skeleton, folded.split(whereSeparator: { !isDigit($0) }))
    }
}
