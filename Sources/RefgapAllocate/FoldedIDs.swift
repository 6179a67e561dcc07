/// Small ids for values compared ignoring case, counting up from 0 in order of first sight: every
/// spelling of one lowercased value gets the same id, and each spelling is lowercased only once
/// (values are normalized upstream, so nearly every lookup hits its spelling without a copy).
struct FoldedIDs {
    /// Each spelling met, byte for byte (`SpellingTable`: most lookups end here).
    private var bySpelling = SpellingTable()
    private var byLowercased: [String: Int32] = [:]

    /// Distinct values (ignoring case, two joined spellings counting once) seen so far: the next id.
    private(set) var count = 0

    /// The value's id, made on first sight.
    mutating func id(_ value: String) -> Int32 {
        if let known = bySpelling.id(of: value) { return known }
        let lower = value.lowercased()
        let id: Int32
        if let known = byLowercased[lower] {
            id = known
        } else {
            id = Int32(count)
            count += 1
        }
        byLowercased[lower] = id
        bySpelling.set(value, to: id)
        return id
    }

    /// From now on `spelling` (in any case) takes `other`'s id: the two are one value.
    mutating func join(_ spelling: String, to other: String) {
        let id = self.id(other)
        byLowercased[spelling.lowercased()] = id
        bySpelling.set(spelling, to: id)
    }

    /// The value's id if it has been seen (in any case), else nil.
    func existing(_ value: String) -> Int32? { bySpelling.id(of: value) ?? byLowercased[value.lowercased()] }
}
