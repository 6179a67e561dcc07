import RefgapModel

/// What a required field's values look like, to suggest a column whose values fit when no header
/// names it: following a suggestion must not reject every row.
enum FieldValues {
    case amount, date, text

    init(_ key: String) {
        switch key {
        case "amount", "amount_converted", "arr": self = .amount
        case "close_date", "due_date", "renewal_date", "last_verified", "last_used", "rest_until": self = .date
        default: self = .text
        }
    }

    var described: String {
        switch self {
        case .amount: "amounts"
        case .date: "dates"
        case .text: "names"
        }
    }

    /// Whether most of a column's sample values (blanks left out) read as this kind; nil without values.
    func fits(_ values: [String], header: String) -> Bool? {
        let filled = values.map { Text.trim($0) }.filter { !$0.isEmpty }
        guard !filled.isEmpty else { return nil }
        let fitting = filled.filter { value in
            switch self {
            // A currency code (`USD`) reads as no amount.
            case .amount: Values.amount(value) != nil
            case .date: Values.date(value) != nil
            case .text: Values.amount(value) == nil && Values.date(value) == nil
            }
        }.count
        if self == .amount && Text.fold(header).contains("currency") { return false }
        return fitting * 5 >= filled.count * 4
    }
}

extension Table {
    /// The message for a required field with no column: the file, the field, the headers found, the
    /// column to try, and the `columns:` lines that would map it. The column to try is one whose
    /// sample values read as the field's (numbers for an amount, dates for a date), not used for
    /// another field, closest by name; without sample rows, the closest by name.
    public static func missingColumn(_ kind: InputKind, field: FieldSpec, header: [String], path: String,
                                     sample: [[String]] = [], claimed: Set<Int> = []) -> InputError {
        let candidates = header.filter { !$0.isEmpty }
        let byName = closestByName(kind, field: field, among: candidates)
        var suggestion = byName
        var fromValues = false
        if !sample.isEmpty {
            let values = FieldValues(field.key)
            let fitting = header.indices.filter { i in
                !header[i].isEmpty && !claimed.contains(i)
                    && values.fits(sample.map { i < $0.count ? $0[i] : "" }, header: header[i]) == true
            }.map { header[$0] }
            if let name = byName, fitting.contains(name) {
                suggestion = name
            } else {
                suggestion = closestByName(kind, field: field, among: fitting) ?? fitting.first
                fromValues = suggestion != nil
            }
        }
        let example = suggestion ?? "Your Column Name"
        var message = "no column for the required field \"\(field.label)\" in the \(kind.rawValue) file.\n"
        message += "  Headers found: \(candidates.isEmpty ? "(none)" : candidates.joined(separator: ", "))\n"
        if let suggestion {
            message += "  Closest: \"\(suggestion)\"" + (fromValues ? " (its values read as \(FieldValues(field.key).described))" : "") + "\n"
        }
        message += "  If that column holds the \(field.label), add to refgap.yml:\n"
        message += "    columns:\n      \(kind.rawValue):\n        \(field.key): \(Text.yamlQuote(example))"
        return InputError(path: path, message)
    }

    private static func closestByName(_ kind: InputKind, field: FieldSpec, among candidates: [String]) -> String? {
        Text.closest(to: field.label, in: candidates)
            ?? (kind.synonyms[field.key] ?? []).lazy.compactMap { Text.closest(to: $0, in: candidates) }.first
    }
}

/// A header that names a segment dimension (`Deal - Product`, `Product Line`, `Sales Region`) but was
/// not read as one: the report's segments lack it without a word unless it is named, with the
/// `columns:` line that maps it.
enum UnreadDimension {
    /// Words of a header → the field it probably holds.
    private static let fieldWords: [(field: String, words: Set<String>)] = [
        ("product", ["product", "products", "solution", "solutions"]),
        ("industry", ["industry", "vertical", "sector"]),
        ("region", ["region", "territory", "geo", "theater", "theatre"]),
        ("country", ["country"]),
        ("state", ["state", "province"]),
        ("size", ["segment", "size", "tier"]),
        ("employees", ["employees", "headcount"]),
    ]
    /// Words that say the column is about something else (`Product ID`, `Product Price`).
    private static let otherWords: Set<String> = [
        "id", "code", "date", "quantity", "qty", "price", "amount", "revenue", "description", "owner", "manager",
        "discount", "total", "cost", "probability", "status", "stage",
    ]

    static func notes(_ kind: InputKind, header: [String], claimed: Set<Int>, columns: [String: Int], fields: [FieldSpec]) -> [String] {
        let wanted = Set(fields.map(\.key))
        var named = Set<String>()
        var out: [String] = []
        for i in header.indices where !claimed.contains(i) && !header[i].isEmpty {
            let words = Set(header[i].lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
            guard words.isDisjoint(with: otherWords),
                  let field = fieldWords.first(where: { wanted.contains($0.field) && columns[$0.field] == nil && !$0.words.isDisjoint(with: words) })?.field,
                  !named.contains(field) else { continue }
            named.insert(field)
            out.append("Column \"\(header[i])\" looks like the \(field) but is not read as it: if it is, add `columns: {\(kind.rawValue): {\(field): \(Text.yamlQuote(header[i]))}}` to refgap.yml.")
        }
        return out
    }
}
