extension Dialect {
    /// SugarCRM and SuiteCRM opportunities with the field names as headers (`modules/Opportunities/
    /// vardefs.php`): `amount` in the deal's currency, `amount_usdollar` converted to the system
    /// currency (US Dollar unless the admin chose another), `currency_id` the id of a currency record
    /// (`-99` for the system currency), not a currency code, so it is not read.
    package static let sugarCRM = Dialect(
        signatures: [
            ("SugarCRM opportunity export", ["sales_stage", "date_closed", "amount_usdollar"])
        ]
            // The labels its *Export* action writes, per UI language (`HeaderMatch.readSuiteLabels`).
            + SugarLabels.sets.map { (suiteLabels, $0.headers) },
        // `id`, `name`, `amount` and `probability` are spelled as Salesforce's Data Loader spells them.
        opportunities: [
            "owner": ["assigned_user_name"],
            // The *Export* labels' deal name in other languages (`SugarLabels.names`).
            "name": SugarLabels.names,
            "account": ["account_name"],
            "stage": ["sales_stage"],
            // The expected close date (label "Expected Close Date"). Business Central's `Date Closed`,
            // which folds the same, is the day a deal was closed, blank on open deals: its `Estimated
            // Closing Date` comes first (`HeaderMatch.weakSpellings`).
            "close_date": ["date_closed"],
            "amount_converted": ["amount_usdollar"],
            "last_modified": ["date_modified"],
            // A table dump holds the deleted records too (`deleted` 1); Sugar's own export leaves them out.
            "is_deleted": ["deleted"],
        ],
        opportunitiesInOtherLanguages: SugarLabels.otherLanguages,
        stages: [
            // SuiteCRM shows `Id. Decision Makers` as this label in English, and its export writes the
            // label: no other dialect lists it, so it is in the merged table for every export.
            (
                "Identifying Decision Makers", .open, 0.40,
                "SuiteCRM sales_stage_dom (en_us label of Id. Decision Makers)"
            )
        ],
        // `sales_stage_dom`: the keys are Salesforce's default stages, which the merged table lists with
        // Salesforce's probabilities. A recognised Sugar export reads them with Sugar's defaults
        // (`sales_probability_dom`, what `Opportunity::save()` fills in when no probability is given;
        // docs/stages.md gives the sources).
        ownStages: [
            ("Prospecting", .open, 0.10, sugarDefault),
            ("Qualification", .open, 0.20, sugarDefault),
            ("Needs Analysis", .open, 0.25, sugarDefault),
            ("Value Proposition", .open, 0.30, sugarDefault),
            ("Id. Decision Makers", .open, 0.40, sugarDefault),
            ("Perception Analysis", .open, 0.50, sugarDefault),
            ("Proposal/Price Quote", .open, 0.65, sugarDefault),
            ("Negotiation/Review", .open, 0.80, sugarDefault),
            ("Closed Won", .won, 1.0, sugarDefault),
            ("Closed Lost", .lost, 0.0, sugarDefault),
        ]
    )

    /// The name of the labels' layout, whose `Currency` (a record id) is not offered as the currency.
    package static let suiteLabels = "SugarCRM/SuiteCRM opportunity export (labels)"

    /// The source of Sugar's own stage probabilities, as the stage table and data quality show it.
    private static let sugarDefault = "SugarCRM default stage (sales_probability_dom)"
}
