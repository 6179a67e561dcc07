/// Input text echoed into a message or a report is cut to a readable length and ends with `…`: a 1 MB
/// cell in a rejected row must not make a report megabytes long. Machine outputs (rejects/, CSV, JSON)
/// keep every cell whole. Cut before escaping, so an escape is never cut in half.
package enum Clip {
    /// One input value (a name, a header, a cell quoted in a reason): 100 Characters, about a line.
    package static let valueLength = 100
    /// One of refgap's own sentences or lists in a report (a reason, a segment label, a list of
    /// values), whose input values are cut first: this is the last guard, not the usual cut.
    package static let messageLength = 1_000
    /// A Character's bytes are counted too: 100 family emoji are 2.5 KB, and one letter with a
    /// million combining marks is a single Character of 2 MB.
    static let maxBytes = 1_024

    /// `s`, or its first `limit` Characters (fewer if they pass 1 KB) and `…`. Characters are never
    /// split, except one that alone is over 1 KB, which is cut between Unicode scalars.
    package static func text(_ s: String, to limit: Int = valueLength) -> String {
        // A Character is at least one byte: short text needs no counting.
        if s.utf8.count <= limit { return s }
        var end = s.startIndex
        var count = 0
        while end < s.endIndex {
            if count == limit { break }
            let next = s.index(after: end)
            if s.utf8.distance(from: s.startIndex, to: next) > maxBytes { break }
            end = next
            count += 1
        }
        if end == s.endIndex { return s }
        if end == s.startIndex {
            // The first Character alone is over 1 KB: as many of its scalars as fit.
            var bytes = 0
            let scalars = s.unicodeScalars
            var i = scalars.startIndex
            while i < scalars.endIndex, bytes + UTF8.width(scalars[i]) <= maxBytes {
                bytes += UTF8.width(scalars[i])
                i = scalars.index(after: i)
            }
            return withEllipsis(scalars[..<i])
        }
        return withEllipsis(s[..<end].unicodeScalars)
    }

    /// `kept` and `…`, the `…` a Character of its own: a prepended concatenation mark (U+0600–0605,
    /// U+06DD, …) joins the Character after it, so a kept text ending with one would take the `…` in.
    /// Such marks at the end are dropped (they stood alone before a control in the input).
    static func withEllipsis(_ kept: Substring.UnicodeScalarView) -> String {
        var kept = kept
        while true {
            let out = String(String.UnicodeScalarView(kept)) + "…"
            if out.hasSuffix("…") || kept.isEmpty { return out }
            kept = kept.dropLast()
        }
    }

    /// `"value"`, cut: an input value quoted in a message.
    package static func quoted(_ s: String) -> String { "\"" + text(s) + "\"" }

    /// Items of a message in a row: "a", "a and b", "a, b and c".
    package static func series(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// Line numbers for a message: "3, 4, 5", or the first `shown` and how many more.
    package static func lines(_ ls: [Int], shown: Int = 5) -> String {
        ls.prefix(shown).map(String.init).joined(separator: ", ")
            + (ls.count > shown ? " and \(ls.count - shown) more" : "")
    }
}
