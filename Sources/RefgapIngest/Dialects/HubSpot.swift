extension Dialect {
    /// HubSpot deals export (property labels; API exports write the internal names, `dealname`).
    package static let hubSpot = Dialect(
        signatures: [
            ("HubSpot deals export", ["Deal Name", "Deal Stage"]),
            ("HubSpot deals export", ["Deal-Name", "Deal-Phase"]),
            ("HubSpot deals export", ["Nombre del negocio", "Etapa del negocio"]),
            ("HubSpot deals export", ["Nom de la transaction", "Phase de la transaction"]),
            ("HubSpot deals export", ["Nome do negócio", "Etapa do negócio"]),
        ],
        opportunities: [
            "id": ["Record ID", "hs_object_id"],
            "name": ["Deal Name", "dealname"],
            "owner": ["Deal owner", "Deal Owner", "hubspot_owner_id"],
            "account": ["Associated Company", "Associated Company (Primary)"],
            "stage": ["Deal Stage", "dealstage"],
            "close_date": ["Close Date", "closedate"],
            "amount": ["Amount"],
            "amount_currency": ["Currency", "Deal currency code", "deal_currency_code"],
            "amount_converted": ["Amount in company currency", "amount_in_home_currency"],
            "probability": ["Deal probability", "hs_deal_stage_probability"],
            // "Is Deal Closed?" and "Is Closed Won" (true on won deals only).
            "is_closed": ["Is Deal Closed?", "hs_is_closed"],
            "is_won": ["Is Closed Won", "hs_is_closed_won"],
            "last_modified": ["Last Modified Date", "hs_lastmodifieddate"],
            "industry": ["Company Industry"],
            "country": ["Company Country", "Country/Region (Company)"],
            "state": ["State/Region (Company)"],
            "employees": ["Number of employees (Company)"],
        ],
        // A portal in German, Spanish, French or Portuguese writes the labels in its language
        // (`Betrag in Firmenwährung` is in HubSpot's German knowledge base; the others as a trial's
        // exports wrote them), read only where no English header names the field. A trial's Spanish
        // export was offered its record ids as the amount, its French one the creation date as the
        // close date.
        opportunitiesInOtherLanguages: [
            "id": ["Datensatz-ID", "ID de registro", "ID de fiche d'informations", "ID do registro"],
            "name": ["Deal-Name", "Nombre del negocio", "Nom de la transaction", "Nome do negócio"],
            "owner": [
                "Deal-Inhaber", "Propietario del negocio", "Propriétaire de la transaction", "Proprietário do negócio",
            ],
            "account": ["Zugeordnetes Unternehmen", "Empresa asociada", "Entreprise associée", "Empresa associada"],
            "stage": ["Deal-Phase", "Etapa del negocio", "Phase de la transaction", "Etapa do negócio"],
            "close_date": ["Abschlussdatum", "Fecha de cierre", "Date de fermeture", "Data de fechamento"],
            "amount": ["Betrag", "Importe", "Montant", "Valor"],
            "amount_converted": [
                "Betrag in Firmenwährung", "Importe en la moneda de la empresa",
                "Montant dans la devise de l'entreprise",
                "Valor na moeda da empresa",
            ],
            "probability": [
                "Deal-Wahrscheinlichkeit", "Probabilidad del negocio", "Probabilité de la transaction",
                "Probabilidade do negócio",
            ],
        ],
        stages: [
            // The default sales pipeline. Its internal ids (`appointmentscheduled`, ..., `closedwon`,
            // `closedlost`), which API exports write instead of labels, fold to the same keys as these labels.
            ("Appointment scheduled", .open, 0.20, "HubSpot default pipeline (id appointmentscheduled)"),
            ("Qualified to buy", .open, 0.40, "HubSpot default pipeline (id qualifiedtobuy)"),
            ("Presentation scheduled", .open, 0.60, "HubSpot default pipeline (id presentationscheduled)"),
            ("Decision maker bought-in", .open, 0.80, "HubSpot default pipeline (id decisionmakerboughtin)"),
            ("Contract sent", .open, 0.90, "HubSpot default pipeline (id contractsent)"),
            ("Closed won", .won, 1.0, "HubSpot closedwon"),
            ("Closed lost", .lost, 0.0, "HubSpot closedlost"),
            // German (knowledge base, 2018 article listing the default pipeline).
            ("Termin geplant", .open, 0.20, "HubSpot knowledge base (de, 2018)"),
            ("Für Kauf qualifiziert", .open, 0.40, "HubSpot knowledge base (de, 2018)"),
            ("Präsentation vereinbart", .open, 0.60, "HubSpot knowledge base (de, 2018)"),
            (
                "Entscheidungsträger eingebracht", .open, 0.80,
                "HubSpot knowledge base (de, 2018; text cut after \"eingebrach\")"
            ),
            ("Vertrag gesendet", .open, 0.90, "common usage (de, HubSpot Contract sent)"),
            ("Abgeschlossen und gewonnen", .won, 1.0, "HubSpot knowledge base (de); HubSpot stage ids in package code"),
            ("Abgeschlossen und verloren", .lost, 0.0, "HubSpot stage ids in package code (de)"),
            // French, Spanish, Dutch.
            ("Fermé gagné", .won, 1.0, "HubSpot knowledge base (fr)"),
            (
                "Fermé perdu", .lost, 0.0,
                "HubSpot knowledge base (fr); Salesforce org translation (ilosilla/Copado-Training)"
            ),
            ("Cierre ganado", .won, 1.0, "HubSpot knowledge base (es)"),
            ("Cierre perdido", .lost, 0.0, "HubSpot knowledge base (es)"),
            ("Cerrado ganado", .won, 1.0, "HubSpot knowledge base (es, 2025 text)"),
            ("Cerrado perdido", .lost, 0.0, "HubSpot knowledge base (es, 2025 text)"),
            ("Gesloten gewonnen", .won, 1.0, "HubSpot portal (nl)"),
            ("Gesloten verloren", .lost, 0.0, "HubSpot portal (nl)"),
        ]
    )
}
