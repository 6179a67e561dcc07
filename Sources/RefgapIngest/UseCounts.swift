import RefgapModel

/// A roster's use counts as spreadsheets write them. `Values.integer` reads `2.000` as two thousand
/// (right for a German roster's employees), but no contact gives thousands of uses: in the two use
/// columns, a number with one separator before three digits is a spreadsheet's decimals. (Read as
/// thousands, a trial's `2.000` gave one contact a capacity of 2,665 references, and it took demand
/// other contacts would have shown as gaps.)
enum UseCounts {
    /// How a count cell's number reads: alone (`2.000`) or before its unit (`2.000 per quarter`).
    enum Reading: Equatable {
        /// Three zero decimals: the cell with its number written plainly (`2 per quarter`).
        case whole(plain: String, number: Int)
        /// Decimals that are not zeros (`1.500`): no whole number of uses either way it is read.
        case notWhole
        /// Two separators (`2.000,00`, `1,000.00`, `1.000.000`): thousands one way and decimals the
        /// other, no count either way (a trial's roster gave ten contacts a capacity of 2,665 each, and a
        /// calendar's need asked for a million references).
        case twoSeparators
    }

    /// One count read as a whole number, for the warning: as written, its column's header, its line.
    struct Decimal: Sendable {
        let text: String
        let column: String
        let line: Int
        let number: Int
    }

    /// nil when the cell's number has no separator before three digits (it is read as it is).
    static func reading(_ text: String) -> Reading? {
        // Most cells (`0`, `2`, `2 per quarter`) have no separator at all.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }) else { return nil }
        let trimmed = Text.trim(text)
        let number = trimmed.prefix { $0 != " " && $0 != "/" }
        if number.filter({ $0 == "." || $0 == "," }).count > 1 { return .twoSeparators }
        guard let grouped = groupedCount(String(number)) else { return nil }
        guard grouped.exact else { return .notWhole }
        return .whole(plain: String(grouped.whole) + trimmed.dropFirst(number.count), number: grouped.whole)
    }

    /// A number with a separator before its last three digits (`2.000`, `2,000`, `1.500`, up to three
    /// digits before it): its whole part, and whether the decimals are all zeros. nil for any other text.
    static func groupedCount(_ text: String) -> (whole: Int, exact: Bool)? {
        let b = Array(Text.trim(text).utf8)
        guard (5...7).contains(b.count), b[b.count - 4] == UInt8(ascii: ".") || b[b.count - 4] == UInt8(ascii: ","),
            b.indices.allSatisfy({ $0 == b.count - 4 || (0x30...0x39).contains(b[$0]) })
        else { return nil }
        let whole = b[..<(b.count - 4)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return (whole, b.suffix(3).allSatisfy { $0 == 0x30 })
    }

    /// Why a count with two separators is rejected: `field` is the count's field (`uses_last_90_days`,
    /// `count`), `unit` what it counts (`uses`, `references`).
    static func twoSeparatorsReason(_ field: String, _ text: String, unit: String) -> String {
        "\(field.replacingOccurrences(of: "_", with: " ")) \(Clip.quoted(text)) is not a whole number of \(unit) (it has separators for thousands or decimals). Write a whole number, e.g. 2"
    }

    /// Why a count with decimals that are not zeros is set aside.
    static func notWholeReason(_ field: String, _ text: String) -> String {
        "\(field.replacingOccurrences(of: "_", with: " ")) \(Clip.quoted(text)) is not a whole number of uses: read as a decimal it has a fraction, and read as thousands it is more uses than any contact gives. Write a whole number, e.g. 2"
    }

    /// The warning for the counts read as whole numbers: where they are, and what was read.
    static func warning(
        _ found: [Decimal], counts: String = "use count", why: String = "since no contact gives thousands of uses"
    ) -> String? {
        guard let first = found.first else { return nil }
        let n = found.count
        let example = "\(Clip.quoted(first.text)) in \(Clip.quoted(first.column)), line \(first.line)"
        let read =
            n == 1
            ? "read as \(first.number), not \(first.number),000"
            : "read as whole numbers (\(Clip.quoted(first.text)) as \(first.number), not \(first.number),000; lines \(Clip.lines(Array(Set(found.map(\.line))).sorted(), shown: 10)))"
        return
            "\(n) \(counts)\(n == 1 ? " has" : "s have") a separator before three zeros (\(example)): \(read), \(why). If a count really is in the thousands, write it with no separator (\(first.number)000); a spreadsheet that writes decimals so can format the column with no decimals."
    }
}
