/// What a row below the header is: data, or one of the lines spreadsheets and reports add among the
/// data rows, which are set aside with their reason rather than rejected.
enum RowKind {
    case data
    /// The Salesforce report footer (`Grand Totals`, `Confidential Information`, copyright) and what follows it.
    case footer
    /// A subtotal or total line: `Subtotal`, `Total`, `Grand Total`, `Count`, Excel's `Acme Total`, the rest mostly blank.
    case subtotal
    /// Every cell blank: a spacer row (LibreOffice writes `;;;;`).
    case empty
    /// More cells than the header.
    case ragged
}

enum RowLayout {
    static let subtotalReason = "subtotal or total row (Subtotal, Total, Grand Total or Count, the rest mostly blank)"
    static let emptyReason = "empty row (every cell blank)"

    /// The kind of a row of `width` header columns; `inFooter` is set once the report footer starts
    /// (everything after it is footer).
    static func kind(_ fields: [String], width: Int, inFooter: inout Bool) -> RowKind {
        if Table.isFooter(fields, columns: width, afterFooter: inFooter) {
            inFooter = true
            return .footer
        }
        if fields.count > width, fields[width...].contains(where: { !Text.trim($0).isEmpty }) { return .ragged }
        let filled = fields.filter { !Text.trim($0).isEmpty }
        guard let label = filled.first else { return .empty }
        if filled.count <= max(2, fields.count / 2), isTotalLabel(label) { return .subtotal }
        return .data
    }

    /// The first cell of a total line: `Subtotal`, `Total`, `Totals`, `Grand Total(s) (25 records)`, `Sum`,
    /// `Count: 3`, `Record Count`, `Total: Acme`, and Excel's Subtotal command's `Acme Total` / `Acme Count`;
    /// also the German, French, Spanish, Portuguese, Italian and Dutch words. `Total Wine & More` is not one.
    static func isTotalLabel(_ cell: String) -> Bool {
        var text = Text.trim(cell).lowercased()
        // `Grand Totals (25 records)`, `Count: 3`: the label is what comes before.
        if let cut = text.firstIndex(where: { $0 == "(" || $0 == ":" }) {
            let colon = text[cut] == ":"
            text = Text.trim(String(text[..<cut]))
            if colon, totalWords.contains(text) || totalPhrases.contains(text) { return true }
        }
        while let last = text.last, last.isNumber || last == " " { text.removeLast() }
        if totalWords.contains(text) || totalPhrases.contains(text) { return true }
        // Excel's Data > Subtotal writes the group's value followed by the function's name.
        let words = text.split(separator: " ")
        return words.count >= 2 && words.count <= 8 && ["total", "totals", "count", "subtotal"].contains(String(words[words.count - 1]))
    }

    private static let totalWords: Set<String> = [
        "subtotal", "sub-total", "total", "totals", "sum", "count", "summe", "gesamt", "gesamtsumme", "zwischensumme",
        "somme", "sous-total", "totaux", "subtotaal", "totaal", "totale", "subtotale", "suma", "totales",
    ]
    private static let totalPhrases: Set<String> = [
        "sub total", "grand total", "grand totals", "grand count", "record count", "total count", "total general",
        "total général", "totale complessivo", "gran total", "eindtotaal", "summe gesamt",
    ]
}
