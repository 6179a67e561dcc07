import Foundation
import RefgapModel

/// The column to suggest for a required field no header names: one whose values read as the field's
/// (amounts for an amount, never currency codes; dates for a date; roster statuses; a few stage
/// names; many account names) in at least four rows of five, not used for another field; among
/// several, the one whose header is closest to the field's name. Following a suggestion must not
/// reject every row. Used by the missing-column error and by `refgap init`'s placeholders.
enum ColumnCandidate {
    /// What the values of `field` look like, in words: "amounts", "dates", ...
    static func described(_ field: FieldSpec) -> String {
        switch field.key {
        case "amount", "amount_converted", "arr": "amounts"
        case "close_date", "due_date", "renewal_date", "last_verified", "last_used", "rest_until": "dates"
        case "status": "roster statuses"
        case "stage": "stage names"
        default: "names"
        }
    }

    /// Whether one value reads as the field's.
    static func fits(_ field: FieldSpec, _ v: String) -> Bool {
        switch described(field) {
        case "amounts": Values.amount(v) != nil && v.contains(where: \.isNumber)
        case "dates": Values.date(v) != nil
        case "roster statuses": Ingest.statusClasses[Text.fold(v)] != nil || StatusWords.classify(v) != nil
        default:
            Values.amount(v) == nil && Values.date(v) == nil && v.contains(where: \.isLetter) && !looksLikeID(v)
                && !isYesOrNo(v)
        }
    }

    /// A checkbox's value (`false`, `Yes`, `Nein`): no name. A Salesforce Data Loader export's
    /// `ISDELETED` (all `false`) was suggested as the account of a two-row export.
    static func isYesOrNo(_ v: String) -> Bool {
        yesOrNo.contains(Text.fold(v))
    }
    private static let yesOrNo: Set<String> = [
        "true", "false", "yes", "no", "y", "n", "oui", "non", "vrai", "faux", "ja", "nein", "wahr", "falsch", "si",
        "sí", "verdadero", "falso", "sim", "nao", "não", "vero", "waar", "onwaar", "nee",
    ].reduce(into: []) { $0.insert(Text.fold($1)) }

    /// For the account when no column reads as names: a column of the account's record ids by its
    /// header (`ACCOUNTID`, `Account ID`, `AccountId`) and values, with one of them. A Salesforce Data
    /// Loader export carries only these unless `Account.Name` is queried too; refgap matches deals to
    /// the roster by the account's name, so it says what to export rather than suggest the ids.
    static func accountIDColumn(header: [String], rows: [[String]]) -> (header: String, example: String)? {
        for column in header.indices {
            let letters = String(Text.fold(header[column]).filter(\.isLetter))
            guard letters.hasSuffix("id") || letters.hasSuffix("ids") else { continue }
            guard accountWords.contains(where: { letters.hasPrefix($0) }) else { continue }
            let values = rows.compactMap { column < $0.count ? Text.trim($0[column]) : nil }.filter { !$0.isEmpty }
            guard let first = values.first, values.filter(looksLikeID).count * 5 >= values.count * 4 else { continue }
            return (header[column], first)
        }
        return nil
    }

    /// What to say when no column will do for `field` because the file holds the account only as
    /// record ids (`accountIDColumn`); nil for any other field or file. The survey (`refgap validate`,
    /// `refgap init`) and the missing-column error both word it from here.
    static func idsOnlyAdvice(for field: String, header: [String], rows: [[String]]) -> String? {
        guard field == "account", let found = accountIDColumn(header: header, rows: rows) else { return nil }
        return "\(Clip.quoted(found.header)) holds account record ids (\(Clip.quoted(found.example))), not names, and "
            + "refgap matches deals to the roster by the account's name: export the account's name too (Salesforce "
            + "Data Loader: add Account.Name to the query; a report: add the Account Name column)"
    }

    /// Whether a value reads as a stage by refgap's built-in labels or words, not as an unknown stage.
    /// No dialect is needed: a dialect's `ownStages` are labels the merged table already knows.
    static func isKnownStage(_ v: String) -> Bool {
        !builtInStages.read(stage: v, status: nil, isClosed: nil, isWon: nil, forecastCategory: nil).guessed
    }
    private static let builtInStages = StageClassifier(config: Config())

    /// A header for when a record was created, modified or updated (`Created Date`, `created_at_date`,
    /// `Last Modified`, `updated_at`).
    /// In the CRMs' other languages too (a trial's French HubSpot export was offered `Date de création`
    /// as its close date, and every open deal became overdue).
    static func isRecordKeepingDate(_ header: String) -> Bool {
        let folded = Text.fold(header.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil))
        return [
            "creat", "modif", "updat", "criac", "erstell", "geander", "aktualis", "atualiz", "actualiz", "miseajour",
        ]
        .contains { folded.contains($0) }
    }

    /// A record id (`0068c000017u2ut935`, `OPP-000123`), not a name: one long word with digits in it.
    static func looksLikeID(_ v: String) -> Bool {
        v.count >= 8 && !v.contains(where: \.isWhitespace) && v.contains(where: \.isNumber)
    }

    /// The best column for `field` among `header` (not in `claimed`), judged on the sample `rows`, and why.
    static func best(
        for field: FieldSpec, kind: InputKind, header: [String], rows: [[String]], skipping claimed: Set<Int>
    )
        -> (header: String, why: String)?
    {
        var passing: [(column: Int, matched: Int, seen: Int, distinct: Int)] = []
        // Dynamics' hidden `(Do Not Modify) …` columns (`(Nicht ändern) …` in German) are the system's, never the user's.
        for column in header.indices
        where !claimed.contains(column) && !header[column].isEmpty && !header[column].hasPrefix("(") {
            let values = rows.compactMap { column < $0.count ? Text.trim($0[column]) : nil }.filter { !$0.isEmpty }
            // Blank in most rows, it would reject them (a French report's `Type de référence`, filled in
            // 7 rows of 40, was suggested as the account for its few repeated values).
            guard !values.isEmpty, values.count * 2 >= rows.count else { continue }
            // A currency column's codes (`USD`) are no amounts, whatever a parser makes of them.
            if described(field) == "amounts" && Text.fold(header[column]).contains("currency") { continue }
            // An amount weighted by its probability (Salesforce's and Zoho's `Expected Revenue`,
            // HubSpot's `Weighted amount`) would apply the probability twice (a trial's suggestion).
            if field.key == "amount" && Self.isWeightedAmount(header[column]) { continue }
            // A record's id or a count is no amount, however its digits read (a trial's Spanish HubSpot
            // export was offered `ID de registro`, ten-digit ids summed into 63 billion of pipeline; a
            // Portuguese Pipedrive export, `Quantidade de Licenças`).
            if described(field) == "amounts" && !Self.fieldWords(header[column]).isDisjoint(with: Self.notAmountWords) {
                continue
            }
            // A header whose words say it holds something else (`Deal Type`, `Deal owner`, `Pipeline`)
            // is no account, however its values read (a trial's HubSpot export was offered `Deal Type`).
            if field.key == "account" && !Self.fieldWords(header[column]).isDisjoint(with: Self.notAccountWords) {
                continue
            }
            // When a record was made or last changed is no close or due date, however its values read
            // (a HubSpot export's `created_at_date` is nearer "close date" by name than `expiration_date`).
            if ["close_date", "due_date"].contains(field.key) && Self.isRecordKeepingDate(header[column]) { continue }
            let matched = values.filter { fits(field, $0) }.count
            guard matched * 5 >= values.count * 4 else { continue }
            // A stage column names at least one stage refgap knows (a label, or words such as `won`):
            // any column of names passed the test above, and OroCRM's template got its contacts' last
            // names suggested as "stage names".
            if field.key == "stage" && !values.contains(where: Self.isKnownStage) { continue }
            let distinct = Set(values).count
            // A stage column repeats a few values; an account column more than a few (a type or status column fewer).
            if field.key == "stage" && distinct > 40 { continue }
            if field.key == "account" && distinct * 10 < values.count && distinct < 20 { continue }
            passing.append((column, matched, values.count, distinct))
        }
        guard !passing.isEmpty else { return nil }
        let names = passing.map { header[$0.column] }
        let named = closestByName(kind, field: field, among: names)
        // A header with a word for the account in a CRM's other languages (`Nom du compte`, `Nombre de la
        // cuenta`, `Firmenname`); else, with no name to go by, an account column repeats its values more
        // than a deal-name column does (an owner's fewer still: it comes after one so named).
        let worded =
            field.key == "account"
            // (Headers whose words say they hold something else were passed over above.)
            ? passing.first { !Self.fieldWords(header[$0.column]).isDisjoint(with: Self.accountWords) } : nil
        // With no header naming the account but one holding its record ids (a Data Loader export's
        // `ACCOUNTID`), the names are not in the file: a column picked by its values alone would be
        // some other name (`LEADSOURCE`), so none is offered (the message says to export the names).
        if field.key == "account" && worded == nil && accountIDColumn(header: header, rows: rows) != nil { return nil }
        let fewestDistinct = field.key == "account" ? passing.min { $0.distinct < $1.distinct } : nil
        // The account's word goes first: a header near `Account Name` by letters only (`Name des Deals`)
        // is no account.
        let pick = worded ?? passing.first { header[$0.column] == named } ?? fewestDistinct ?? passing[0]
        return (header[pick.column], "\(described(field)) in \(pick.matched) of the first \(pick.seen) rows")
    }

    /// The words of a header's own name, lowercased and without accents (`Société` → `societe`): after an
    /// object's prefix where there is one (Salesforce's `Compte : Secteur d'activité`, Pipedrive's
    /// `Trato - Organización`), so every field of the account is not read as the account.
    static func fieldWords(_ header: String) -> Set<String> {
        var name = Substring(header)
        if let colon = name.lastIndex(of: ":") {
            name = name[name.index(after: colon)...]
        } else if let dash = name.range(of: " - ") {
            name = name[dash.upperBound...]
        }
        return Set(
            name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
                .split(whereSeparator: { !$0.isLetter }).map(String.init))
    }

    static func closestByName(_ kind: InputKind, field: FieldSpec, among candidates: [String]) -> String? {
        Text.closest(to: field.label, in: candidates)
            ?? (kind.synonyms[field.key] ?? []).lazy.compactMap { Text.closest(to: $0, in: candidates) }.first
    }
}

extension Table {
    /// The message for a required field with no column: the file, the field, the headers found, the
    /// column to try, and the `columns:` lines that would map it. The column to try is one whose
    /// sample values read as the field's (numbers for an amount, dates for a date), not used for
    /// another field, closest by name; without sample rows, the closest by name.
    package static func missingColumn(
        _ kind: InputKind, field: FieldSpec, header: [String], path: String,
        sample: [[String]] = [], claimed: Set<Int> = []
    ) -> InputError {
        let candidates = header.filter { !$0.isEmpty }
        let byName = ColumnCandidate.closestByName(kind, field: field, among: candidates)
        let byValues =
            sample.isEmpty
            ? nil : ColumnCandidate.best(for: field, kind: kind, header: header, rows: sample, skipping: claimed)
        let suggestion = sample.isEmpty ? byName : byValues?.header
        // Said only where the values, not the name, chose the column.
        let fromValues = byValues != nil && byValues?.header != byName
        let example = suggestion.map { Clip.text($0) } ?? "Your Column Name"
        var message = "no column for the required field \"\(field.label)\" in the \(kind.rawValue) file.\n"
        message +=
            "  Headers found: \(candidates.isEmpty ? "(none)" : candidates.map { Clip.text($0) }.joined(separator: ", "))\n"
        if let suggestion {
            message +=
                "  Closest: \(Clip.quoted(suggestion))"
                + (fromValues ? " (its values read as \(ColumnCandidate.described(field)))" : "") + "\n"
        }
        let idsOnly =
            suggestion == nil ? ColumnCandidate.idsOnlyAdvice(for: field.key, header: header, rows: sample) : nil
        if let idsOnly { message += "  \(idsOnly).\n" }
        message +=
            idsOnly != nil
            ? "  If another column holds the account's name, name it in refgap.yml:\n"
            : suggestion == nil
                ? "  No column looks like it: name the one that holds the \(field.label) in refgap.yml:\n"
                : "  If that column holds the \(field.label), add to refgap.yml:\n"
        message += "    columns:\n      \(kind.rawValue):\n        \(field.key): \(Text.yamlQuote(example))"
        return InputError(path: path, message)
    }
}

/// A header that names a segment dimension (`Deal - Product`, `Product Line`, `Sales Region`) but was
/// not read as one: the report's segments lack it without a word unless it is named, with the
/// `columns:` line that maps it.
enum UnreadDimension {
    /// Words of a header (without accents, `ColumnCandidate.fieldWords`) → the field it probably holds, in
    /// the CRMs' UI languages: a French report's `Secteur d'activité` and `Famille de produits` left unread
    /// had a trial's demand at 521 references where the same deals gave 640 with English headers.
    private static let fieldWords: [(field: String, words: Set<String>)] = [
        (
            "product",
            [
                "product", "products", "solution", "solutions", "produit", "produits", "produkt", "produkte",
                "producto", "productos", "produto", "produtos", "prodotto", "prodotti", "producten",
            ]
        ),
        (
            "industry",
            ["industry", "vertical", "sector", "secteur", "branche", "setor", "settore", "industrie", "industria"]
        ),
        ("region", ["region", "territory", "geo", "theater", "theatre", "regiao", "regione", "regio"]),
        ("country", ["country", "pays", "land", "pais", "paese"]),
        ("state", ["state", "province", "bundesland", "provincia", "provinz", "provincie"]),
        ("size", ["segment", "size", "tier", "taille", "tamano", "tamanho"]),
        (
            "employees",
            [
                "employees", "headcount", "employes", "effectif", "mitarbeiter", "empleados", "funcionarios",
                "dipendenti", "werknemers",
            ]
        ),
    ]
    /// Words that say the column is about something else (`Product ID`, `Product Price`, `Prix du produit`).
    private static let otherWords: Set<String> = [
        "id", "code", "date", "quantity", "qty", "price", "amount", "revenue", "description", "owner", "manager",
        "discount", "total", "cost", "probability", "status", "stage", "datum", "fecha", "data", "prix", "preis",
        "precio", "preco", "prezzo", "prijs", "montant", "betrag", "importe", "valor", "importo", "bedrag", "quantite",
        "menge", "cantidad", "quantidade", "quantita", "aantal", "proprietaire", "besitzer", "propietario",
        "proprietario", "titolare", "eigenaar", "inhaber", "statut", "estado", "stato", "etape", "phase", "fase",
    ]

    /// Words of a header that say it holds the amount's currency or its converted value, in the CRMs'
    /// UI languages (`Betrag Währung`, `Montant (converti)`).
    private static let moneyWords: [(field: String, words: Set<String>)] = [
        // (`валюта`: Bitrix24's `Валюта`; `通貨`: a Japanese Salesforce report's `金額 通貨`.)
        (
            "amount_currency",
            ["currency", "währung", "wahrung", "devise", "moneda", "divisa", "valuta", "moeda", "валюта", "通貨"]
        ),
        (
            "amount_converted",
            ["converted", "konvertiert", "converti", "convertie", "convertido", "convertito", "omgerekend"]
        ),
    ]

    /// The columns left unread beside a read amount that look like the amounts' currency or their
    /// converted value (`Budget Amount Currency`, `Montant (converti)`), by the field they look like,
    /// in the file's order.
    static func unreadMoneyColumns(
        _ kind: InputKind, header: [String], claimed: Set<Int>, columns: [String: Int], fields: [FieldSpec]
    ) -> [(field: String, column: Int)] {
        guard kind == .opportunities, columns["amount"] != nil else { return [] }
        var out: [(field: String, column: Int)] = []
        let labelsCurrency = SugarLabels.set(in: header.map(Text.fold))?.currency
        func words(_ i: Int) -> Set<String> {
            Set(header[i].lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        }
        for (field, wanted) in moneyWords where columns[field] == nil && fields.contains(where: { $0.key == field }) {
            // The converted amount's own currency column (`Betrag (konvertiert) Währung`) is neither.
            let others = moneyWords.filter { $0.field != field }.reduce(into: Set<String>()) { $0.formUnion($1.words) }
            // Every one: an export can carry two (`Budget Amount Currency`, `Opportunity Currency`). But the
            // account's currency (`Account Currency`, `Devise du compte`) is not the deal's: it counts only
            // where no other column looks like it (a trial's four such columns were warned about first,
            // each with a `columns:` line to map it).
            // A currency record's id (Sugar's `currency_id`: `-99` or a GUID) names no currency; nor
            // does SugarCRM's and SuiteCRM's `Currency` beside their labels (`HeaderMatch.readSuiteLabels`).
            let found = header.indices.filter { i in
                !claimed.contains(i) && !wanted.isDisjoint(with: words(i)) && others.isDisjoint(with: words(i))
                    && !words(i).contains("id") && Text.fold(header[i]) != labelsCurrency
            }
            let deals = found.filter {
                ColumnCandidate.fieldWords(header[$0]).isDisjoint(with: ColumnCandidate.accountWords)
            }
            for i in deals.isEmpty ? found : deals { out.append((field, i)) }
        }
        return out
    }

    /// Warnings for a currency or converted-amount column left unread beside a read amount: the amounts
    /// would be summed as the run's currency without a word. (The opportunity pass adds to the currency
    /// column's what its values would have changed: `moneyWarning(field:header:reach:)`.)
    static func moneyWarnings(
        _ kind: InputKind, header: [String], claimed: Set<Int>, columns: [String: Int], fields: [FieldSpec]
    ) -> [String] {
        unreadMoneyColumns(kind, header: header, claimed: claimed, columns: columns, fields: fields).map {
            moneyWarning(field: $0.field, header: header[$0.column])
        }
    }

    /// The warning for one unread money column; `reach`, when the pass has counted them, says what its
    /// values would have changed.
    static func moneyWarning(field: String, header: String, reach: String? = nil) -> String {
        let what = field == "amount_currency" ? "the amounts' currency" : "the amounts converted to one currency"
        let mapping = "`columns: {opportunities: {\(field): \(Text.yamlQuote(header))}}`"
        guard let reach else {
            return
                "Column \(Clip.quoted(header)) looks like \(what) but is not read: amounts are taken as they are. If it is, add \(mapping) to refgap.yml."
        }
        return
            "Column \(Clip.quoted(header)) looks like \(what) but is not read: amounts are taken as they are. \(reach) If it is \(what), add \(mapping) to refgap.yml."
    }

    static func notes(
        _ kind: InputKind, header: [String], claimed: Set<Int>, columns: [String: Int], fields: [FieldSpec],
        fromConfig: [String] = []
    ) -> [String] {
        let wanted = Set(fields.map(\.key))
        var named = Set<String>()
        var out: [String] = []
        for i in header.indices where !claimed.contains(i) && !header[i].isEmpty {
            guard let field = field(namedBy: header[i], { wanted.contains($0) && columns[$0] == nil }),
                named.insert(field).inserted
            else { continue }
            out.append(
                "Column \(Clip.quoted(header[i])) looks like the \(field) but is not read as it: if it is, add \(mapping(kind, field, header[i])) to refgap.yml."
            )
        }
        // A second column for a field already read, not by the config (`Product Family` beside `Product
        // Name`): which one is read was refgap's guess (the header's order, the stronger spelling), and
        // the other may be the one the roster speaks (a trial's Product Name gave four near-synonyms to
        // add where Product Family matched as it was).
        var also = Set<String>()
        for i in header.indices where !claimed.contains(i) && !header[i].isEmpty {
            guard let field = field(namedBy: header[i], wanted.contains), let read = columns[field],
                !named.contains(field), !fromConfig.contains(field), also.insert(field).inserted
            else { continue }
            out.append(
                "Column \(Clip.quoted(header[i])) also looks like the \(field), but \(Clip.quoted(header[read])) is read as it. If the roster and calendar name \(field == "product" ? "products" : "values") as \(Clip.quoted(header[i])) does, add \(mapping(kind, field, header[i])) to refgap.yml."
            )
        }
        return out
    }

    /// The first dimension field (in `fieldWords`' order) that `include` takes and `header`'s words
    /// name, unless a word says the column is about something else (`otherWords`).
    private static func field(namedBy header: String, _ include: (String) -> Bool) -> String? {
        let words = ColumnCandidate.fieldWords(header)
        guard words.isDisjoint(with: otherWords) else { return nil }
        return fieldWords.first { include($0.field) && !$0.words.isDisjoint(with: words) }?.field
    }

    /// The refgap.yml line that reads `header` as `field`.
    private static func mapping(_ kind: InputKind, _ field: String, _ header: String) -> String {
        "`columns: {\(kind.rawValue): {\(field): \(Text.yamlQuote(header))}}`"
    }
}
