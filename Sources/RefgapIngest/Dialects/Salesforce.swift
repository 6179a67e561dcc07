extension Dialect {
    /// Salesforce: report exports (labels, `Opportunity Name`) and Data Loader exports (API names, `StageName`).
    package static let salesforce = Dialect(
        signatures: [
            ("Salesforce Data Loader export", ["StageName", "CloseDate"]),
            ("Salesforce report export", ["Opportunity Name", "Stage", "Close Date"]),
            ("Salesforce report export (German)", ["Opportunity-Name", "Phase", "Schlusstermin"]),
        ],
        opportunities: [
            // Reports: Opportunity ID; Data Loader: Id, Name, Owner.Name, Account.Name.
            "id": ["Opportunity ID", "Opportunity Id", "Opportunity: ID", "Id"],
            "name": ["Opportunity Name", "Opportunity: Name", "Name"],
            "owner": ["Opportunity Owner", "Owner.Name", "Account Owner"],
            "account": ["Account Name", "Account.Name", "Account: Account Name"],
            "stage": ["Stage", "StageName", "To Stage"],
            "close_date": ["Close Date", "CloseDate"],
            "amount": ["Amount"],
            "amount_currency": ["Opportunity Currency", "CurrencyIsoCode"],
            "amount_converted": ["Amount (Converted)", "Amount (converted)"],
            "amount_converted_currency": ["Amount (Converted) Currency", "Amount (converted) Currency"],
            "probability": ["Probability (%)", "Probability"],
            // Reports' "Closed" and "Won" checkboxes, Data Loader's IsClosed and IsWon.
            "is_closed": ["IsClosed", "Closed"],
            "is_won": ["IsWon", "Won"],
            // Data Loader's Export All (queryAll) writes the deleted records too, flagged here.
            "is_deleted": ["IsDeleted"],
            // The forecast category: Closed (won) and Omitted (lost) say a deal is closed.
            "forecast_category": [
                "Forecast Category", "ForecastCategory", "ForecastCategoryName", "Forecast Category Name",
            ],
            // A reporting snapshot's or the Opportunity History report's date: the latest row is current.
            "last_modified": ["Last Modified Date", "LastModifiedDate", "Edit Date", "Snapshot Date", "As Of Date"],
            "industry": ["Industry", "Account.Industry", "Account: Industry"],
            "country": ["Billing Country", "Account.BillingCountry", "Account: Billing Country"],
            "state": [
                "Billing State/Province", "Billing State", "Account.BillingState", "Account: Billing State/Province",
            ],
            "product": ["Product Family"],
            "employees": ["Employees", "Account.NumberOfEmployees", "NumberOfEmployees"],
            // Custom fields as orgs name them.
            "reference_needed": ["Reference_Needed__c"],
            "activity": ["Reference_Type__c"],
        ],
        // A German-language org's report labels (Tests/Fixtures/real-exports/trial-sf-de-excel): read
        // only for a field no English header names, so an English export's own `Phase` or `Betrag`
        // column never takes the place of its `Stage` or `Amount`. French: a French org's report
        // (`Nom de l'opportunité`, `Étape`, `Date de clôture`, `Devise du montant`, `Montant`), as a
        // trial's Export Details wrote it, whose line prices (`Prix total`) were suggested as the amount. Japanese: the Opportunity's field
        // labels in a Japanese org (Trailhead's and Japanese Salesforce guides' 商談名, 取引先名, フェーズ, 完了予定日, 金額, 確度): a
        // trial's Japanese report summed yen as dollars, its `金額 通貨` unread and unwarned.
        opportunitiesInOtherLanguages: [
            "owner": ["Opportunity-Inhaber", "Propriétaire de l'opportunité"],
            "stage": ["Phase", "フェーズ", "Étape"], "close_date": ["Schlusstermin", "完了予定日", "Date de clôture"],
            "amount": ["Betrag", "金額", "Montant"], "amount_currency": ["Betrag Währung", "金額 通貨", "Devise du montant"],
            "amount_converted": ["Betrag (konvertiert)", "Montant (converti)"],
            "amount_converted_currency": ["Betrag (konvertiert) Währung", "Devise du montant (converti)"],
            "probability": ["Wahrscheinlichkeit (%)", "確度(%)"], "industry": ["Branche"], "country": ["Rechnungsland"],
            "state": ["Rechnungsbundesland/-kanton"], "product": ["Produktfamilie"], "employees": ["Mitarbeiter"],
            "name": ["商談名", "Nom de l'opportunité"], "account": ["取引先名"],
        ],
        stages: [
            // English: the default OpportunityStage picklist. Zoho shares most of these labels.
            ("Prospecting", .open, 0.10, "Salesforce default stage (en)"),
            ("Qualification", .open, 0.10, "Salesforce default stage (en)"),
            ("Needs Analysis", .open, 0.20, "Salesforce default stage (en)"),
            ("Value Proposition", .open, 0.50, "Salesforce default stage (en)"),
            ("Id. Decision Makers", .open, 0.60, "Salesforce default stage (en)"),
            ("Perception Analysis", .open, 0.70, "Salesforce default stage (en)"),
            ("Proposal/Price Quote", .open, 0.75, "Salesforce default stage (en)"),
            ("Negotiation/Review", .open, 0.90, "Salesforce default stage (en)"),
            ("Closed Won", .won, 1.0, "Salesforce default stage (en)"),
            ("Closed Lost", .lost, 0.0, "Salesforce default stage (en)"),
            // Japanese: the closing stages as Trailhead (ja) names them.
            ("成立", .won, 1.0, "Salesforce default stage (ja, Trailhead)"),
            ("不成立", .lost, 0.0, "Salesforce default stage (ja, Trailhead)"),

            // German: the default stages of an org created in German (master labels and probabilities
            // in ZB-IT-Sales-Effectiveness/AutoRabit-Training, OpportunityStage.standardValueSet).
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
            ("Geschlossen und verloren", .lost, 0.0, "Salesforce org stage in Apex code (package code)"),
            ("Geschlossen gewonnen", .won, 1.0, "Salesforce org translations (AutoRabit-Training, nextgen, LukasApex)"),
            (
                "Geschlossen verloren", .lost, 0.0,
                "Salesforce org translations (AutoRabit-Training, nextgen, LukasApex)"
            ),

            // Spanish, Italian, Dutch closed stages in org translations.
            ("Cerrada ganada", .won, 1.0, "Salesforce org translation (OmegaSoporteVIDRALA/VIDRALA); vtiger es_es"),
            ("Cerrada perdida", .lost, 0.0, "Salesforce org translation (OmegaSoporteVIDRALA/VIDRALA); vtiger es_es"),
            ("Chiuso persa", .lost, 0.0, "Salesforce org translation (CRMBNBHotels/HotelbbSalesforce)"),
            ("Gesloten gewonnen", .won, 1.0, "Salesforce org translation (ahduni-aurisdev, nl_NL)"),
            ("Gesloten verloren", .lost, 0.0, "Salesforce org translation (ahduni-aurisdev, nl_NL)"),
        ]
    )
}
