/// The words in a header's name that tell what a column holds, or does not, whatever its values read
/// like: used where validate suggests a column for a missing field (`ColumnCandidate.best`).
extension ColumnCandidate {
    /// Words for a deal's account in the CRMs' UI languages, folded: a header holding one names it.
    static let accountWords: Set<String> = [
        "account", "company", "customer", "client", "organization", "organisation", "compte", "societe",
        "entreprise", "cuenta", "empresa", "cliente", "konto", "firma", "firmenname", "kunde", "unternehmen",
        "conta", "azienda", "bedrijf", "klant", "organizacion", "organizacao", "organizzazione", "organisatie",
        "accountnaam", "kundenname",
    ]

    /// Words that say a header holds something else than the account, or something else about it
    /// (`Account Currency`, `Account Owner`, `Kontonummer` aside, `Type de compte`, `Pipeline`).
    static let notAccountWords: Set<String> = [
        "id", "ids", "currency", "devise", "wahrung", "moneda", "divisa", "moeda", "valuta", "type", "typ",
        "tipo", "owner", "proprietaire", "besitzer", "propietario", "proprietario", "titolare", "eigenaar",
        "inhaber", "number", "nummer", "numero", "manager", "status", "statut", "estado", "stato", "pipeline",
        // A customer's segment or tier (`Segmento do Cliente`, `Customer Segment`) names a kind of account.
        "segment", "segmento", "segmentation", "segmentacao", "segmentacion", "tier",
    ]

    /// Words that say a numeric header is no amount of money: a record's id, or a count of something
    /// (`Quantidade de Licenças`, `Anzahl Lizenzen`, `Qty`). Not `cantidad` or `quantia`, which can
    /// name a sum of money in Spanish and Portuguese.
    static let notAmountWords: Set<String> = [
        "id", "ids", "quantity", "qty", "quantidade", "menge", "anzahl", "quantite", "quantita", "aantal", "seats",
    ]

    /// An amount times its probability, by its header: `Expected Revenue`, `Weighted amount`,
    /// `Deal - Weighted value`, and the same words in the CRMs' other languages.
    static func isWeightedAmount(_ header: String) -> Bool {
        let words = fieldWords(header)
        if words.contains("expected") && words.contains("revenue") { return true }
        return !words.isDisjoint(with: [
            "weighted", "gewichtet", "gewichteter", "pondere", "ponderee", "ponderado", "ponderada", "ponderato",
            "gewogen",
        ])
    }
}
