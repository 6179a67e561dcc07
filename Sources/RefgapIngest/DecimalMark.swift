import RefgapModel

/// Amounts like `10.000` or `1,250` read two ways: ten or ten thousand, twelve hundred and fifty or one
/// and a quarter. The column decides: amounts that read one way only write a decimal comma
/// (`1.250.000`, `1.250,00`, `12,5`) or a decimal point (`1,250,000`, `1,250.00`, `12.50`); where none
/// does, a dot followed by three digits is a thousands separator (an amount has no third decimal).
/// Before this, a lone dot was always a decimal point: a German export's `250.000 €` summed as 250.
extension Ingest {
    /// An amount cell's form, from its digits and separators (currency signs, letters, spaces and
    /// parentheses aside).
    enum AmountForm: Equatable {
        /// No separator (or no digit).
        case plain
        /// Reads only with a decimal comma.
        case decimalComma
        /// Reads only with a decimal point.
        case decimalPoint
        /// One dot after one to three digits, three digits after it (`10.000`): the digits as a whole
        /// number (10000).
        case loneDot(Int)
        /// The same with a comma (`1,250`): 1250.
        case loneComma(Int)
    }

    static func amountForm(_ bytes: UnsafeBufferPointer<UInt8>) -> AmountForm {
        var dots = 0, commas = 0, lastDot = -1, lastComma = -1
        var digits = 0, before = 0, after = 0, whole = 0
        for b in bytes {
            switch b {
            case 0x30...0x39:
                digits += 1
                if dots + commas == 0 { before += 1 } else { after += 1 }
                if digits <= 15 { whole = whole * 10 + Int(b - 0x30) }
            case 0x2E:
                dots += 1
                lastDot = digits
                after = 0
            case 0x2C:
                commas += 1
                lastComma = digits
                after = 0
            default: continue
            }
        }
        guard digits > 0, dots + commas > 0 else { return .plain }
        if dots > 0 && commas > 0 { return lastComma > lastDot ? .decimalComma : .decimalPoint }
        if dots > 1 { return .decimalComma }
        if commas > 1 { return .decimalPoint }
        let lone = after == 3 && (1...3).contains(before) && digits <= 15
        if dots == 1 { return lone ? .loneDot(whole) : .decimalPoint }
        return lone ? .loneComma(whole) : .decimalComma
    }

    /// The amounts of a column by form, with the first cell of each as written (for the note).
    struct AmountVotes: Sendable {
        var comma = 0, point = 0, loneDot = 0, loneComma = 0
        /// The lone-dot amounts' digits summed as whole numbers (`10.000` adds 10000).
        var loneDotWhole = 0
        var examples: [String?] = [nil, nil, nil, nil]

        mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) { add(Ingest.amountForm(bytes), bytes) }

        mutating func add(_ form: AmountForm, _ bytes: UnsafeBufferPointer<UInt8>) {
            let slot: Int
            switch form {
            case .plain: return
            case .decimalComma:
                comma += 1
                slot = 0
            case .decimalPoint:
                point += 1
                slot = 1
            case .loneDot(let n):
                loneDot += 1
                loneDotWhole &+= n
                slot = 2
            case .loneComma:
                loneComma += 1
                slot = 3
            }
            if examples[slot] == nil { examples[slot] = Text.trim(String(decoding: bytes, as: UTF8.self)) }
        }

        mutating func add(_ o: AmountVotes) {
            comma += o.comma
            point += o.point
            loneDot += o.loneDot
            loneComma += o.loneComma
            loneDotWhole &+= o.loneDotWhole
            for i in examples.indices where examples[i] == nil { examples[i] = o.examples[i] }
        }
    }

    /// The amount column's decimal mark: the setting's, else the one its amounts write, else a comma
    /// when the only separators are lone dots before three digits. What was guessed goes into the
    /// ledger, with the rows it changed and the setting that overrides it.
    static func decideDecimalMark(_ v: AmountVotes, header: String, config: Config, ledger: inout InputLedger)
        -> Config.DecimalMark
    {
        if config.decimalMark != .auto { return config.decimalMark }
        func like(_ slot: Int) -> String { v.examples[slot].map { " (like \(Clip.quoted($0)))" } ?? "" }
        let column = Clip.quoted(header)
        let setting = "set `decimal_mark: point` in refgap.yml"
        if v.comma > 0 && v.point == 0 {
            guard v.loneDot + v.loneComma > 0 else { return .comma }
            var read: [String] = []
            if v.loneDot > 0 {
                read.append(
                    "\(v.loneDot) amounts like \(Clip.quoted(v.examples[2] ?? "")) were read with a dot between thousands (10.000 = 10,000; \(grouped(v.loneDotWhole)) in all as written)"
                )
            }
            if v.loneComma > 0 {
                read.append(
                    "\(v.loneComma) amounts like \(Clip.quoted(v.examples[3] ?? "")) with a decimal comma (1,250 = 1.25)"
                )
            }
            ledger.notes.append(
                "Amounts in \(column) are written the European way\(like(0)), so \(read.joined(separator: " and ")). If that is wrong, \(setting)."
            )
            return .comma
        }
        if v.point > 0 && v.comma > 0 && v.loneDot > 0 {
            ledger.warnings.append(
                "Amounts in \(column) write both a decimal point\(like(1)) and a decimal comma\(like(0)): \(v.loneDot) amounts like \(Clip.quoted(v.examples[2] ?? "")) were read with a decimal point (10.000 = 10). Export the column in one format, or set `decimal_mark: comma` in refgap.yml if the dot separates thousands."
            )
            return .point
        }
        if v.point == 0 && v.comma == 0 && v.loneDot > 0 {
            guard v.loneComma == 0 else {
                ledger.warnings.append(
                    "Amounts in \(column) write lone dots\(like(2)) and lone commas\(like(3)) before three digits, and no amount settles which is the decimal mark: \(v.loneDot) like \(Clip.quoted(v.examples[2] ?? "")) were read with a decimal point (10.000 = 10). Set `decimal_mark: comma` (or point) in refgap.yml to say which."
                )
                return .point
            }
            ledger.warnings.append(
                "\(v.loneDot) amounts in \(column)\(like(2)) have one dot before three digits, and no amount in the column settles what the dot is: read as a thousands separator (10.000 = 10,000; \(grouped(v.loneDotWhole)) in all as written). If the dot is a decimal point here (10.000 = 10), \(setting)."
            )
            return .comma
        }
        return .point
    }

    /// The value of an amount of `form` read with `mark`, where the mark changes it; nil where it does
    /// not (every other form reads one way, as `Values.amount` reads it). `negative` from the reading.
    static func reread(_ form: AmountForm, mark: Config.DecimalMark, negative: Bool) -> Double? {
        guard mark == .comma else { return nil }
        let value: Double
        switch form {
        case .loneDot(let n): value = Double(n)
        case .loneComma(let n): value = Double(n) / 1000
        default: return nil
        }
        return negative ? -value : value
    }

    /// `1234567` as `1,234,567`.
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n.magnitude))
        var out = n < 0 ? "-" : ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
