import RefgapModel

extension Text {
    /// Edit distance between two strings (by Unicode scalar).
    package static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        return distance(x, y, atMost: x.count + y.count)
    }

    /// The candidate closest to `word`: the most words in common (`close date` ~ `Expected Close`),
    /// then the smallest edit distance; nil when nothing is reasonably close.
    package static func closest(to word: String, in candidates: [String]) -> String? {
        let wanted = words(word)
        let w = fold(word)
        var best: (candidate: String, overlap: Int, distance: Int)? = nil
        // A name over 256 bytes is not a column anyone means, and the edit distance to a 1 MB header
        // would take minutes: skipped.
        for c in candidates where c.utf8.count <= 256 {
            let overlap = wanted.intersection(words(c)).count
            let d = distance(w, fold(c))
            if let b = best, overlap < b.overlap || (overlap == b.overlap && d >= b.distance) { continue }
            best = (c, overlap, d)
        }
        guard let best else { return nil }
        return best.overlap > 0 || best.distance <= max(2, fold(best.candidate).count / 3) ? best.candidate : nil
    }

    /// Lowercased words of three letters or more, without filler words.
    static func words(_ s: String) -> Set<String> {
        let filler: Set<String> = ["the", "and", "for", "per", "not", "modify"]
        return Set(
            s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter {
                $0.count >= 3 && !filler.contains($0)
            })
    }
}
