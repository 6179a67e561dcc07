/// A calendar date with no time zone: the number of days since 1970-01-01. Windows are counted in
/// whole days, so a date never shifts with the machine's time zone.
package struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    package let ordinal: Int

    package init(ordinal: Int) { self.ordinal = ordinal }

    /// nil when the month or day is out of range (`2026-02-30`).
    package init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...31).contains(day), (1...9999).contains(year) else { return nil }
        guard day <= Day.daysIn(month: month, year: year) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146097 + doe - 719468
    }

    /// `YYYY-MM-DD`, strictly.
    package init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    package var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// `YYYY-MM-DD`.
    package var description: String {
        let c = components
        guard (0...9999).contains(c.year) else { return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))" }
        // Ten digits and dashes written in place: reports print a date for every excluded contact.
        return String(unsafeUninitializedCapacity: 10) { out in
            func digits(_ n: Int, _ width: Int, at start: Int) {
                var n = n
                for i in stride(from: start + width - 1, through: start, by: -1) {
                    out[i] = UInt8(0x30 + n % 10)
                    n /= 10
                }
            }
            digits(c.year, 4, at: 0)
            out[4] = 0x2D
            digits(c.month, 2, at: 5)
            out[7] = 0x2D
            digits(c.day, 2, at: 8)
            return 10
        }
    }

    package static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }
    package static func + (a: Day, days: Int) -> Day { Day(ordinal: a.ordinal + days) }
    package static func - (a: Day, b: Day) -> Int { a.ordinal - b.ordinal }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    package init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "expected YYYY-MM-DD"))
        }
        self = day
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

private func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
