import RefgapModel

/// Folding and "did you mean" for headers, keys and values.
public enum Text {
    /// Lowercased, with everything but letters and digits removed: `Close Date`, `close_date` and
    /// `CLOSE-DATE` all fold to `closedate`.
    public static func fold(_ s: String) -> String {
        // ASCII, the usual case: bytes in, bytes out.
        var ascii = true
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            if b >= 0x80 { ascii = false; break }
            if (0x30...0x39).contains(b) || (0x61...0x7A).contains(b) { bytes.append(b) }
            else if (0x41...0x5A).contains(b) { bytes.append(b + 32) }
        }
        if ascii { return String(decoding: bytes, as: UTF8.self) }
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
    /// False when text with these first and last bytes has nothing to trim: both ASCII, neither a space,
    /// tab, CR or LF (text whose ends are not ASCII goes the long way).
    @inline(__always)
    static func mayTrim(first: UInt8, last: UInt8) -> Bool {
        first >= 0x80 || last >= 0x80 || first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D
            || last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D
    }

    public static func trim(_ s: String) -> String {
        // Nothing to trim when both ends are ASCII and not white space (the usual case).
        if let first = s.utf8.first, let last = s.utf8.last, !mayTrim(first: first, last: last) { return s }
        if s.isEmpty { return s }
        var sub = Substring(s)
        while let c = sub.first, c.isWhitespace { sub.removeFirst() }
        while let c = sub.last, c.isWhitespace { sub.removeLast() }
        return String(sub)
    }

    /// A YAML double-quoted scalar: backslash, quote and control characters escaped, so a header that
    /// holds a line break reads back as written; invisible format characters (a right-to-left override)
    /// written as YAML's `\u202E`, so the file shows them and reads back the same (the fuzzer found a
    /// header with U+FFFF that made the refgap.yml `init` wrote unreadable).
    public static func yamlQuote(_ s: String) -> String {
        var out = "\""
        HiddenCharacters.forEachScalar(s) { u, hidden in
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                // YAML reads no raw control, and no U+FFFE or U+FFFF (not characters): escaped too.
                if u.isControlCharacter || hidden || u.value == 0xFFFE || u.value == 0xFFFF {
                    let hex = String(u.value, radix: 16, uppercase: true)
                    let (escape, width) = u.value <= 0xFF ? ("\\x", 2) : u.value <= 0xFFFF ? ("\\u", 4) : ("\\U", 8)
                    out += escape + String(repeating: "0", count: max(0, width - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
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

    /// The candidate closest to `word`: the most words in common (`close date` ~ `Expected Close`),
    /// then the smallest edit distance; nil when nothing is reasonably close.
    public static func closest(to word: String, in candidates: [String]) -> String? {
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
        return Set(s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter { $0.count >= 3 && !filler.contains($0) })
    }
}
