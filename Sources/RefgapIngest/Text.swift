/// Folding and "did you mean" for headers, keys and values.
public enum Text {
    /// Lowercased, with everything but letters and digits removed: `Close Date`, `close_date` and
    /// `CLOSE-DATE` all fold to `closedate`.
    public static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                if (0x30...0x39).contains(v) || (0x61...0x7A).contains(v) { out.append(scalar) }
                else if (0x41...0x5A).contains(v), let lower = Unicode.Scalar(v + 32) { out.append(lower) }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(out)
    }

    /// Trimmed of spaces, tabs and line breaks at both ends.
    public static func trim(_ s: String) -> String {
        var sub = Substring(s)
        while let c = sub.first, c.isWhitespace { sub.removeFirst() }
        while let c = sub.last, c.isWhitespace { sub.removeLast() }
        return String(sub)
    }

    /// Edit distance between two strings (by Unicode scalar).
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The candidate closest to `word` (folded comparison), if any is reasonably close.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let w = fold(word)
        var best: (String, Int)? = nil
        for c in candidates {
            let f = fold(c)
            var d = distance(w, f)
            if !w.isEmpty, !f.isEmpty, f.contains(w) || w.contains(f) { d = min(d, abs(f.count - w.count) / 2) }
            if let b = best, d >= b.1 { continue }
            best = (c, d)
        }
        guard let (c, d) = best else { return nil }
        return d <= max(3, fold(c).count / 2) ? c : nil
    }
}
