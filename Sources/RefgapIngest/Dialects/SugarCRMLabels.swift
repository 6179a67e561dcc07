import RefgapModel

/// The labels the *Export* action of SugarCRM CE and SuiteCRM writes as headers, per UI language: each
/// field's `vname` from `modules/Opportunities/language/<lang>.lang.php` with its colon dropped
/// (`translateForExport`). The amounts are formatted in the exporting user's currency; the stage is
/// written as its `sales_stage_dom` key (`Closed Won`), not translated. Sources: SuiteCRM's de_DE and
/// fr_FR packs, the QuickCRM French pack, SugarCRM CE's and SuiteCRM's Spanish packs (docs/dialects.md).
enum SugarLabels {
    /// One pack's amount pair and currency record: all three present mark the layout.
    struct Set: Sendable {
        let own: String  // LBL_AMOUNT: the deal's own currency
        let converted: String  // LBL_AMOUNT_USDOLLAR: converted to the system currency
        let currency: String  // LBL_CURRENCY: the currency record's id (-99)
        var headers: [String] { [own, converted, currency] }
    }

    static let sets: [Set] = [
        Set(own: "Opportunity Amount", converted: "Amount", currency: "Currency"),
        Set(own: "Betrag der Verkaufschance", converted: "Betrag", currency: "Währung"),
        Set(own: "Montant Opportunité", converted: "Montant", currency: "Devise"),
        Set(own: "Montant de l'Affaire", converted: "Montant", currency: "Devise"),
        Set(own: "Montant Affaire", converted: "Montant", currency: "Devise"),
        // Spanish packs differ: SugarCRM CE's es_es names the own amount the longer label, others name
        // the converted one so; the pair tells them apart.
        Set(own: "Cantidad de la Oportunidad", converted: "Cantidad", currency: "Moneda"),
        Set(own: "Cantidad", converted: "Cantidad en Dólares EEUU", currency: "Moneda"),
        Set(own: "Cantidad", converted: "Cantidad en Dólares EEUU", currency: "Divisa"),
    ]

    /// The set whose headers are all in `folded` (folded headers), if any. Not in an export with
    /// Salesforce's own `Stage` and `Close Date`: a report whose custom fields carry these labels
    /// (`Opportunity Amount`) is Salesforce's, and its `Amount` is the deal's amount.
    static func set(in folded: [String]) -> (own: Int, converted: Int, currency: String)? {
        guard !(folded.contains("stage") && folded.contains("closedate")) else { return nil }
        for s in sets {
            guard let own = folded.firstIndex(of: Text.fold(s.own)),
                let converted = folded.firstIndex(of: Text.fold(s.converted)),
                folded.contains(Text.fold(s.currency))
            else { continue }
            return (own, converted, Text.fold(s.currency))
        }
        return nil
    }

    /// The deal's name as each pack labels it: read before the weak spellings (`Description`, which a
    /// French export also holds).
    static let names = [
        "Name der Verkaufschance", "Nom Opportunité", "Nom Affaire", "Nombre Oportunidad", "Nombre de la Oportunidad",
    ]

    /// The other fields' labels in the languages beside English (which the English headers of other
    /// dialects already read): matched only where no other header names the field.
    static let otherLanguages: [String: [String]] = [
        "account": ["Kontoname", "Nom Compte", "Nom du compte", "Nombre de Cuenta", "Cuenta"],
        "close_date": [
            "Erwartetes Abschlussdatum", "Date Cloture Prévue", "Date de cloture (prévue)", "Fecha de cierre",
            "Fecha de Cierre Prevista",
        ],
        "stage": ["Verkaufsphase", "Étape de Vente", "Phase de vente", "Etapa de ventas", "Etapa de la venta"],
        "probability": ["Wahrscheinlichkeit (%)", "Probabilité (%)", "Probabilidad (%)"],
        "owner": ["Zugewiesen an", "Assigné à", "Usuario asignado", "Asignado a"],
        "amount": [
            "Betrag der Verkaufschance", "Montant Opportunité", "Montant de l'Affaire", "Cantidad de la Oportunidad",
        ],
        "last_modified": ["Geändert am"],
        "is_deleted": ["Gelöscht"],
    ]
}
