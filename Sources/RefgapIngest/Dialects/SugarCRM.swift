extension Dialect {
    /// SugarCRM and SuiteCRM opportunities with the field names as headers (`modules/Opportunities/
    /// vardefs.php`): `amount` in the deal's currency, `amount_usdollar` converted to the system
    /// currency (US Dollar unless the admin chose another), `currency_id` the id of a currency record
    /// (`-99` for the system currency), not a currency code, so it is not read.
    package static let sugarCRM = Dialect(
        signatures: [("SugarCRM opportunity export", ["sales_stage", "date_closed", "amount_usdollar"])],
        // `id`, `name`, `amount` and `probability` are spelled as Salesforce's Data Loader spells them.
        opportunities: [
            "owner": ["assigned_user_name"],
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
        stages: [
            // `sales_stage_dom`: the keys are Salesforce's default stages, listed there with
            // Salesforce's probabilities (docs/stages.md gives Sugar's `sales_probability_dom`). SuiteCRM
            // shows `Id. Decision Makers` as this label in English, and its export writes the label.
            (
                "Identifying Decision Makers", .open, 0.40,
                "SuiteCRM sales_stage_dom (en_us label of Id. Decision Makers)"
            )
        ]
    )
}
