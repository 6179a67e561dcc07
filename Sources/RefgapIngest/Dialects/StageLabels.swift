/// Built-in sales stage labels of the major CRMs in their common UI languages (each CRM's in its
/// dialect file; sources: docs/stages.md), and the words that classify a label none of them ships.
package enum StageLabels {
    package enum Kind: Sendable { case open, won, lost }

    /// Exact stage labels (matched after folding case, accents, spaces and punctuation by the caller),
    /// merged from the dialects (`Dialect.all`): a label several CRMs ship (`Closed Won`) is listed once
    /// with the first dialect's class and probability and every dialect's source, joined in that order
    /// (`Salesforce default stage (en); Zoho default stage; HubSpot closedwon`). A source "common
    /// usage" means no vendor page or vendor-made org was found for that label. A dialect's `ownStages`
    /// (Sugar's probabilities for Salesforce's names) are not merged here: `StageClassifier` lays them
    /// over this table for an export recognised as that dialect.
    package static let labels: [Dialect.StageLabel] = {
        var merged: [Dialect.StageLabel] = []
        var index: [String: Int] = [:]
        for dialect in Dialect.all {
            for label in dialect.stages {
                let key = StageClassifier.key(label.label)
                if let i = index[key] {
                    merged[i].source += "; " + label.source
                } else {
                    index[key] = merged.count
                    merged.append(label)
                }
            }
        }
        return merged
    }()

    /// Whole words (lowercase, accents kept as written) that say won / lost / closed / disqualified in a stage label.
    package static let wonWords: [String] = [
        "won", "win", "gewonnen", "gewonnene", "gagné", "gagnée", "ganado", "ganada", "ganho", "ganha",
        "vinto", "vinta",
        // Russian (a trial's Bitrix24 pipeline's `Тендер выигран`): won, in its genders.
        "выигран", "выиграна", "выиграно",
    ]
    /// Lost, disqualified, cancelled and "no decision" words; an entry of two words matches them in a row.
    package static let lostWords: [String] = [
        "lost", "disqualified", "cancelled", "canceled", "deleted", "dead", "unqualified", "won't", "verlust",
        "abandoned", "omitted", "out-sold", "outsold", "no decision", "not pursued",
        // Oracle CX Sales' `No Sale` status; SAP Sales Cloud's `Stopped` (`Gestoppt`); a deleted deal
        // in Pipedrive's other languages (a trial's were open pipeline, its warning naming the stage).
        "no sale", "stopped", "gestoppt", "gelöscht", "excluído", "excluido", "eliminado", "supprimé",
        "verloren", "verlorene", "disqualifiziert", "storniert", "abgesagt",
        "perdu", "perdue", "disqualifié", "disqualifiée", "annulé", "annulée",
        "perdido", "perdida", "descalificado", "descalificada", "cancelado", "cancelada",
        "desqualificado", "desqualificada",
        "perso", "persa", "squalificato", "squalificata", "annullato", "annullata",
        "gediskwalificeerd", "geannuleerd",
        // Russian: lost, failed, refused, cancelled (`Тендер проигран`, `Сделка провалена`).
        "проигран", "проиграна", "проиграно", "провален", "провалена", "провалено", "потерян", "потеряна",
        "отказ", "отменена", "отменен",
    ]
    /// Closed words with no won/lost meaning on their own. Not here on purpose: "close", "closing",
    /// "cierre", "abschluss", "clôture", "fechamento", "chiusura" (name open closing stages, like
    /// Dynamics' `4-Close`).
    package static let closedWords: [String] = [
        "closed", "geschlossen", "geschlossene", "abgeschlossen", "fermé", "fermée", "cerrado", "cerrada",
        "fechado", "fechada", "chiuso", "chiusa", "gesloten", "afgesloten",
    ]
}
