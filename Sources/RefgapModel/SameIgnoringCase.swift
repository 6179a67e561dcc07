extension String {
    /// `lowercased() == other.lowercased()`, without making the two lowercased copies when both are
    /// ASCII (values matched over and over, such as contacts' dimensions against buckets').
    package func sameIgnoringCase(_ other: String) -> Bool {
        var a = self, b = other
        let ascii = a.withUTF8 { x in
            b.withUTF8 { y -> Bool? in
                var i = 0
                while i < x.count && i < y.count {
                    let p = x[i], q = y[i]
                    if p >= 0x80 || q >= 0x80 { return nil }
                    // Equal, or the same ASCII letter in the other case.
                    if p != q && !(p | 0x20 == q | 0x20 && (p | 0x20) >= 0x61 && (p | 0x20) <= 0x7A) { return false }
                    i += 1
                }
                // One is longer: unequal, unless what follows is not ASCII (lowercasing may change lengths).
                if x[i...].contains(where: { $0 >= 0x80 }) || y[i...].contains(where: { $0 >= 0x80 }) { return nil }
                return x.count == y.count
            }
        }
        return ascii ?? (lowercased() == other.lowercased())
    }
}
