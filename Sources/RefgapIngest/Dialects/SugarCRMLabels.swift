import RefgapModel

/// The labels the *Export* action of SugarCRM CE and SuiteCRM writes as headers, per UI language: each
/// field's `vname` from `modules/Opportunities/language/<lang>.lang.php` with its colon dropped
/// (`translateForExport`). The amounts are formatted in the exporting user's currency; the stage is
/// written as its `sales_stage_dom` key (`Closed Won`), not translated. Sources: SuiteCRM's de_DE and
/// fr_FR packs, SugarCRM CE's and SuiteCRM's Spanish packs (docs/dialects.md).
enum SugarLabels {
    /// One language's amount pair, currency record, stage and close date: all present mark the layout.
    struct Set: Sendable {
        let own: String  // LBL_AMOUNT: the deal's own currency
        let converted: String  // LBL_AMOUNT_USDOLLAR: converted to the system currency
        let currency: String  // LBL_CURRENCY: the currency record's id (-99)
        let stage: String  // LBL_SALES_STAGE
        let close: String  // LBL_DATE_CLOSED
        var headers: [String] { [own, converted, stage, close] }
    }

    static let sets: [Set] = [
        Set(
            own: "Opportunity Amount", converted: "Amount", currency: "Currency", stage: "Sales Stage",
            close: "Expected Close Date"),
        Set(
            own: "Betrag der Verkaufschance", converted: "Betrag", currency: "Währung", stage: "Verkaufsphase",
            close: "Erwartetes Abschlussdatum"),
        Set(
            own: "Montant Opportunité", converted: "Montant", currency: "Devise", stage: "Étape de Vente",
            close: "Date Cloture Prévue"),
        // Spanish packs differ: SugarCRM CE's es_es names the own amount the longer label, others name
        // the converted one so (`Cantidad en Dólares EEUU`); both pairs are told apart by the pair.
        Set(
            own: "Cantidad de la Oportunidad", converted: "Cantidad", currency: "Moneda", stage: "Etapa de ventas",
            close: "Fecha de cierre"),
        Set(
            own: "Cantidad", converted: "Cantidad en Dólares EEUU", currency: "Moneda", stage: "Etapa de Ventas",
            close: "Fecha de Cierre Prevista"),
    ]

    /// The set whose headers are all in `folded` (folded headers), if any.
    static func set(in folded: [String]) -> (own: Int, converted: Int, currency: String)? {
        for s in sets {
            guard let own = folded.firstIndex(of: Text.fold(s.own)),
                let converted = folded.firstIndex(of: Text.fold(s.converted)),
                folded.contains(Text.fold(s.stage)), folded.contains(Text.fold(s.close))
            else { continue }
            return (own, converted, Text.fold(s.currency))
        }
        return nil
    }

    /// The other fields' labels in the languages beside English (which the English headers of other
    /// dialects already read): matched only where no other header names the field.
    static let otherLanguages: [String: [String]] = [
        "name": ["Name der Verkaufschance", "Nom Opportunité", "Nombre Oportunidad"],
        "account": ["Kontoname", "Nom Compte", "Nombre de Cuenta", "Cuenta"],
        "close_date": [
            "Erwartetes Abschlussdatum", "Date Cloture Prévue", "Fecha de cierre", "Fecha de Cierre Prevista",
        ],
        "stage": ["Verkaufsphase", "Étape de Vente", "Etapa de ventas"],
        "probability": ["Wahrscheinlichkeit (%)", "Probabilité (%)", "Probabilidad (%)"],
        "owner": ["Zugewiesen an", "Assigné à", "Usuario asignado", "Asignado a"],
        "amount": ["Betrag der Verkaufschance", "Montant Opportunité", "Cantidad de la Oportunidad"],
    ]
}
