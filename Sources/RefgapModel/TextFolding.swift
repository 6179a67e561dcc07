import Foundation

/// Folding and trimming of headers, keys and values (`ClosestMatch.swift` has the "did you mean",
/// `YAMLQuote.swift` the quoting for refgap.yml). Public only for its inlinable trimming, which other
/// modules call for every cell (docs/architecture.md, Conventions).
public enum Text {
    /// An account's name as a key: folded, without the legal form at its end (`Umbrella Corporation`,
    /// `Umbrella Corp`, `Umbrella, Inc.` are one account; a trial's roster and accounts export wrote
    /// them so, and a customer on the roster was offered as a recruit). Only trailing words go, and
    /// never the whole name (`The Company`).
    package static func accountKey(_ name: String) -> String {
        // ASCII, the usual case: read from the bytes (an accounts export of 400,000 rows spent half its
        // run splitting names into words of Characters).
        if let key = name.utf8.withContiguousStorageIfAvailable(accountKeyASCII), let key { return key }
        return accountKeyOfCharacters(name)
    }

    /// `accountKey` by Characters (any text); the test of the bytes' version compares the two.
    package static func accountKeyOfCharacters(_ name: String) -> String {
        var words: [String] = []
        // Single letters in a row (`L.L.C.`, `S.A.`, `J. P.`) are one word, as `LLC` and `SA` are.
        var initials = false
        for word in name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            if word.count == 1 && initials {
                words[words.count - 1] += word
            } else {
                words.append(String(word))
                initials = word.count == 1
            }
        }
        while words.count > 1, let last = words.last, legalForms.contains(last),
            !(words.count == 2 && ["the", "a", "an"].contains(words[0]))
        {
            words.removeLast()
        }
        return fold(words.joined(separator: " "))
    }

    /// `accountKey` of ASCII bytes, nil for other text: the words (runs of letters and digits,
    /// lowercased) written one after another, initials joined, trailing legal forms dropped.
    private static func accountKeyASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var high: UInt8 = 0
        for b in bytes { high |= b }
        guard high < 0x80 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        // Where each word ends in `out` (a word is its bytes after the one before).
        var ends: [Int] = []
        var initials = false
        var i = 0
        while i < bytes.count {
            let start = out.count
            while i < bytes.count {
                let b = bytes[i]
                if (0x30...0x39).contains(b) || (0x61...0x7A).contains(b) {
                    out.append(b)
                } else if (0x41...0x5A).contains(b) {
                    out.append(b + 32)
                } else {
                    break
                }
                i += 1
            }
            let length = out.count - start
            i += 1
            guard length > 0 else { continue }
            if length == 1 && initials {
                ends[ends.count - 1] = out.count
            } else {
                ends.append(out.count)
                initials = length == 1
            }
        }
        func word(_ k: Int) -> String {
            String(decoding: out[(k == 0 ? 0 : ends[k - 1])..<ends[k]], as: UTF8.self)
        }
        while ends.count > 1, legalForms.contains(word(ends.count - 1)),
            !(ends.count == 2 && ["the", "a", "an"].contains(word(0)))
        {
            ends.removeLast()
        }
        return String(decoding: out[0..<(ends.last ?? 0)], as: UTF8.self)
    }

    private static let legalForms: Set<String> = [
        "inc", "incorporated", "corp", "corporation", "co", "company", "llc", "llp", "lp", "ltd", "limited", "plc",
        "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "oyj", "ab", "asa", "pty",
        "kk", "pte", "lda", "sl", "sp", "zoo",
    ]

    /// Blank, `Any`, `All`, `*` and `-` mean any value, in a criterion or a minimum seniority.
    package static func meansAny(_ raw: String) -> Bool {
        let f = fold(raw)
        return f.isEmpty || f == "any" || f == "all" || f == "anyall" || raw == "*"
    }

    /// Lowercased, with everything but letters and digits removed: `Close Date`, `close_date` and
    /// `CLOSE-DATE` all fold to `closedate`.
    package static func fold(_ s: String) -> String {
        // ASCII, the usual case: bytes in, bytes out, read in place and written straight into the
        // result (a value is folded for every row of some lists: a byte array between cost as much).
        if let folded = s.utf8.withContiguousStorageIfAvailable(foldASCII) { return folded ?? foldUnicode(s) }
        var copy = s
        return copy.withUTF8(foldASCII) ?? foldUnicode(s)
    }

    /// `s` without its combining marks (`españa` → `espana`, `Perú` → `Peru`); letters that do not
    /// decompose (`ø`, `ß`) stay. For tables keyed without accents (`RegionTable.countryKey`).
    package static func withoutAccents(_ s: String) -> String {
        guard !s.utf8.allSatisfy({ $0 < 0x80 }) else { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.canonicalCombiningClass.rawValue == 0 && !scalar.properties.isGraphemeExtend {
            out.append(scalar)
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// `fold` of ASCII bytes, or nil when they are not all ASCII.
    private static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var high: UInt8 = 0
        for b in bytes { high |= b }
        guard high < 0x80 else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            for b in bytes {
                if (0x30...0x39).contains(b) || (0x61...0x7A).contains(b) {
                    out[n] = b
                    n += 1
                } else if (0x41...0x5A).contains(b) {
                    out[n] = b + 32
                    n += 1
                }
            }
            return n
        }
    }

    /// `fold` of text that is not all ASCII, scalar by scalar.
    private static func foldUnicode(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        // Composed first (NFC): `é` written as e + U+0301 (macOS writes text so) folds as `é` does.
        // Swift's strings compare canonically, so every dictionary keyed by text already takes the
        // two for one; folded apart, the answer for a value depended on which form came first.
        // (Only text that can compose goes through Foundation's normalizing.)
        let text = mayCompose(s) ? s.precomposedStringWithCanonicalMapping : s
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                if (0x30...0x39).contains(v) || (0x61...0x7A).contains(v) {
                    out.append(scalar)
                } else if (0x41...0x5A).contains(v), let lower = Unicode.Scalar(v + 32) {
                    out.append(lower)
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(out)
    }

    /// Whether composing (NFC) could change non-ASCII text: it holds a combining mark or another
    /// character that joins the one before (a Hangul vowel or final jamo among them).
    static func mayCompose(_ s: String) -> Bool {
        s.unicodeScalars.contains { c in
            !c.isASCII
                && (c.properties.canonicalCombiningClass.rawValue != 0 || c.properties.isGraphemeExtend
                    || (0x1160...0x11FF).contains(c.value))
        }
    }

    /// False when text with these first and last bytes has nothing to trim: both ASCII, neither a space,
    /// tab, CR or LF (text whose ends are not ASCII goes the long way).
    /// Inlinable: the opportunity stream asks it of every cell it trims, from another module.
    @inlinable @inline(__always)
    public static func mayTrim(first: UInt8, last: UInt8) -> Bool {
        first >= 0x80 || last >= 0x80 || first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D
            || last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D
    }

    /// Whether `trim(s)` is empty, without making it: a cell that starts with a printable ASCII
    /// character is not blank (every row of a roster asks this of each cell).
    @inlinable
    public static func isBlank(_ s: String) -> Bool {
        guard let first = s.utf8.first else { return true }
        if first > 0x20 && first < 0x80 { return false }
        return trim(s).isEmpty
    }

    /// Trimmed of spaces, tabs and line breaks at both ends.
    @inlinable
    public static func trim(_ s: String) -> String {
        // Nothing to trim when empty, or when both ends are ASCII and not white space (the usual case).
        // The ends read in place: `utf8.last` went through the generic collection path, ~80
        // instructions a cell (a roster's every cell is trimmed). A string without contiguous bytes (a
        // bridged one) takes the loop below.
        let untouched = s.utf8.withContiguousStorageIfAvailable { b in
            guard let first = b.first, let last = b.last else { return true }
            return !mayTrim(first: first, last: last)
        }
        if untouched == true { return s }
        var sub = Substring(s)
        while let c = sub.first, c.isWhitespace { sub.removeFirst() }
        while let c = sub.last, c.isWhitespace { sub.removeLast() }
        return String(sub)
    }
}
