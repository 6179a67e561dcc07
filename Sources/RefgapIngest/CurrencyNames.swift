import RefgapModel

/// A currency cell as exports write it. Salesforce and HubSpot write the ISO code (`USD`); Dynamics 365
/// writes the currency record's name (`US Dollar`, `Euro`, `Pound Sterling`), which is the ISO 4217
/// English name unless an admin renamed it. A name this table knows is read as its code (and noted);
/// any other text is kept as written, so an unknown currency is warned about rather than guessed.
enum CurrencyNames {
    /// The code a cell stands for, upper-cased; nil for a blank cell. `named` is true when the cell
    /// held a name rather than a code.
    static func code(_ written: String) -> (code: String, named: Bool)? {
        let trimmed = Text.trim(written)
        guard !trimmed.isEmpty else { return nil }
        let upper = trimmed.uppercased()
        // Names first: `Yen` and `Won` are three letters but not codes.
        let folded = upper.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." || $0 == "\u{00A0}" })
            .joined(separator: " ")
        if let code = byName[folded] { return (code, true) }
        return (upper, false)
    }

    /// Whether `code` (upper-cased) is a currency refgap knows: one of the names' codes or the rough
    /// table's (`CurrencyMagnitudes`).
    static func isKnown(_ code: String) -> Bool {
        CurrencyMagnitudes.usdPerUnit[code] != nil || knownCodes.contains(code)
    }
    private static let knownCodes = Set(byName.values)

    /// Whether `text` is written as a code is: three letters A–Z.
    static func isCode(_ text: String) -> Bool {
        text.utf8.count == 3 && text.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// ISO 4217's English names (Dynamics' defaults), with the spellings users give them and the
    /// German, French and Spanish names of the common ones. Keys upper-cased, words joined by a space.
    private static let byName: [String: String] = {
        let names: [(String, [String])] = [
            (
                "USD",
                [
                    "US DOLLAR", "U S DOLLAR", "US DOLLARS", "UNITED STATES DOLLAR", "DOLLAR US", "DOLLAR AMÉRICAIN",
                    "DÓLAR ESTADOUNIDENSE",
                ]
            ),
            ("EUR", ["EURO", "EUROS"]),
            (
                "GBP",
                [
                    "POUND STERLING", "BRITISH POUND", "BRITISH POUND STERLING", "POUNDS STERLING", "LIVRE STERLING",
                    "PFUND STERLING", "BRITISCHES PFUND", "LIBRA ESTERLINA",
                ]
            ),
            ("JPY", ["YEN", "JAPANESE YEN", "YEN JAPONAIS", "JAPANISCHER YEN"]),
            ("CAD", ["CANADIAN DOLLAR", "DOLLAR CANADIEN", "KANADISCHER DOLLAR"]),
            ("AUD", ["AUSTRALIAN DOLLAR", "DOLLAR AUSTRALIEN", "AUSTRALISCHER DOLLAR"]),
            ("NZD", ["NEW ZEALAND DOLLAR"]),
            ("CHF", ["SWISS FRANC", "FRANC SUISSE", "SCHWEIZER FRANKEN"]),
            ("SEK", ["SWEDISH KRONA", "SWEDISH KRONOR", "COURONNE SUÉDOISE", "SCHWEDISCHE KRONE"]),
            ("NOK", ["NORWEGIAN KRONE", "NORWEGIAN KRONER", "NORWEGISCHE KRONE"]),
            ("DKK", ["DANISH KRONE", "DANISH KRONER", "DÄNISCHE KRONE"]),
            ("PLN", ["ZLOTY", "POLISH ZLOTY", "ZŁOTY"]),
            ("CZK", ["CZECH KORUNA"]),
            ("HUF", ["FORINT", "HUNGARIAN FORINT"]),
            ("INR", ["INDIAN RUPEE", "ROUPIE INDIENNE", "INDISCHE RUPIE"]),
            ("CNY", ["YUAN RENMINBI", "CHINESE YUAN", "RENMINBI", "YUAN"]),
            ("HKD", ["HONG KONG DOLLAR"]),
            ("SGD", ["SINGAPORE DOLLAR"]),
            ("KRW", ["WON", "SOUTH KOREAN WON", "KOREAN WON"]),
            ("MXN", ["MEXICAN PESO", "PESO MEXICANO"]),
            ("BRL", ["BRAZILIAN REAL", "REAL BRASILEÑO", "REAL BRASILEIRO"]),
            ("ZAR", ["RAND", "SOUTH AFRICAN RAND"]),
            ("ILS", ["NEW ISRAELI SHEQEL", "ISRAELI SHEKEL", "NEW ISRAELI SHEKEL"]),
            ("AED", ["UAE DIRHAM", "EMIRATI DIRHAM"]),
            ("SAR", ["SAUDI RIYAL"]),
            ("TRY", ["TURKISH LIRA"]),
        ]
        // A lone symbol in a currency cell or `currency:` (`€`); `$` is the US dollar, as amounts read it.
        var table: [String: String] = ["€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW"]
        for (code, spellings) in names { for s in spellings { table[s] = code } }
        return table
    }()
}

/// The currencies a part's amounts were written in, beyond the run's: those without a rate
/// (summed unconverted, warned about), those converted (a rate that looks wrong is warned about with
/// them) and the names read as codes (noted), by cell as written.
struct CurrencyTally: Sendable {
    /// Amounts in a currency without a rate, by its code as written: how many, and their sum as written.
    var unconverted: [String: (count: Int, sum: Double)] = [:]
    /// Amounts converted by a `currency_rates` entry, by its code: how many, and their sum as converted.
    var converted: [String: (count: Int, sum: Double)] = [:]
    /// A currency name read as its code: the name as written → (code, amounts).
    var named: [String: (code: String, count: Int)] = [:]

    /// Converted amounts whose currency nothing says (HubSpot's `Amount in company currency`,
    /// Pipedrive's `Value in default currency`: the account's company currency), read as the run's:
    /// how many, and their sum.
    var unlabelledConverted = 0
    var unlabelledConvertedSum = 0.0
    /// Among those, the deal currencies of deals whose converted amount equals their own amount: the
    /// company currency is most likely the one most of them are in.
    var companyVotes: [String: Int] = [:]
    /// Among those, deals whose two amounts are equal, and deals whose amounts differ (a second currency).
    var bothAmountsEqual = 0
    var bothAmountsDiffer = 0
    /// Deals whose converted amount is blank and whose own amount was read instead, in the run's
    /// currency, with nothing on the row to say its currency: how many, and their sum.
    var blankConverted = 0
    var blankConvertedSum = 0.0
    /// Of those, by their currency record (Sugar's `currency_id`): how many, and their sum.
    var blankConvertedRecords: [CurrencyRecord: (count: Int, sum: Double)] = [:]
    /// Amounts read (not converted ones) whose currency cell is a currency record's id, by the record:
    /// how many, and their sum.
    var records: [CurrencyRecord: (count: Int, sum: Double)] = [:]

    /// An amount's own currency (its symbol or code) and its currency column's, when they differ.
    struct Clash: Hashable, Sendable {
        let symbol: String
        let column: String
    }
    /// Amounts whose own symbol or code says another currency than their currency column: how many,
    /// and the first as written (the column was followed).
    var clashes: [Clash: (count: Int, example: String)] = [:]
    /// Amounts read as the run's currency in deals whose unread currency-like column names something
    /// else (`UnreadCurrencyColumns`).
    var unreadColumns: [UnreadCurrencyColumns.Value: UnreadCurrencyColumns.Reach] = [:]
    /// Amounts that said their own currency (`$128,100.00`), so were not compared with those columns.
    var unreadColumnsSkipped = 0

    mutating func absorb(_ other: CurrencyTally) {
        for (k, v) in other.clashes {
            if clashes[k] == nil { clashes[k] = (0, v.example) }
            clashes[k]?.count += v.count
        }
        for (k, v) in other.unconverted {
            unconverted[k, default: (0, 0)].count += v.count
            unconverted[k, default: (0, 0)].sum += v.sum
        }
        for (k, v) in other.converted {
            converted[k, default: (0, 0)].count += v.count
            converted[k, default: (0, 0)].sum += v.sum
        }
        for (k, v) in other.named { named[k, default: (v.code, 0)].count += v.count }
        for (k, v) in other.unreadColumns { unreadColumns[k, default: v.none].add(v) }
        unreadColumnsSkipped += other.unreadColumnsSkipped
        unlabelledConverted += other.unlabelledConverted
        unlabelledConvertedSum += other.unlabelledConvertedSum
        for (k, v) in other.companyVotes { companyVotes[k, default: 0] += v }
        bothAmountsEqual += other.bothAmountsEqual
        bothAmountsDiffer += other.bothAmountsDiffer
        blankConverted += other.blankConverted
        blankConvertedSum += other.blankConvertedSum
        for (k, v) in other.blankConvertedRecords {
            blankConvertedRecords[k, default: (0, 0)].count += v.count
            blankConvertedRecords[k, default: (0, 0)].sum += v.sum
        }
        for (k, v) in other.records {
            records[k, default: (0, 0)].count += v.count
            records[k, default: (0, 0)].sum += v.sum
        }
    }

    /// The same sums without their counts: a deal's line item after its first (`DuplicateDeals`), whose
    /// amount is part of the deal's but which is not another deal or amount.
    var withoutCounts: CurrencyTally {
        var out = self
        for k in out.unconverted.keys { out.unconverted[k]?.count = 0 }
        for k in out.converted.keys { out.converted[k]?.count = 0 }
        for k in out.named.keys { out.named[k]?.count = 0 }
        for k in out.clashes.keys { out.clashes[k]?.count = 0 }
        for k in out.unreadColumns.keys { out.unreadColumns[k]?.deals = 0 }
        out.unreadColumnsSkipped = 0
        out.unlabelledConverted = 0
        out.companyVotes = [:]
        out.bothAmountsEqual = 0
        out.bothAmountsDiffer = 0
        out.blankConverted = 0
        for k in out.blankConvertedRecords.keys { out.blankConvertedRecords[k]?.count = 0 }
        for k in out.records.keys { out.records[k]?.count = 0 }
        return out
    }

    /// The company currency the votes point to: most votes, and at a tie the run's currency, else the
    /// first code; nil when no deal votes. `tied` names the others with as many votes.
    func likelyCompanyCurrency(run: String) -> (code: String, deals: Int, tied: [String])? {
        guard let most = companyVotes.values.max() else { return nil }
        let top = companyVotes.filter { $0.value == most }.keys.sorted()
        let code = top.contains(run) ? run : top[0]
        return (code, most, top.filter { $0 != code })
    }
}
