/// A count with its thousands grouped (`8,800`), as the reports write amounts: the ingest stage's notes
/// and the render stage's tables share it (a trial's notes read "4070 values", "1424 more rows").
package enum GroupedDigits {
    package static func of(_ n: Int) -> String {
        let digits = Array(String(n.magnitude))
        var out = n < 0 ? "-" : ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
