import RefgapModel

/// Parsers for the value forms real exports use. Each returns nil for a value it cannot read; the
/// caller turns that into a reject with a reason.
package enum Values {
    /// A number with an optional `%` (`75`, `75%`, `0.75`, `75,5`): the number as written.
    package static func percentNumber(_ raw: String) -> Double? {
        if let v = plainDecimal(raw) { return v }
        if let v = plainNumber(bytesOf: raw) { return v }
        var s = Text.trim(raw)
        if s.hasSuffix("%") { s = Text.trim(String(s.dropLast())) }
        guard !s.isEmpty else { return nil }
        if s.hasPrefix("-") { return plainNumber(String(s.dropFirst())).map { -$0 } }
        return plainNumber(s)
    }

    /// A whole count: `3`, `3.0`, `1,200`, and `1.200` or `2.000`: a count has no decimals, so a dot
    /// before three digits separates thousands (a German roster's 1.200 employees gave no size at all,
    /// its 2.000 the size of two).
    package static func integer(_ raw: String) -> Int? {
        // A lone dot sits fourth from the end of five to seven bytes: most counts are not looked at twice.
        var text = raw
        let lone: Int? = text.withUTF8 { b in
            guard b.count >= 5, b.count <= 7, b[b.count - 4] == 0x2E, plainDecimal(bytes: b) != nil,
                case .loneDot(let n) = Ingest.amountForm(b)
            else { return nil }
            return n
        }
        if let lone { return lone }
        guard let v = percentNumber(raw), v >= 0, v == v.rounded(), v < 1e12 else { return nil }
        return Int(v)
    }

    /// A contact's limit as rosters word it: `2`, `2 per quarter`, `2/qtr`, `8 per year` (2), `1 a month`
    /// (3). `perQuarter` is false when a year's or month's limit was converted. nil for anything else,
    /// and for a year's limit that is not whole quarters (`3 per year`).
    package static func usesPerQuarter(_ raw: String) -> (uses: Int, perQuarter: Bool)? {
        // A number word alone is its number (`two`, as `2`); `once` and `twice` want a unit.
        let alone = Text.fold(raw)
        if let n = integer(raw) ?? (["once", "twice", "thrice", "zero"].contains(alone) ? nil : countWords[alone]) {
            return (n, true)
        }
        let words = Text.trim(raw).lowercased().split(whereSeparator: { $0 == " " || $0 == "/" }).filter {
            // `Max 1/month`, `up to 2 per quarter`, `at most 1 a month`: a limit said as a limit.
            !["per", "a", "an", "each", "every", "x", "times", "uses", "max", "maximum", "up", "to", "at", "most"]
                .contains($0)
        }
        guard words.count == 2 else { return nil }
        // `2`, `2x` (`2x per quarter`), or a word (`two`, `twice`, `once`).
        let first = String(words[0])
        let bare = first.hasSuffix("x") ? String(first.dropLast()) : first
        guard let n = integer(bare) ?? countWords[first] else { return nil }
        let unit = String(words[1])
        if quarterWords.contains(unit) { return (n, true) }
        // Only a year's limit that makes whole quarters: rounding 3 a year down to 0 would drop the contact.
        if yearWords.contains(unit) { return n % 4 == 0 ? (n / 4, false) : nil }
        if monthWords.contains(unit) { return (n * 3, false) }
        return nil
    }

    /// The unit a limit column's name gives its numbers: `year` for `Max Uses per Year`, `Annual
    /// Limit`; `month` for `Uses per Month`; nil for a quarter's or a name that says none.
    package static func limitUnit(header: String) -> String? {
        let words = Set(header.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        if !words.isDisjoint(with: [
            "year", "yearly", "annual", "annually", "annum", "jahr", "jährlich", "an", "año", "anual",
        ]) {
            return "year"
        }
        if !words.isDisjoint(with: ["month", "monthly", "monat", "monatlich", "mois", "mes", "mensual"]) {
            return "month"
        }
        return nil
    }

    /// A uses or limit cell that writes no number: `N/A`, `-`, `TBD`; for uses also `None`; for a limit
    /// also `Unlimited`, `No limit`, `As needed` (read as no limit written: the default).
    package static func notANumber(_ raw: String, limit: Bool) -> Bool {
        // Digits, the usual cell, are a number: said without folding the cell (every count cell of a
        // large roster comes here first).
        if !raw.isEmpty && raw.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return false }
        let f = Text.fold(raw)
        if ["na", "nan", "tbd", "tbc", "unknown"].contains(f) || Text.trim(raw).allSatisfy({ "-–—?".contains($0) }) {
            return true
        }
        return limit ? ["unlimited", "nolimit", "asneeded", "nocap", "nomax"].contains(f) : f == "none"
    }

    /// Why a limit `usesPerQuarter` does not read is refused, where it is a limit in other units:
    /// a year's that is not whole quarters (not rounded down, which could drop the contact), a week's.
    package static func limitProblem(_ raw: String) -> String? {
        // `None` may mean never, or no limit: which, the cell does not say.
        if Text.fold(raw) == "none" {
            return
                "is not a number (write 0 if the contact is not to be asked, or leave it blank for the default limit)"
        }
        let words = Text.trim(raw).lowercased().split(whereSeparator: { $0 == " " || $0 == "/" })
        guard let unit = words.last.map(String.init) else { return nil }
        if yearWords.contains(unit) {
            // Said with what it is a quarter (`twice a year` is half a use a quarter), so the advice does
            // not read as "write 1 per quarter", which would double the limit.
            let perYear = words.dropLast().lazy.compactMap { integer(String($0)) ?? countWords[String($0)] }.first
            let quarter = perYear.map { " (\($0) a year is \(Double($0) / 4) a quarter)" } ?? ""
            return
                "is not a whole number per quarter\(quarter): refgap does not round a year's limit; write how many uses a quarter you allow, e.g. 1 per quarter, or 0"
        }
        if ["week", "weeks", "wk", "weekly", "day", "days", "daily", "half", "months", "quarters", "years"].contains(
            unit)
        {
            return "is not per quarter, month or year (write it per quarter, e.g. 2 per quarter)"
        }
        return nil
    }

    /// The units a limit is written in.
    private static let quarterWords: Set<String> = ["quarter", "qtr", "q", "quarterly"]
    private static let yearWords: Set<String> = ["year", "yr", "annum", "annually", "yearly", "fy"]
    private static let monthWords: Set<String> = ["month", "mo", "monthly", "mth"]

    /// A calendar's count written as a word or with a unit (`two`, `3 refs`, `2 customers`): its number.
    package static func countInWords(_ raw: String) -> Int? {
        let words = Text.trim(raw).lowercased().split(separator: " ").map(String.init)
        guard let first = words.first, words.count <= 2 else { return nil }
        guard let n = integer(first) ?? (["once", "twice", "thrice"].contains(first) ? nil : countWords[first])
        else { return nil }
        return words.count == 1 || countUnits.contains(words[1]) ? n : nil
    }
    private static let countUnits: Set<String> = [
        "ref", "refs", "reference", "references", "customer", "customers", "call", "calls", "slot", "slots",
        "contact", "contacts", "people", "advocates",
        // In the languages the sheets' headers are read in (trial h4: `2 références`, `3 referências`).
        "référence", "références", "referencia", "referencias", "referência", "referências", "referenz",
        "referenzen", "client", "clients", "cliente", "clientes", "kunde", "kunden",
    ]

    /// Counts written as words in a roster's limit column and a calendar's count.
    private static let countWords: [String: Int] = [
        "once": 1, "twice": 2, "thrice": 3, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12,
        // French, Spanish, Portuguese, German (trial h4's `trois`, `duas` were rejected).
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
        "douze": 12, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
        "ocho": 8, "nueve": 9, "diez": 10, "doce": 12, "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3,
        "quatro": 4, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "doze": 12, "ein": 1, "eine": 1, "eins": 1,
        "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
        "zwölf": 12,
    ]

    /// Yes and no as the CRMs' UI languages write a checkbox (`Да`/`Нет` in a Russian Bitrix24 export's
    /// `Сделка закрыта`: a trial's won deals were read as open for want of them). Folded as `flag` folds.
    private static let truthy: Set<String> = Set(
        [
            "yes", "y", "true", "t", "1", "x", "checked", "on", "ja", "oui", "si", "sí", "won", "vrai", "wahr",
            "verdadero", "sim", "vero", "waar", "tak", "да", "はい", "是",
        ].map(Text.fold))
    private static let falsy: Set<String> = Set(
        [
            "no", "n", "false", "f", "0", "", "unchecked", "off", "nein", "non", "faux", "falsch", "falso", "não",
            "nao", "onwaar", "nee", "nie", "нет", "いいえ", "否",
        ].map(Text.fold))

    /// yes/true/1/x → true; no/false/0/blank → false; anything else nil.
    package static func flag(_ raw: String) -> Bool? {
        let f = Text.fold(raw)
        if truthy.contains(f) { return true }
        if falsy.contains(f) { return false }
        return nil
    }

    /// A health score 0–100, or a colour or word: Red/Poor 30, Yellow/Average 60, Green/Good 90
    /// (Gainsight colours, Totango's Good/Average/Poor).
    package static func health(_ raw: String) -> Double? {
        // A plain number, the usual cell, read from its bytes before the cell is folded as a word (no
        // word is a number): `percentNumber` reads it first too.
        if let v = plainDecimal(raw) { return (0...100).contains(v) ? v : nil }
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
                if lo < hi {
                    out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self))
                }
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
    package static func list(_ raw: String) -> [String] {
        printableASCIIList(raw) ?? characterList(raw)
    }

    /// `list` on the characters.
    static func characterList(_ raw: String) -> [String] {
        // A line break inside a cell (Alt+Enter in Excel) separates values too: a trial's roster listed
        // each contact's activities one a line, and every such contact served nothing.
        let lineBreaks: Set<Character> = ["\n", "\r", "\r\n"]
        let separators: Set<Character> =
            raw.contains(";") || raw.contains("|") || raw.contains(where: { lineBreaks.contains($0) })
            ? lineBreaks.union([";", "|"]) : []
        guard !separators.isEmpty else {
            let t = Text.trim(raw)
            return t.isEmpty ? [] : [t]
        }
        return raw.split(whereSeparator: { separators.contains($0) }).map { Text.trim(String($0)) }.filter {
            !$0.isEmpty
        }
    }
}
