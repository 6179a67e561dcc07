import RefgapModel

/// Dates as exports write them, and how a whole column of them is read.
extension Values {
    /// How a column's dates read: month-first or day-first, and whether its five-digit numbers are
    /// Excel serial day numbers (a column that holds mostly those, as Excel writes a date cell that
    /// lost its format).
    package struct DateForm: Equatable, Sendable {
        package var order: Config.DateOrder
        package var serials: Bool
        /// Dates written with dots that read either way (`09.01.2026`) read day-first though the column
        /// reads month-first: dots are how day-first dates are written, and a roster merged from a US
        /// office's sheet and a German one has both (`Ingest.decideDateOrder` decides it, and says so).
        package var dottedDayFirst = false

        package init(_ order: Config.DateOrder, serials: Bool = false) {
            self.order = order
            self.serials = serials
        }

        package static let monthFirst = DateForm(.monthFirst)
        package static let dayFirst = DateForm(.dayFirst)
        /// Serial day numbers, any other dates month-first.
        package static let excelSerial = DateForm(.monthFirst, serials: true)
    }

    /// A date as read before the column's form is known.
    package enum DateReading: Equatable, Sendable {
        /// ISO, or a form with a month name: only one reading.
        case exact(Day)
        /// `a/b/y` or `a.b.y`: month-first and day-first readings, either of which may be invalid.
        case ordered(monthFirst: Day?, dayFirst: Day?)
        /// `a.b.y`: as `ordered`, but read day-first where the column says so (`DateForm.dottedDayFirst`).
        case dotted(monthFirst: Day?, dayFirst: Day?)
        /// A five-digit whole number that would be a day of 1990–2099 counted as Excel counts (`46350`):
        /// a date only in a column of such numbers.
        case excelSerial(Day)

        package func resolve(_ order: Config.DateOrder) -> Day? { resolve(DateForm(order)) }

        /// Disfavoured so that `resolve(.dayFirst)` still means the config's order.
        @_disfavoredOverload
        package func resolve(_ form: DateForm) -> Day? {
            switch self {
            case .exact(let d): return d
            case .ordered(let mf, let df): return form.order == .dayFirst ? df : mf
            case .dotted(let mf, let df): return form.order == .dayFirst || form.dottedDayFirst ? df : mf
            case .excelSerial(let d): return form.serials ? d : nil
            }
        }

        /// The order this value alone decides, if it reads in only one.
        package var vote: Config.DateOrder? {
            let mf: Day?, df: Day?
            switch self {
            case .ordered(let m, let d), .dotted(let m, let d): (mf, df) = (m, d)
            default: return nil
            }
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
    /// `22.11.2026`, `11/22/2026 10:00 AM`, `Nov 22, 2026`, `22 Nov 2026`, `22-Nov-2026`, `22-Nov-26`. nil when it reads
    /// as no date in either order.
    package static func date(_ raw: String) -> DateReading? {
        if let fast = numericDate(raw) {
            if case .ordered(nil, nil) = fast { return nil }
            if case .dotted(nil, nil) = fast { return nil }
            return fast
        }
        var s = Text.trim(raw)
        guard !s.isEmpty else { return nil }
        if let day = excelSerial(s) { return .excelSerial(day) }
        // Drop a time part: `T10:00:00Z`, ` 10:00`, ` 10:00 AM`.
        if let t = s.firstIndex(where: { $0 == "T" || $0 == " " }),
            s[s.startIndex..<t].contains(where: { $0 == "-" || $0 == "/" || $0 == "." }),
            s[t...].contains(":")
        {
            s = String(s[s.startIndex..<t])
        }
        let numericParts = s.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        if numericParts.count == 3,
            numericParts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        {
            let p = numericParts.compactMap { Int($0) }
            guard p.count == 3 else { return nil }
            if numericParts[0].count == 4 {  // ISO order, whatever the separator
                return Day(year: p[0], month: p[1], day: p[2]).map { .exact($0) }
            }
            guard numericParts[2].count == 4 || numericParts[2].count == 2 else { return nil }
            let year = numericParts[2].count == 2 ? fullYear(p[2]) : p[2]
            let mf = Day(year: year, month: p[0], day: p[1])
            let df = Day(year: year, month: p[1], day: p[0])
            if mf == nil && df == nil { return nil }
            return s.contains(".") ? .dotted(monthFirst: mf, dayFirst: df) : .ordered(monthFirst: mf, dayFirst: df)
        }
        // Month names: `Nov 22, 2026`, `22 Nov 2026`, `22-Nov-2026`, `November 22 2026`.
        let words = s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" || $0 == "/" }).map {
            $0.lowercased()
        }
        guard words.count == 3 else { return nil }
        // Excel's default date display, d-mmm-yy: `24-Dec-26`.
        if let m = monthNames[words[1]], words[0].count <= 2, words[2].count == 2, let d = Int(words[0]),
            let y = Int(words[2])
        {
            return Day(year: fullYear(y), month: m, day: d).map { .exact($0) }
        }
        var month: Int? = nil, day: Int? = nil, year: Int? = nil
        for w in words {
            if let m = monthNames[w.hasSuffix(".") ? String(w.dropLast()) : w] {
                month = m
            } else if let n = Int(w), w.count == 4 {
                year = n
            } else if let n = Int(w), w.count <= 2 {
                day = n
            }
        }
        guard let month, let day, let year, let d = Day(year: year, month: month, day: day) else { return nil }
        return .exact(d)
    }

    /// The first day of a month written without a day: `Sept 2026`, `September 2026`, `2026-09`,
    /// `09/2026`. Only where a month is enough (a contact verified that month is read as verified on its
    /// first day: the earliest, so never fresher than written).
    package static func monthOfYear(_ raw: String) -> Day? {
        let words = Text.trim(raw).lowercased().split(whereSeparator: {
            $0 == " " || $0 == "-" || $0 == "/" || $0 == "."
        })
        guard words.count == 2 else { return nil }
        let (a, b) = (String(words[0]), String(words[1]))
        let (monthText, yearText) = a.count == 4 && a.allSatisfy(\.isNumber) ? (b, a) : (a, b)
        guard yearText.count == 4, let year = Int(yearText),
            let month = monthNames[monthText] ?? (monthText.count <= 2 ? Int(monthText) : nil)
        else { return nil }
        return Day(year: year, month: month, day: 1)
    }

    /// A two-digit year as Excel reads it: 00–29 are 2000–2029, 30–99 are 1930–1999 (`25-Sep-95` is
    /// 1995: read as 2095, a trial's old verified dates became fresh ones).
    static func fullYear(_ yy: Int) -> Int { yy < 30 ? 2000 + yy : 1900 + yy }

    /// Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was, so from March 1900
    /// on, serial `n` is `n` days after 1899-12-30.
    static let excelEpoch = Day(year: 1899, month: 12, day: 30) ?? Day(ordinal: 0)
    static let excelSerials = 32_874...73_050  // 1990-01-01 ... 2099-12-31

    /// `46350` → 2026-11-24: five ASCII digits in the plausible range, else nil.
    static func excelSerial(_ s: String) -> Day? {
        guard s.utf8.count == 5, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(s),
            excelSerials.contains(n)
        else { return nil }
        return excelEpoch + n
    }

    /// `YYYY-MM-DD`, `MM/DD/YYYY` and `DD.MM.YYYY` read from the bytes (nil: use the general path).
    @inline(__always)
    static func numericDate(_ s: String) -> DateReading? {
        guard s.utf8.count <= 10 else { return nil }
        // The bytes in place: a string's UTF-8 iterator took ~50 instructions a byte.
        var s = s
        return s.withUTF8 { numericDate(bytes: $0) }
    }

    private static func numericDate(bytes: UnsafeBufferPointer<UInt8>) -> DateReading? {
        // Three scalars each, not vectors or arrays: arrays were two allocations per date (a large
        // roster reads four date columns), and a vector lane picked by a variable went through the
        // stack on every digit (a store-forwarding stall: 6% of reading a 20,000-contact roster).
        var (d0, d1, d2) = (0, 0, 0)
        var (w0, w1, w2) = (0, 0, 0)
        var part = 0
        var separator: UInt8 = 0
        for b in bytes {
            if b >= 0x30 && b <= 0x39 {
                let digit = Int(b &- 0x30)
                switch part {
                case 0: (d0, w0) = (d0 &* 10 &+ digit, w0 &+ 1)
                case 1: (d1, w1) = (d1 &* 10 &+ digit, w1 &+ 1)
                default: (d2, w2) = (d2 &* 10 &+ digit, w2 &+ 1)
                }
            } else if (b == 0x2D || b == 0x2F || b == 0x2E) && part < 2 && (separator == 0 || separator == b) {
                separator = b
                part += 1
            } else {
                return nil
            }
        }
        let digits = (d0, d1, d2)
        let widths = (w0, w1, w2)
        guard part == 2, widths.0 > 0, widths.1 > 0, widths.2 > 0 else { return nil }
        if widths.0 == 4 {
            guard widths.1 <= 2, widths.2 <= 2 else { return nil }
            return Day(year: digits.0, month: digits.1, day: digits.2).map { .exact($0) }
                ?? .some(.ordered(monthFirst: nil, dayFirst: nil))
        }
        guard widths.0 <= 2, widths.1 <= 2, widths.2 == 4 else { return nil }
        let mf = Day(year: digits.2, month: digits.0, day: digits.1)
        let df = Day(year: digits.2, month: digits.1, day: digits.0)
        if mf == nil && df == nil { return .ordered(monthFirst: nil, dayFirst: nil) }
        return separator == 0x2E ? .dotted(monthFirst: mf, dayFirst: df) : .ordered(monthFirst: mf, dayFirst: df)
    }
}

extension Values {
    /// Why a date did not read: a date only the other way round (`20/01/2027` in a month-first column)
    /// says so, with the order that reads it (trials' reject files said only "not a date", of a date).
    /// `field` as the message names it (`close date`), `example` the forms to show.
    static func notADate(_ field: String, _ text: String, order: DateForm, example: String) -> String {
        guard let other = otherWay(text, order: order) else {
            // A day number as Excel counts days (a date, or a date and time, formatted as a number):
            // named, with its date (a trial's program manager could not tell 46410.5 was one).
            if let (whole, day) = excelDayNumber(text) {
                return
                    "\(field) \(Clip.quoted(text)) is not a date but a number as Excel counts days (\(whole) is \(day)): format the column as dates in the spreadsheet and save the CSV again, or write \(day)"
            }
            return "\(field) \(Clip.quoted(text)) is not a date (expected e.g. \(example))"
        }
        let read = order.order == .dayFirst ? "day first" : "month first"
        return
            "\(field) \(Clip.quoted(text)) is not a date \(read), as the column's dates are read (\(other.order) it would be \(other.day)); write it as \(other.day)"
    }

    /// A day number as Excel counts days, with or without a time (`46296`, `46410.5`): its whole part
    /// as written and its day; nil for any other text. For messages, where such a cell is not read.
    static func excelDayNumber(_ text: String) -> (whole: String, day: Day)? {
        let parts = Text.trim(text).split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts.first.map(String.init) ?? ""
        guard let day = excelSerial(whole), parts.count == 1 || parts[1].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        return (whole, day)
    }

    /// The day a date that does not read in `order` would be read the other way round, and that order
    /// in words (`day first`); nil when it is no date either way.
    static func otherWay(_ text: String, order: DateForm) -> (day: Day, order: String)? {
        let other = DateForm(order.order == .dayFirst ? .monthFirst : .dayFirst, serials: order.serials)
        return date(text)?.resolve(other).map { ($0, order.order == .dayFirst ? "month first" : "day first") }
    }
}
