import RefgapModel

/// Amounts as exports write them: plain, grouped, with a currency, in parentheses; from text and from bytes.
extension Values {
    private static let currencySymbols: [Character: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
    ]
    /// Dollars and reals as Dynamics and spreadsheets write them for other countries (`CA$300,000.00`,
    /// `A$`, `R$ 300.000,00`): the letters before the `$`.
    private static let dollarPrefixes: [String: String] = [
        "US": "USD", "CA": "CAD", "C": "CAD", "A": "AUD", "AU": "AUD", "NZ": "NZD", "HK": "HKD", "S": "SGD",
        "SG": "SGD", "MX": "MXN", "R": "BRL",
    ]
    /// Currencies written as a word of their own rather than a code (`300 000,00 zł`, `R 1 250 000,00`).
    /// `kr` is not here: it is the Swedish, Norwegian, Danish and Icelandic crown alike.
    private static let currencyWords: [String: String] = ["ZŁ": "PLN", "R": "ZAR", "RS": "INR"]

    /// `125000`, `125000.50`, `$1,250,000.00`, `USD 1,250,000`, `1.250.000,00 €`, `(1,000.00)`, `-500`,
    /// `1 250 000,50`. Returns the value and the currency written with it, if any.
    /// The largest amount a deal may have (a trillion, in the run's currency): beyond it a cell is
    /// taken for something else, and sums of cents stay far from overflowing.
    package static let largestAmount = 1e12
    static let largestAmountText = "1,000,000,000,000"

    package static func amount(_ raw: String) -> (value: Double, currency: String?)? {
        if let v = plainDecimal(raw) { return (v, nil) }
        var s = Text.trim(raw)
        guard !s.isEmpty else { return nil }
        var negative = false
        if s.hasPrefix("(") && s.hasSuffix(")") {
            negative = true
            s = String(s.dropFirst().dropLast())
        }
        var currency: String? = nil
        var letters = ""
        var number = ""
        for c in s {
            if let code = currencySymbols[c] {
                currency = code
                continue
            }
            if c.isLetter {
                letters.append(c)
                continue
            }
            if c == " " || c == "\u{00A0}" || c == "\u{202F}" || c == "'" { continue }
            number.append(c)
        }
        if !letters.isEmpty {
            let upper = letters.uppercased()
            if currency == "USD", let dollar = dollarPrefixes[upper] {
                currency = dollar
            } else if currency == nil, let word = currencyWords[upper] {
                currency = word
            } else {
                // A code wins over a symbol written with it (`€ 100 EUR`), as the byte reader has it.
                guard letters.count == 3, letters.allSatisfy({ $0.isASCII }) else { return nil }
                currency = upper
            }
        }
        if number.hasPrefix("-") {
            negative.toggle()
            number.removeFirst()
        }
        if number.hasSuffix("-") {
            negative.toggle()
            number.removeLast()
        }
        if number.hasPrefix("+") { number.removeFirst() }
        // Lakh grouping only where the amount says rupees: elsewhere `1,25,000` is a typo, not a number.
        guard let value = plainNumber(number, lakh: currency == "INR") else { return nil }
        return (negative ? -value : value, currency)
    }

    /// Digits with optional thousands grouping (`,` or `.`, groups of three) and decimal part (`.` or `,`).
    /// `lakh`: lakh and crore grouping (`12,50,000`) is read too (amounts in rupees).
    static func plainNumber(_ s: String, lakh: Bool = false) -> Double? {
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }) else { return nil }
        let commas = s.filter { $0 == "," }.count
        let dots = s.filter { $0 == "." }.count
        var decimal: Character? = nil
        let lastComma = s.lastIndex(of: ","), lastDot = s.lastIndex(of: ".")
        if let lastComma, let lastDot {
            decimal = lastComma > lastDot ? "," : "."
        } else if commas == 1, let lastComma {
            // `1,250` is a thousand and a quarter; `12,5`, `1,25` and `0,125` are decimal commas.
            decimal = s[s.index(after: lastComma)...].count == 3 && s[..<lastComma] != "0" ? nil : ","
        } else if dots == 1 {
            decimal = "."
        }
        let grouping: Character? =
            decimal == "," ? "." : (decimal == "." ? "," : (commas > 0 ? "," : (dots > 0 ? "." : nil)))
        var integerPart = Substring(s)
        var fraction = Substring("")
        if let decimal, let i = s.lastIndex(of: decimal) {
            integerPart = s[s.startIndex..<i]
            fraction = s[s.index(after: i)...]
            guard !fraction.contains(",") && !fraction.contains(".") else { return nil }
        }
        if let grouping, integerPart.contains(grouping) {
            let groups = integerPart.split(separator: grouping, omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count),
                groups.dropFirst().allSatisfy({ $0.count == 3 }) || (lakh && isIndianGrouping(groups))
            else { return nil }
            integerPart = Substring(groups.joined())
        }
        guard !integerPart.contains(","), !integerPart.contains(".") else { return nil }
        guard !integerPart.isEmpty || !fraction.isEmpty else { return nil }
        return Double((integerPart.isEmpty ? "0" : String(integerPart)) + (fraction.isEmpty ? "" : "." + fraction))
    }

    /// Lakh and crore grouping (`12,50,000`, `1,25,00,000`): the last group of three, the ones before
    /// it of two, the first of one or two. No thousands grouping reads that way, so it is not a guess.
    static func isIndianGrouping(_ groups: [Substring]) -> Bool {
        guard groups.count >= 3, let first = groups.first, let last = groups.last, (1...2).contains(first.count),
            last.count == 3
        else { return false }
        return groups.dropFirst().dropLast().allSatisfy { $0.count == 2 }
    }

    /// Digits with at most one `.` and up to four decimals (`125000`, `125000.50`), from the bytes.
    @inline(__always)
    static func plainDecimal(_ s: String) -> Double? {
        var s = s
        return s.withUTF8 { plainDecimal(bytes: $0) }
    }

    /// `1234`, `1234.5`: digits and at most one dot, up to 15 digits and 4 decimals (exact in a
    /// Double); nil for anything else, which the general readers take.
    package static func plainDecimal(bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var whole = 0
        var fraction = 0
        var scale = 1
        var seenDot = false
        var digits = 0
        for b in bytes {
            if b >= 0x30 && b <= 0x39 {
                digits += 1
                if digits > 15 { return nil }
                if seenDot {
                    if scale >= 10_000 { return nil }
                    fraction = fraction * 10 + Int(b - 0x30)
                    scale *= 10
                } else {
                    whole = whole * 10 + Int(b - 0x30)
                }
            } else if b == 0x2E && !seenDot {
                seenDot = true
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        return Double(whole) + Double(fraction) / Double(scale)
    }

    /// `plainNumber` read from the string's bytes (`groupedNumber`) when it can be: `4,433`, `1.250,5`
    /// without making strings (employee counts as reports format them); nil for the rest.
    static func plainNumber(bytesOf s: String) -> Double? {
        var s = s
        return s.withUTF8 { groupedNumber(UnsafeRawBufferPointer($0)) }
    }

    /// `$1,250,000.00`, `USD 1,250,000`, `1.250.000,00 €`, `(1,000.00)` read from the bytes, exactly as
    /// `amount` reads them; nil for anything this does not read (blank, other symbols or spaces, text
    /// not UTF-8, more than 15 digits), which `amount` then takes. `plainDecimal(bytes:)` comes first.
    package static func formattedAmount(bytes: UnsafeBufferPointer<UInt8>) -> (value: Double, currency: String?)? {
        guard var lo = bytes.indices.first, var hi = bytes.indices.last else { return nil }
        // What `Text.trim` would take off: left to `amount`.
        if bytes[lo] <= 0x20 || bytes[hi] <= 0x20 { return nil }
        var negative = false
        if bytes[lo] == 0x28 && bytes[hi] == 0x29 {
            negative = true
            lo += 1
            hi -= 1
        }
        if let quick = reportForm(bytes, lo, hi) { return negative ? (-quick.value, quick.currency) : quick }
        var currency: String? = nil
        var letters: (UInt8, UInt8, UInt8) = (0, 0, 0)
        var letterCount = 0
        // The number's bytes (digits, `,`, `.`, `-`, `+`), at most 24.
        var number: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var length = 0
        var i = lo
        while i <= hi {
            let b = bytes[i]
            if b >= 0x80 {
                // Only the currency symbols' UTF-8 (a lone symbol: no combining mark after it).
                let next = i + 1 <= hi ? bytes[i + 1] : 0, third = i + 2 <= hi ? bytes[i + 2] : 0
                let after = b == 0xE2 ? (i + 3 <= hi ? bytes[i + 3] : 0) : (i + 2 <= hi ? bytes[i + 2] : 0)
                guard after < 0x80 else { return nil }
                if b == 0xC2 && next == 0xA3 {
                    currency = "GBP"
                    i += 2
                    continue
                }
                if b == 0xC2 && next == 0xA5 {
                    currency = "JPY"
                    i += 2
                    continue
                }
                if b == 0xE2 && next == 0x82 && third == 0xAC {
                    currency = "EUR"
                    i += 3
                    continue
                }
                if b == 0xE2 && next == 0x82 && third == 0xB9 {
                    currency = "INR"
                    i += 3
                    continue
                }
                return nil
            }
            switch b {
            case 0x24: currency = "USD"
            case 0x20, 0x27: break
            case 0x41...0x5A, 0x61...0x7A:
                guard letterCount < 3 else { return nil }
                switch letterCount {
                case 0: letters.0 = b
                case 1: letters.1 = b
                default: letters.2 = b
                }
                letterCount += 1
            case 0x30...0x39, 0x2C, 0x2E, 0x2D, 0x2B:
                guard length < 24 else { return nil }
                withUnsafeMutableBytes(of: &number) { $0[length] = b }
                length += 1
            default: return nil
            }
            i += 1
        }
        if letterCount > 0 {
            guard letterCount == 3 else { return nil }
            currency = String(decoding: [letters.0 & 0xDF, letters.1 & 0xDF, letters.2 & 0xDF], as: UTF8.self)
        }
        return withUnsafeBytes(of: &number) { raw -> (value: Double, currency: String?)? in
            var start = 0, end = length
            if end > start && raw[start] == 0x2D {
                negative.toggle()
                start += 1
            }
            if end > start && raw[end - 1] == 0x2D {
                negative.toggle()
                end -= 1
            }
            if end > start && raw[start] == 0x2B { start += 1 }
            guard let value = groupedNumber(UnsafeRawBufferPointer(rebasing: raw[start..<end])) else { return nil }
            return (negative ? -value : value, currency)
        }
    }

    /// The forms reports write, read in one pass: `$1,250,000.00`, `USD 1,250,000` (a code in capitals
    /// and a space), `1.250.000,00 €` (the euro sign last, after a space or not) or the number alone,
    /// within `bytes[lo...hi]` (inside the parentheses of a negative one); nil for any other, which the
    /// byte-by-byte reading then takes. What it reads, that reading gives too: the same currency, and
    /// the number's digits, separators and decimal mark alone, in one piece.
    @inline(never)
    private static func reportForm(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> (
        value: Double, currency: String?
    )? {
        guard lo <= hi, let base = bytes.baseAddress else { return nil }
        var start = lo, end = hi
        var currency: String? = nil, euroSign = false
        if bytes[lo] == 0x24 {
            currency = "USD"
            start += 1
        } else if hi - lo >= 4 && bytes[lo + 3] == 0x20 && (0x41...0x5A).contains(bytes[lo])
            && (0x41...0x5A).contains(bytes[lo + 1]) && (0x41...0x5A).contains(bytes[lo + 2])
        {
            currency = String(decoding: UnsafeBufferPointer(start: base + lo, count: 3), as: UTF8.self)
            start += 4
        } else if hi - lo >= 3 && bytes[hi - 2] == 0xE2 && bytes[hi - 1] == 0x82 && bytes[hi] == 0xAC {
            currency = "EUR"
            euroSign = true
            end -= bytes[hi - 3] == 0x20 ? 4 : 3
        }
        guard start <= end else { return nil }
        let number = UnsafeRawBufferPointer(start: base + start, count: end - start + 1)
        guard
            let value = euroSign ? grouped(number, by: 0x2E, mark: 0x2C) : grouped(number, by: 0x2C, mark: 0x2E)
        else { return nil }
        return (value, currency)
    }

    /// `1,250,000.00`, `1,250` and `500.00` (`by` a comma, `mark` a point), or `1.250.000,00`,
    /// `1.250,5` and `1.250.000` (the other way round), the whole of `s` in one pass: a first digit of 1
    /// to 9, groups of three after the separators, then the mark and digits. The value `groupedNumber`
    /// gives them; nil for anything else (`0,125`, `5.`, a sign, `1.250` and `1,250` with a euro sign,
    /// which `groupedNumber` reads as 1.25 and 1250), which `groupedNumber` then reads.
    @inline(__always)
    static func grouped(_ s: UnsafeRawBufferPointer, by separator: UInt8, mark: UInt8) -> Double? {
        guard let first = s.first, first >= 0x31 && first <= 0x39 else { return nil }
        var mantissa = 0, digits = 0, group = 0, separators = 0, k = 0
        while k < s.count {
            let b = s[k]
            if b >= 0x30 && b <= 0x39 {
                mantissa = mantissa &* 10 &+ Int(b &- 0x30)
                digits += 1
                group += 1
            } else if b == separator {
                guard separators == 0 ? group <= 3 : group == 3 else { return nil }
                separators += 1
                group = 0
            } else {
                break
            }
            k += 1
        }
        guard separators == 0 || group == 3 else { return nil }
        var scale = 1
        if k < s.count {
            // `1,250` with no dot before: `groupedNumber` reads the comma as a thousands separator.
            guard s[k] == mark, k + 1 < s.count, !(mark == 0x2C && separators == 0 && s.count - k - 1 == 3) else {
                return nil
            }
            k += 1
            while k < s.count {
                let b = s[k]
                guard b >= 0x30 && b <= 0x39 else { return nil }
                mantissa = mantissa &* 10 &+ Int(b &- 0x30)
                digits += 1
                scale &*= 10
                k += 1
            }
        } else if separator == 0x2E && separators == 1 {
            // A lone dot and no comma: `groupedNumber` reads `1.250` as 1.25.
            return nil
        }
        guard digits <= 15 else { return nil }
        // As `groupedNumber`: both exact in a Double, one correctly rounded division.
        return Double(mantissa) / Double(scale)
    }

    /// `plainNumber` on ASCII bytes, for up to 15 digits (the value then correctly rounded, as
    /// `Double(String)` is); nil for anything `plainNumber` rejects or this does not read.
    static func groupedNumber(_ s: UnsafeRawBufferPointer) -> Double? {
        guard !s.isEmpty else { return nil }
        var commas = 0, dots = 0, lastComma = -1, lastDot = -1
        for (k, b) in s.enumerated() {
            switch b {
            case 0x2C:
                commas += 1
                lastComma = k
            case 0x2E:
                dots += 1
                lastDot = k
            case 0x30...0x39: break
            default: return nil
            }
        }
        var decimal: UInt8 = 0
        if commas > 0 && dots > 0 {
            decimal = lastComma > lastDot ? 0x2C : 0x2E
        } else if commas == 1 {
            // `1,250` is a thousand and a quarter; `12,5`, `1,25` and `0,125` are decimal commas.
            decimal = s.count - lastComma - 1 == 3 && !(lastComma == 1 && s[0] == 0x30) ? 0 : 0x2C
        } else if dots == 1 {
            decimal = 0x2E
        }
        let grouping: UInt8 =
            decimal == 0x2C ? 0x2E : (decimal == 0x2E ? 0x2C : (commas > 0 ? 0x2C : (dots > 0 ? 0x2E : 0)))
        let point = decimal == 0x2C ? lastComma : (decimal == 0x2E ? lastDot : s.count)
        // The integer part: groups of three after a first of one to three, or no separator at all.
        var mantissa = 0, digits = 0, group = 0, groups = 0
        for k in 0..<point {
            let b = s[k]
            if b == grouping && grouping != 0 {
                guard groups == 0 ? (1...3).contains(group) : group == 3 else { return nil }
                groups += 1
                group = 0
                continue
            }
            guard b >= 0x30 && b <= 0x39 else { return nil }
            mantissa = mantissa &* 10 &+ Int(b - 0x30)
            digits += 1
            group += 1
            guard digits <= 15 else { return nil }
        }
        if groups > 0 && group != 3 { return nil }
        var scale = 1
        var fractionDigits = 0
        if point < s.count {
            for k in (point + 1)..<s.count {
                let b = s[k]
                guard b >= 0x30 && b <= 0x39 else { return nil }
                mantissa = mantissa &* 10 &+ Int(b - 0x30)
                scale *= 10
                digits += 1
                fractionDigits += 1
                guard digits <= 15 else { return nil }
            }
        }
        guard point > 0 || fractionDigits > 0 else { return nil }
        // Both exact in a Double: one correctly rounded division, as `Double("1250000.00")` gives.
        return Double(mantissa) / Double(scale)
    }
}
