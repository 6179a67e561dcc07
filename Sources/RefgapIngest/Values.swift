import RefgapModel

/// Parsers for the value forms real exports use. Each returns nil for a value it cannot read; the
/// caller turns that into a reject with a reason.
public enum Values {
    // MARK: Dates

    /// How a whole date column is read: month-first or day-first, or as Excel serial day numbers.
    /// How a column's dates read: month-first or day-first, and whether its five-digit numbers are
    /// Excel serial day numbers (a column that holds mostly those, as Excel writes a date cell that
    /// lost its format).
    public struct DateForm: Equatable, Sendable {
        public var order: Config.DateOrder
        public var serials: Bool

        public init(_ order: Config.DateOrder, serials: Bool = false) { self.order = order; self.serials = serials }

        public static let monthFirst = DateForm(.monthFirst)
        public static let dayFirst = DateForm(.dayFirst)
        /// Serial day numbers, any other dates month-first.
        public static let excelSerial = DateForm(.monthFirst, serials: true)
    }

    /// A date as read before the column's form is known.
    public enum DateReading: Equatable, Sendable {
        /// ISO, or a form with a month name: only one reading.
        case exact(Day)
        /// `a/b/y` or `a.b.y`: month-first and day-first readings, either of which may be invalid.
        case ordered(monthFirst: Day?, dayFirst: Day?)
        /// A five-digit whole number that would be a day of 1990–2099 counted as Excel counts (`46350`):
        /// a date only in a column of such numbers.
        case excelSerial(Day)

        public func resolve(_ order: Config.DateOrder) -> Day? { resolve(DateForm(order)) }

        /// Disfavoured so that `resolve(.dayFirst)` still means the config's order.
        @_disfavoredOverload
        public func resolve(_ form: DateForm) -> Day? {
            switch self {
            case .exact(let d): return d
            case .ordered(let mf, let df): return form.order == .dayFirst ? df : mf
            case .excelSerial(let d): return form.serials ? d : nil
            }
        }

        /// The order this value alone decides, if it reads in only one.
        public var vote: Config.DateOrder? {
            guard case .ordered(let mf, let df) = self else { return nil }
            if mf != nil && df == nil { return .monthFirst }
            if df != nil && mf == nil { return .dayFirst }
            return nil
        }
    }

    private static let monthNames: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12, "january": 1, "february": 2, "march": 3, "april": 4, "june": 6,
        "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    /// `2026-11-22`, `2026-11-22T10:00:00Z`, `2026-11-22 10:00`, `11/22/2026`, `11/22/26`, `22/11/2026`,
    /// `22.11.2026`, `11/22/2026 10:00 AM`, `Nov 22, 2026`, `22 Nov 2026`, `22-Nov-2026`. nil when it reads
    /// as no date in either order.
    public static func date(_ raw: String) -> DateReading? {
        if let fast = numericDate(raw) {
            if case .ordered(nil, nil) = fast { return nil }
            return fast
        }
        var s = Text.trim(raw)
        guard !s.isEmpty else { return nil }
        if let day = excelSerial(s) { return .excelSerial(day) }
        // Drop a time part: `T10:00:00Z`, ` 10:00`, ` 10:00 AM`.
        if let t = s.firstIndex(where: { $0 == "T" || $0 == " " }), s[s.startIndex..<t].contains(where: { $0 == "-" || $0 == "/" || $0 == "." }),
           s[t...].contains(":") {
            s = String(s[s.startIndex..<t])
        }
        let numericParts = s.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        if numericParts.count == 3, numericParts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) {
            let p = numericParts.compactMap { Int($0) }
            guard p.count == 3 else { return nil }
            if numericParts[0].count == 4 {  // ISO order, whatever the separator
                return Day(year: p[0], month: p[1], day: p[2]).map { .exact($0) }
            }
            guard numericParts[2].count == 4 || numericParts[2].count == 2 else { return nil }
            let year = numericParts[2].count == 2 ? 2000 + p[2] : p[2]
            let mf = Day(year: year, month: p[0], day: p[1])
            let df = Day(year: year, month: p[1], day: p[0])
            if mf == nil && df == nil { return nil }
            return .ordered(monthFirst: mf, dayFirst: df)
        }
        // Month names: `Nov 22, 2026`, `22 Nov 2026`, `22-Nov-2026`, `November 22 2026`.
        let words = s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" || $0 == "/" }).map { $0.lowercased() }
        guard words.count == 3 else { return nil }
        var month: Int? = nil, day: Int? = nil, year: Int? = nil
        for w in words {
            if let m = monthNames[w.hasSuffix(".") ? String(w.dropLast()) : w] { month = m }
            else if let n = Int(w), w.count == 4 { year = n }
            else if let n = Int(w), w.count <= 2 { day = n }
        }
        guard let month, let day, let year, let d = Day(year: year, month: month, day: day) else { return nil }
        return .exact(d)
    }

    /// Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was, so from March 1900
    /// on, serial `n` is `n` days after 1899-12-30.
    static let excelEpoch = Day(year: 1899, month: 12, day: 30) ?? Day(ordinal: 0)
    static let excelSerials = 32_874...73_050  // 1990-01-01 ... 2099-12-31

    /// `46350` → 2026-11-24: five ASCII digits in the plausible range, else nil.
    static func excelSerial(_ s: String) -> Day? {
        guard s.utf8.count == 5, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(s), excelSerials.contains(n) else { return nil }
        return excelEpoch + n
    }

    /// `YYYY-MM-DD`, `MM/DD/YYYY` and `DD.MM.YYYY` read from the bytes (nil: use the general path).
    @inline(__always)
    static func numericDate(_ s: String) -> DateReading? {
        var u = s.utf8.makeIterator()
        var digits: [Int] = [0, 0, 0]
        var widths: [Int] = [0, 0, 0]
        var part = 0
        var separator: UInt8 = 0
        var count = 0
        while let b = u.next() {
            count += 1
            if count > 10 { return nil }
            if b >= 0x30 && b <= 0x39 {
                digits[part] = digits[part] * 10 + Int(b - 0x30)
                widths[part] += 1
            } else if (b == 0x2D || b == 0x2F || b == 0x2E) && part < 2 && (separator == 0 || separator == b) {
                separator = b
                part += 1
            } else {
                return nil
            }
        }
        guard part == 2, widths[0] > 0, widths[1] > 0, widths[2] > 0 else { return nil }
        if widths[0] == 4 {
            guard widths[1] <= 2, widths[2] <= 2 else { return nil }
            return Day(year: digits[0], month: digits[1], day: digits[2]).map { .exact($0) } ?? .some(.ordered(monthFirst: nil, dayFirst: nil))
        }
        guard widths[0] <= 2, widths[1] <= 2, widths[2] == 4 else { return nil }
        let mf = Day(year: digits[2], month: digits[0], day: digits[1])
        let df = Day(year: digits[2], month: digits[1], day: digits[0])
        if mf == nil && df == nil { return .ordered(monthFirst: nil, dayFirst: nil) }
        return .ordered(monthFirst: mf, dayFirst: df)
    }

    // MARK: Amounts

    private static let currencySymbols: [Character: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"]

    /// `125000`, `125000.50`, `$1,250,000.00`, `USD 1,250,000`, `1.250.000,00 €`, `(1,000.00)`, `-500`,
    /// `1 250 000,50`. Returns the value and the currency written with it, if any.
    /// The largest amount a deal may have (a trillion, in the run's currency): beyond it a cell is
    /// taken for something else, and sums of cents stay far from overflowing.
    public static let largestAmount = 1e12
    static let largestAmountText = "1,000,000,000,000"

    public static func amount(_ raw: String) -> (value: Double, currency: String?)? {
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
            if let code = currencySymbols[c] { currency = code; continue }
            if c.isLetter { letters.append(c); continue }
            if c == " " || c == "\u{00A0}" || c == "\u{202F}" || c == "'" { continue }
            number.append(c)
        }
        if !letters.isEmpty {
            guard letters.count == 3, letters.allSatisfy({ $0.isASCII }) else { return nil }
            currency = letters.uppercased()
        }
        if number.hasPrefix("-") { negative.toggle(); number.removeFirst() }
        if number.hasSuffix("-") { negative.toggle(); number.removeLast() }
        if number.hasPrefix("+") { number.removeFirst() }
        guard let value = plainNumber(number) else { return nil }
        return (negative ? -value : value, currency)
    }

    /// Digits with optional thousands grouping (`,` or `.`, groups of three) and decimal part (`.` or `,`).
    static func plainNumber(_ s: String) -> Double? {
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }) else { return nil }
        let commas = s.filter { $0 == "," }.count
        let dots = s.filter { $0 == "." }.count
        var decimal: Character? = nil
        let lastComma = s.lastIndex(of: ","), lastDot = s.lastIndex(of: ".")
        if let lastComma, let lastDot {
            decimal = lastComma > lastDot ? "," : "."
        } else if commas == 1, let lastComma {
            // `1,250` is a thousand and a quarter; `12,5` and `1,25` are decimal commas.
            decimal = s[s.index(after: lastComma)...].count == 3 ? nil : ","
        } else if dots == 1 {
            decimal = "."
        }
        let grouping: Character? = decimal == "," ? "." : (decimal == "." ? "," : (commas > 0 ? "," : (dots > 0 ? "." : nil)))
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
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            integerPart = Substring(groups.joined())
        }
        guard !integerPart.contains(","), !integerPart.contains(".") else { return nil }
        guard !integerPart.isEmpty || !fraction.isEmpty else { return nil }
        return Double((integerPart.isEmpty ? "0" : String(integerPart)) + (fraction.isEmpty ? "" : "." + fraction))
    }

    /// Digits with at most one `.` and up to four decimals (`125000`, `125000.50`), from the bytes.
    @inline(__always)
    static func plainDecimal(_ s: String) -> Double? {
        var s = s
        return s.withUTF8 { plainDecimal(bytes: $0) }
    }

    /// `1234`, `1234.5`: digits and at most one dot, up to 15 digits and 4 decimals (exact in a
    /// Double); nil for anything else, which the general readers take.
    static func plainDecimal(bytes: UnsafeBufferPointer<UInt8>) -> Double? {
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

    /// `$1,250,000.00`, `USD 1,250,000`, `1.250.000,00 €`, `(1,000.00)` read from the bytes, exactly as
    /// `amount` reads them; nil for anything this does not read (blank, other symbols or spaces, text
    /// not UTF-8, more than 15 digits), which `amount` then takes. `plainDecimal(bytes:)` comes first.
    static func formattedAmount(bytes: UnsafeBufferPointer<UInt8>) -> (value: Double, currency: String?)? {
        guard var lo = bytes.indices.first, var hi = bytes.indices.last else { return nil }
        // What `Text.trim` would take off: left to `amount`.
        if bytes[lo] <= 0x20 || bytes[hi] <= 0x20 { return nil }
        var negative = false
        if bytes[lo] == 0x28 && bytes[hi] == 0x29 { negative = true; lo += 1; hi -= 1 }
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
                if b == 0xC2 && next == 0xA3 { currency = "GBP"; i += 2; continue }
                if b == 0xC2 && next == 0xA5 { currency = "JPY"; i += 2; continue }
                if b == 0xE2 && next == 0x82 && third == 0xAC { currency = "EUR"; i += 3; continue }
                if b == 0xE2 && next == 0x82 && third == 0xB9 { currency = "INR"; i += 3; continue }
                return nil
            }
            switch b {
            case 0x24: currency = "USD"
            case 0x20, 0x27: break
            case 0x41...0x5A, 0x61...0x7A:
                guard letterCount < 3 else { return nil }
                switch letterCount { case 0: letters.0 = b; case 1: letters.1 = b; default: letters.2 = b }
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
            if end > start && raw[start] == 0x2D { negative.toggle(); start += 1 }
            if end > start && raw[end - 1] == 0x2D { negative.toggle(); end -= 1 }
            if end > start && raw[start] == 0x2B { start += 1 }
            guard let value = groupedNumber(UnsafeRawBufferPointer(rebasing: raw[start..<end])) else { return nil }
            return (negative ? -value : value, currency)
        }
    }

    /// `plainNumber` on ASCII bytes, for up to 15 digits (the value then correctly rounded, as
    /// `Double(String)` is); nil for anything `plainNumber` rejects or this does not read.
    private static func groupedNumber(_ s: UnsafeRawBufferPointer) -> Double? {
        guard !s.isEmpty else { return nil }
        var commas = 0, dots = 0, lastComma = -1, lastDot = -1
        for (k, b) in s.enumerated() {
            switch b {
            case 0x2C: commas += 1; lastComma = k
            case 0x2E: dots += 1; lastDot = k
            case 0x30...0x39: break
            default: return nil
            }
        }
        var decimal: UInt8 = 0
        if commas > 0 && dots > 0 {
            decimal = lastComma > lastDot ? 0x2C : 0x2E
        } else if commas == 1 {
            // `1,250` is a thousand and a quarter; `12,5` and `1,25` are decimal commas.
            decimal = s.count - lastComma - 1 == 3 ? 0 : 0x2C
        } else if dots == 1 {
            decimal = 0x2E
        }
        let grouping: UInt8 = decimal == 0x2C ? 0x2E : (decimal == 0x2E ? 0x2C : (commas > 0 ? 0x2C : (dots > 0 ? 0x2E : 0)))
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

    /// A number with an optional `%` (`75`, `75%`, `0.75`, `75,5`): the number as written.
    public static func percentNumber(_ raw: String) -> Double? {
        if let v = plainDecimal(raw) { return v }
        var s = Text.trim(raw)
        if s.hasSuffix("%") { s = Text.trim(String(s.dropLast())) }
        guard !s.isEmpty else { return nil }
        if s.hasPrefix("-") { return plainNumber(String(s.dropFirst())).map { -$0 } }
        return plainNumber(s)
    }

    /// A whole count: `3`, `3.0`, `1,200`.
    public static func integer(_ raw: String) -> Int? {
        guard let v = percentNumber(raw), v >= 0, v == v.rounded(), v < 1e12 else { return nil }
        return Int(v)
    }

    private static let truthy: Set<String> = ["yes", "y", "true", "t", "1", "x", "checked", "on", "ja", "oui", "si", "won"]
    private static let falsy: Set<String> = ["no", "n", "false", "f", "0", "", "unchecked", "off", "nein", "non"]

    /// yes/true/1/x → true; no/false/0/blank → false; anything else nil.
    public static func flag(_ raw: String) -> Bool? {
        let f = Text.fold(raw)
        if truthy.contains(f) { return true }
        if falsy.contains(f) { return false }
        return nil
    }

    /// A health score 0–100, or a colour or word: Red/Poor 30, Yellow/Average 60, Green/Good 90
    /// (Gainsight colours, Totango's Good/Average/Poor).
    public static func health(_ raw: String) -> Double? {
        switch Text.fold(raw) {
        case "red", "poor", "bad", "atrisk": return 30
        case "yellow", "amber", "orange", "average", "fair", "neutral": return 60
        case "green", "good", "healthy": return 90
        default:
            guard let v = percentNumber(raw), (0...100).contains(v) else { return nil }
            return v
        }
    }

    /// `list` for a cell of printable ASCII (no tab, no line break), split and trimmed on its bytes;
    /// nil for any other cell.
    static func printableASCIIList(_ raw: String) -> [String]? {
        var raw = raw
        return raw.withUTF8 { bytes -> [String]? in
            var separated = false
            for b in bytes {
                guard b >= 0x20 && b <= 0x7E else { return nil }
                if b == 0x3B || b == 0x7C { separated = true }
            }
            var out: [String] = []
            var start = 0
            // Each value between separators (the whole cell without any), spaces trimmed, blanks dropped.
            func take(_ end: Int) {
                var lo = start, hi = end
                while lo < hi && bytes[lo] == 0x20 { lo += 1 }
                while hi > lo && bytes[hi - 1] == 0x20 { hi -= 1 }
                if lo < hi { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)) }
            }
            if separated {
                for (i, b) in bytes.enumerated() where b == 0x3B || b == 0x7C {
                    take(i)
                    start = i + 1
                }
            }
            take(bytes.count)
            return out
        }
    }

    /// Splits a multi-valued cell on `;` or `|` (and on `,` only when neither is present and the
    /// caller allows it), trimming each value and dropping blanks.
    public static func list(_ raw: String) -> [String] {
        printableASCIIList(raw) ?? characterList(raw)
    }

    /// `list` on the characters.
    static func characterList(_ raw: String) -> [String] {
        let separators: Set<Character> = raw.contains(";") || raw.contains("|") ? [";", "|"] : []
        guard !separators.isEmpty else {
            let t = Text.trim(raw)
            return t.isEmpty ? [] : [t]
        }
        return raw.split(whereSeparator: { separators.contains($0) }).map { Text.trim(String($0)) }.filter { !$0.isEmpty }
    }
}
