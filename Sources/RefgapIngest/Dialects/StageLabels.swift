/// Built-in sales stage labels of the major CRMs in their common UI languages (sources: docs/stages.md).
package enum StageLabels {
    package enum Kind: Sendable { case open, won, lost }

    /// Exact stage labels (matched after folding case, accents, spaces and punctuation by the caller):
    /// label, class, the CRM's default win probability (0–1) if it has one, and where it comes from.
    /// No two labels fold to the same key. Where Salesforce and Zoho share a label (`Qualification`,
    /// `Needs Analysis`, `Proposal/Price Quote`, `Negotiation/Review`, `Closed Won`, `Closed Lost`) it is
    /// listed once; `Value Proposition` carries Salesforce's 0.50 (Zoho's default is 0.40).
    /// A source "common usage" means no vendor page or vendor-made org was found for that label.
    package static let labels: [(label: String, kind: Kind, probability: Double?, source: String)] = [
        // Salesforce, English: the default OpportunityStage picklist.
        ("Prospecting", .open, 0.10, "Salesforce default stage (en)"),
        ("Qualification", .open, 0.10, "Salesforce default stage (en); Zoho default stage"),
        ("Needs Analysis", .open, 0.20, "Salesforce default stage (en); Zoho default stage"),
        ("Value Proposition", .open, 0.50, "Salesforce default stage (en); Zoho's default is 0.40"),
        ("Id. Decision Makers", .open, 0.60, "Salesforce default stage (en)"),
        ("Perception Analysis", .open, 0.70, "Salesforce default stage (en)"),
        ("Proposal/Price Quote", .open, 0.75, "Salesforce default stage (en); Zoho default stage"),
        ("Negotiation/Review", .open, 0.90, "Salesforce default stage (en); Zoho default stage"),
        ("Closed Won", .won, 1.0, "Salesforce default stage (en); Zoho default stage; HubSpot closedwon"),
        ("Closed Lost", .lost, 0.0, "Salesforce default stage (en); Zoho default stage; HubSpot closedlost"),

        // Salesforce, German: the default stages of an org created in German (master labels and
        // probabilities in ZB-IT-Sales-Effectiveness/AutoRabit-Training, OpportunityStage.standardValueSet).
        ("Erwartung", .open, 0.10, "Salesforce org created in German (AutoRabit-Training)"),
        ("Potenzialanalyse", .open, 0.10, "Salesforce org created in German (AutoRabit-Training)"),
        ("Bedarfsanalyse Analyse", .open, 0.20, "Salesforce org created in German (AutoRabit-Training)"),
        ("Wertangebot", .open, 0.50, "Salesforce org created in German (AutoRabit-Training)"),
        ("Id. Entscheidungsträger", .open, 0.60, "Salesforce org created in German (AutoRabit-Training)"),
        ("Wahrnehmungsanalyse", .open, 0.70, "Salesforce org created in German (AutoRabit-Training)"),
        ("Verhandlung/Überprüfung", .open, 0.90, "Salesforce org created in German (AutoRabit-Training)"),
        ("Geschlossene und gewonnene", .won, 1.0, "Salesforce org created in German (AutoRabit-Training)"),
        ("Geschlossene und verlorene", .lost, 0.0, "Salesforce org created in German (AutoRabit-Training)"),
        // German labels seen in other real orgs and exports.
        ("Angebot/Preisangebot", .open, 0.75, "common usage (de, Proposal/Price Quote)"),
        ("Bedarfsanalyse", .open, 0.20, "common usage (de, Needs Analysis)"),
        ("Erkundung", .open, 0.10, "Salesforce org translation of Prospecting (AlainHofstetter/nextgen)"),
        ("Geschlossen und verloren", .lost, 0.0, "Salesforce org stage in Apex code (public code)"),
        ("Geschlossen und gewonnen", .won, 1.0, "common usage (de)"),
        ("Geschlossen gewonnen", .won, 1.0, "Salesforce org translations (AutoRabit-Training, nextgen, LukasApex)"),
        ("Geschlossen verloren", .lost, 0.0, "Salesforce org translations (AutoRabit-Training, nextgen, LukasApex)"),

        // Salesforce and other CRMs, French / Spanish / Portuguese / Italian / Dutch closed stages.
        ("Fermée gagnée", .won, 1.0, "Zoho CRM in French (public Deluge script); common usage for Salesforce"),
        ("Fermée perdue", .lost, 0.0, "Zoho CRM in French (public Deluge script); common usage for Salesforce"),
        ("Fermé gagné", .won, 1.0, "HubSpot knowledge base (fr)"),
        ("Fermé perdu", .lost, 0.0, "HubSpot knowledge base (fr); Salesforce org translation (ilosilla/Copado-Training)"),
        ("Cerrada ganada", .won, 1.0, "Salesforce org translation (OmegaSoporteVIDRALA/VIDRALA); vtiger es_es"),
        ("Cerrada perdida", .lost, 0.0, "Salesforce org translation (OmegaSoporteVIDRALA/VIDRALA); vtiger es_es"),
        ("Cierre ganado", .won, 1.0, "HubSpot knowledge base (es)"),
        ("Cierre perdido", .lost, 0.0, "HubSpot knowledge base (es)"),
        ("Cerrado ganado", .won, 1.0, "HubSpot knowledge base (es, 2025 text)"),
        ("Cerrado perdido", .lost, 0.0, "HubSpot knowledge base (es, 2025 text)"),
        ("Fechado ganho", .won, 1.0, "common usage (pt)"),
        ("Fechado perdido", .lost, 0.0, "common usage (pt)"),
        ("Fechada ganha", .won, 1.0, "common usage (pt)"),
        ("Fechada perdida", .lost, 0.0, "common usage (pt)"),
        ("Chiusa vinta", .won, 1.0, "common usage (it)"),
        ("Chiusa persa", .lost, 0.0, "common usage (it)"),
        ("Chiuso persa", .lost, 0.0, "Salesforce org translation (CRMBNBHotels/HotelbbSalesforce)"),
        ("Gesloten gewonnen", .won, 1.0, "Salesforce org translation (ahduni-aurisdev, nl_NL); HubSpot portal (nl)"),
        ("Gesloten verloren", .lost, 0.0, "Salesforce org translation (ahduni-aurisdev, nl_NL); HubSpot portal (nl)"),

        // HubSpot default sales pipeline. Its internal ids (`appointmentscheduled`, ..., `closedwon`,
        // `closedlost`), which API exports write instead of labels, fold to the same keys as these labels;
        // `Closed won`/`Closed lost` fold to Salesforce's `Closed Won`/`Closed Lost` above.
        ("Appointment scheduled", .open, 0.20, "HubSpot default pipeline (id appointmentscheduled)"),
        ("Qualified to buy", .open, 0.40, "HubSpot default pipeline (id qualifiedtobuy)"),
        ("Presentation scheduled", .open, 0.60, "HubSpot default pipeline (id presentationscheduled)"),
        ("Decision maker bought-in", .open, 0.80, "HubSpot default pipeline (id decisionmakerboughtin)"),
        ("Contract sent", .open, 0.90, "HubSpot default pipeline (id contractsent)"),
        // HubSpot, German (knowledge base, 2018 article listing the default pipeline).
        ("Termin geplant", .open, 0.20, "HubSpot knowledge base (de, 2018)"),
        ("Für Kauf qualifiziert", .open, 0.40, "HubSpot knowledge base (de, 2018)"),
        ("Präsentation vereinbart", .open, 0.60, "HubSpot knowledge base (de, 2018)"),
        ("Entscheidungsträger eingebracht", .open, 0.80, "HubSpot knowledge base (de, 2018; text cut after \"eingebrach\")"),
        ("Vertrag gesendet", .open, 0.90, "common usage (de, HubSpot Contract sent)"),
        ("Abgeschlossen und gewonnen", .won, 1.0, "HubSpot knowledge base (de); HubSpot stage ids in public code"),
        ("Abgeschlossen und verloren", .lost, 0.0, "HubSpot stage ids in public code (de)"),

        // Dynamics 365: Status (statecode), Status Reason (statuscode) and the default pipeline phases.
        // The Close phase is still open: the deal is closed only by Status Won or Lost.
        ("Open", .open, nil, "Dynamics 365 opportunity statecode"),
        ("Won", .won, 1.0, "Dynamics 365 opportunity statecode; Pipedrive deal status"),
        ("Lost", .lost, 0.0, "Dynamics 365 opportunity statecode; Pipedrive deal status"),
        ("In Progress", .open, nil, "Dynamics 365 opportunity statuscode"),
        ("On Hold", .open, nil, "Dynamics 365 opportunity statuscode"),
        ("Canceled", .lost, 0.0, "Dynamics 365 opportunity statuscode"),
        ("Out-Sold", .lost, 0.0, "Dynamics 365 opportunity statuscode"),
        ("1-Qualify", .open, nil, "Dynamics 365 default pipeline phase"),
        ("2-Develop", .open, nil, "Dynamics 365 default pipeline phase"),
        ("3-Propose", .open, nil, "Dynamics 365 default pipeline phase"),
        ("4-Close", .open, nil, "Dynamics 365 default pipeline phase (open until Status is Won or Lost)"),
        ("Offen", .open, nil, "common usage (de, Dynamics Open)"),
        ("Gewonnen", .won, 1.0, "common usage (de, Dynamics Won)"),
        ("Verloren", .lost, 0.0, "common usage (de, Dynamics Lost)"),

        // Pipedrive: deal status (`open`, `won`, `lost`; `deleted` deals are set aside like lost ones).
        ("deleted", .lost, 0.0, "Pipedrive deal status"),

        // Zoho CRM default stages not already listed under Salesforce.
        ("Identify Decision Makers", .open, 0.60, "Zoho default stage"),
        ("Closed-Lost to Competition", .lost, 0.0, "Zoho default stage"),
    ]

    /// Whole words (lowercase, accents kept as written) that say won / lost / closed / disqualified in a stage label.
    package static let wonWords: [String] = [
        "won", "win", "gewonnen", "gewonnene", "gagné", "gagnée", "ganado", "ganada", "ganho", "ganha",
        "vinto", "vinta",
    ]
    /// Lost, disqualified, cancelled and "no decision" words; an entry of two words matches them in a row.
    package static let lostWords: [String] = [
        "lost", "disqualified", "cancelled", "canceled", "deleted", "dead", "unqualified", "won't", "verlust", "abandoned", "omitted", "out-sold", "outsold", "no decision", "not pursued",
        "verloren", "verlorene", "disqualifiziert", "storniert", "abgesagt",
        "perdu", "perdue", "disqualifié", "disqualifiée", "annulé", "annulée",
        "perdido", "perdida", "descalificado", "descalificada", "cancelado", "cancelada",
        "desqualificado", "desqualificada",
        "perso", "persa", "squalificato", "squalificata", "annullato", "annullata",
        "gediskwalificeerd", "geannuleerd",
    ]
    /// Closed words with no won/lost meaning on their own. Not here on purpose: "close", "closing",
    /// "cierre", "abschluss", "clôture", "fechamento", "chiusura" (name open closing stages, like
    /// Dynamics' `4-Close`).
    package static let closedWords: [String] = [
        "closed", "geschlossen", "geschlossene", "abgeschlossen", "fermé", "fermée", "cerrado", "cerrada",
        "fechado", "fechada", "chiuso", "chiusa", "gesloten", "afgesloten",
    ]
}
