import CSVReader
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
        /// One dot after one to three digits (the first not 0), three digits after it (`10.000`): the
        /// digits as a whole number (10000).
        case loneDot(Int)
        /// The same with a comma (`1,250`): 1250.
        case loneComma(Int)
    }

    static func amountForm(_ bytes: UnsafeBufferPointer<UInt8>) -> AmountForm {
        // One pass counting digits and separators (every row's amount goes through it); the whole
        // number is read again only for the lone forms.
        var dots = 0, commas = 0, lastDot = -1, lastComma = -1, digits = 0, before = 0
        var leadingZero = false
        for b in bytes {
            if b &- 0x30 < 10 {
                if digits == 0 { leadingZero = b == 0x30 }
                digits &+= 1
            } else if b == 0x2E {
                if dots + commas == 0 { before = digits }
                dots &+= 1
                lastDot = digits
            } else if b == 0x2C {
                if dots + commas == 0 { before = digits }
                commas &+= 1
                lastComma = digits
            }
        }
        guard digits > 0, dots + commas > 0 else { return .plain }
        if dots > 0 && commas > 0 { return lastComma > lastDot ? .decimalComma : .decimalPoint }
        if dots > 1 { return .decimalComma }
        if commas > 1 { return .decimalPoint }
        // `0.125` is no thousands group: a lone form starts with a digit other than 0.
        let lone = digits - before == 3 && (1...3).contains(before) && !leadingZero
        guard lone else { return dots == 1 ? .decimalPoint : .decimalComma }
        var whole = 0
        for b in bytes where b &- 0x30 < 10 { whole = whole * 10 + Int(b &- 0x30) }
        return dots == 1 ? .loneDot(whole) : .loneComma(whole)
    }

    /// `amountForm` of digits with at most one dot (what `Values.plainDecimal` reads), without a scan for
    /// the usual amount (`125000.00`): a lone dot sits fourth from the end of five to seven bytes, and a
    /// decimal point counts only until the column has one (`pointSeen`; the vote needs one).
    @inline(__always)
    static func plainDigitsForm(_ bytes: UnsafeBufferPointer<UInt8>, pointSeen: Bool) -> AmountForm {
        let n = bytes.count
        if n >= 5 && n <= 7 && bytes[n - 4] == 0x2E { return amountForm(bytes) }
        if pointSeen { return .plain }
        return bytes.contains(0x2E) ? .decimalPoint : .plain
    }

    /// The amounts of a column by form, with the first cell of each as written (for the note).
    struct AmountVotes: Sendable {
        var comma = 0, point = 0, loneDot = 0, loneComma = 0
        /// The lone-dot amounts' digits summed as whole numbers (`10.000` adds 10000).
        var loneDotWhole = 0
        /// The first cell of each kind, as written, by `Kind`.
        private(set) var examples: [String?] = [nil, nil, nil, nil]
        enum Kind: Int { case comma, point, loneDot, loneComma }
        func example(_ kind: Kind) -> String { examples[kind.rawValue] ?? "" }

        mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) { add(Ingest.amountForm(bytes), bytes) }

        mutating func add(_ form: AmountForm, _ bytes: UnsafeBufferPointer<UInt8>) {
            let slot: Kind
            switch form {
            case .plain: return
            case .decimalComma:
                comma += 1
                slot = .comma
            case .decimalPoint:
                point += 1
                slot = .point
            case .loneDot(let n):
                loneDot += 1
                loneDotWhole &+= n
                slot = .loneDot
            case .loneComma:
                loneComma += 1
                slot = .loneComma
            }
            if examples[slot.rawValue] == nil {
                examples[slot.rawValue] = Text.trim(decodedCell(bytes))
            }
        }

        /// An amount cell beside the one read (the amount where the converted one is read): its form
        /// settles the mark if it can, but it is not re-read, so it is not counted among the lone ones.
        mutating func addEvidence(_ bytes: UnsafeBufferPointer<UInt8>) {
            switch Ingest.amountForm(bytes) {
            case .decimalComma: comma += 1
            case .decimalPoint: point += 1
            default: break
            }
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
    static func decideDecimalMark(_ v: AmountVotes, headers: [String], config: Config, ledger: inout InputLedger)
        -> Config.DecimalMark
    {
        func like(_ kind: AmountVotes.Kind) -> String {
            v.examples[kind.rawValue].map { " (like \(Clip.quoted($0)))" } ?? ""
        }
        let column = headers.map { Clip.quoted($0) }.joined(separator: " and ")
        let lonePoints =
            "\(amounts(v.loneDot)) like \(Clip.quoted(v.example(.loneDot))) \(v.loneDot == 1 ? "was" : "were") read with a decimal point (10.000 = 10)"
        let loneCommas =
            "\(amounts(v.loneComma)) like \(Clip.quoted(v.example(.loneComma))) \(v.loneComma == 1 ? "was" : "were") read with a decimal comma (1,250 = 1.25)"
        // The setting decides; where the column's own amounts say otherwise for some, that is said (a
        // trial followed the advice below and a `$1,250` became 1.25 in silence).
        switch config.decimalMark {
        case .auto: break
        case .comma:
            if v.point > 0 && v.loneComma > 0 {
                ledger.warnings.append(
                    "`decimal_mark: comma` is set, so \(loneCommas), though amounts in \(column) are also written the US way\(like(.point)). \(v.comma > 0 ? "Export the column in one format to read each amount as written." : "No amount in the column is written the European way: remove the setting to read them as written.")"
                )
            }
            return .comma
        case .point:
            if v.comma > 0 && v.loneDot > 0 {
                ledger.warnings.append(
                    "`decimal_mark: point` is set, so \(lonePoints), though amounts in \(column) are also written the European way\(like(.comma)). \(v.point > 0 ? "Export the column in one format to read each amount as written." : "No amount in the column is written the US way: remove the setting to read them as written.")"
                )
            }
            return .point
        }
        let setting = "set `decimal_mark: point` in refgap.yml"
        if v.comma > 0 && v.point == 0 {
            guard v.loneDot + v.loneComma > 0 else { return .comma }
            var read: [String] = []
            if v.loneDot > 0 {
                read.append(
                    "\(amounts(v.loneDot)) like \(Clip.quoted(v.example(.loneDot))) \(v.loneDot == 1 ? "was" : "were") read with a dot between thousands (10.000 = 10,000; \(StageTable.amount(Double(v.loneDotWhole))) in all as written)"
                )
            }
            if v.loneComma > 0 {
                read.append(
                    "\(v.loneComma) amounts like \(Clip.quoted(v.example(.loneComma))) with a decimal comma (1,250 = 1.25)"
                )
            }
            ledger.notes.append(
                "Amounts in \(column) are written the European way\(like(.comma)), so \(read.joined(separator: " and ")). If that is wrong, \(setting)."
            )
            return .comma
        }
        if v.point > 0 && v.comma > 0 && v.loneDot > 0 {
            // The setting that reads the lone dots as thousands reads the lone commas as decimals too.
            let alsoCommas =
                v.loneComma > 0
                ? " (that setting also reads \(amounts(v.loneComma)) like \(Clip.quoted(v.example(.loneComma))) with a decimal comma, 1,250 = 1.25)"
                : ""
            ledger.warnings.append(
                "Amounts in \(column) are written both the US way\(like(.point)) and the European way\(like(.comma)): \(lonePoints). Export the column in one format, or set `decimal_mark: comma` in refgap.yml if the dot separates thousands\(alsoCommas)."
            )
            return .point
        }
        if v.point == 0 && v.comma == 0 && v.loneDot > 0 {
            guard v.loneComma == 0 else {
                ledger.warnings.append(
                    "Amounts in \(column) have both a dot before three digits\(like(.loneDot)) and a comma before three digits\(like(.loneComma)), and no amount settles which of the two marks decimals: read the US way, a dot marking decimals and a comma thousands (10.000 = 10, 1,250 = 1250). If the comma marks decimals here, set `decimal_mark: comma` in refgap.yml."
                )
                return .point
            }
            ledger.warnings.append(
                "\(amounts(v.loneDot)) in \(column)\(like(.loneDot)) \(v.loneDot == 1 ? "has" : "have") one dot before three digits, and no amount in the column settles what the dot is: read as a thousands separator (10.000 = 10,000; \(StageTable.amount(Double(v.loneDotWhole))) in all as written). If the dot is a decimal point here (10.000 = 10), \(setting)."
            )
            return .comma
        }
        return .point
    }

    /// The value of an amount of `form` read with a decimal `comma`, where that changes it; nil where it does
    /// not (every other form reads one way, as `Values.amount` reads it). `negative` from the reading.
    @inline(__always)
    static func reread(_ form: AmountForm, comma: Bool, negative: Bool) -> Double? {
        guard comma else { return nil }
        let value: Double
        switch form {
        case .loneDot(let n): value = Double(n)
        case .loneComma(let n): value = Double(n) / 1000
        default: return nil
        }
        return negative ? -value : value
    }

    /// "1 amount", "4 amounts".
    static func amounts(_ n: Int) -> String { "\(n) amount\(n == 1 ? "" : "s")" }
}
