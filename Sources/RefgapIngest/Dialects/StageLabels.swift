/// Built-in sales stage labels of the major CRMs (sources: docs/stages.md). Pure data: the rules that
/// use it are in `StageClassifier`.
package enum StageLabels {
    package enum Kind: Sendable { case open, won, lost }
    /// Exact stage labels (matched after folding case, accents, spaces and punctuation by the caller):
    /// label, class, the CRM's default win probability (0–1) if it has one, and where it comes from.
    package static let labels: [(label: String, kind: Kind, probability: Double?, source: String)] = [
        ("Prospecting", .open, 0.10, "Salesforce default stage"),
        ("Qualification", .open, 0.10, "Salesforce default stage"),
        ("Needs Analysis", .open, 0.20, "Salesforce default stage"),
        ("Value Proposition", .open, 0.50, "Salesforce default stage"),
        ("Id. Decision Makers", .open, 0.60, "Salesforce default stage"),
        ("Identify Decision Makers", .open, 0.60, "Zoho CRM default stage"),
        ("Perception Analysis", .open, 0.70, "Salesforce default stage"),
        ("Proposal/Price Quote", .open, 0.75, "Salesforce default stage"),
        ("Negotiation/Review", .open, 0.90, "Salesforce default stage"),
        ("Closed Won", .won, 1.0, "Salesforce default stage"),
        ("Closed Lost", .lost, 0.0, "Salesforce default stage"),
        ("Closed-Lost to Competition", .lost, 0.0, "Zoho CRM default stage"),
        ("Appointment scheduled", .open, 0.20, "HubSpot default pipeline"),
        ("appointmentscheduled", .open, 0.20, "HubSpot default pipeline (internal id)"),
        ("Qualified to buy", .open, 0.40, "HubSpot default pipeline"),
        ("qualifiedtobuy", .open, 0.40, "HubSpot default pipeline (internal id)"),
        ("Presentation scheduled", .open, 0.60, "HubSpot default pipeline"),
        ("presentationscheduled", .open, 0.60, "HubSpot default pipeline (internal id)"),
        ("Decision maker bought-in", .open, 0.80, "HubSpot default pipeline"),
        ("decisionmakerboughtin", .open, 0.80, "HubSpot default pipeline (internal id)"),
        ("Contract sent", .open, 0.90, "HubSpot default pipeline"),
        ("contractsent", .open, 0.90, "HubSpot default pipeline (internal id)"),
        ("closedwon", .won, 1.0, "HubSpot default pipeline (internal id)"),
        ("closedlost", .lost, 0.0, "HubSpot default pipeline (internal id)"),
        ("1-Qualify", .open, nil, "Dynamics 365 pipeline phase"),
        ("2-Develop", .open, nil, "Dynamics 365 pipeline phase"),
        ("3-Propose", .open, nil, "Dynamics 365 pipeline phase"),
        ("4-Close", .open, nil, "Dynamics 365 pipeline phase (still open until won or lost)"),
        ("Geschlossen und gewonnen", .won, 1.0, "Salesforce default stage (German)"),
        ("Geschlossen und verloren", .lost, 0.0, "Salesforce default stage (German)"),
    ]
    /// Whole words (lowercase, accents removed) that say won in a stage label.
    package static let wonWords: [String] = ["won", "win", "gewonnen", "gagne", "gagnee", "ganada", "ganado", "ganho", "ganha",
                                             "vinta", "vinto", "signed"]
    /// Whole words that say lost, disqualified or abandoned.
    package static let lostWords: [String] = ["lost", "verloren", "perdu", "perdue", "perdida", "perdido", "persa", "perso",
                                              "disqualified", "unqualified", "disqualifiziert", "disqualifie", "disqualifiee",
                                              "descalificado", "descalificada", "desqualificado", "desqualificada", "squalificato",
                                              "gediskwalificeerd", "cancelled", "canceled", "abandoned", "dead", "deleted"]
    /// Whole words that say closed with no won or lost meaning on their own.
    package static let closedWords: [String] = ["closed", "geschlossen", "abgeschlossen", "ferme", "fermee", "cerrada", "cerrado",
                                                "fechado", "fechada", "chiusa", "chiuso", "gesloten", "afgesloten"]
}
