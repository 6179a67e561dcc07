extension Dialect {
    /// Close's opportunity export (close.com), its fields as the API names them: `value` is in cents
    /// (`value_formatted` beside it reads `$33,000.00` for `3300000`), `status_type` is active, won or
    /// lost (developer.close.com, Opportunity Statuses), `confidence` the probability 0–100, `date_won`
    /// the expected or actual close date. A trial's export read the cents as dollars: pipeline 100×,
    /// every deal a large one. So the amount is `value_formatted`, in the currency `value_currency`
    /// names (`readClose` picks `annualized_value` or `value` where they are there). `lead_name` is the
    /// account only in Close's export (`readClose`): as a synonym it took a Nutshell export's `Lead name`
    /// (`Highland Labs lead`) over its `Company`, and no deal matched the accounts export.
    package static let close = Dialect(
        signatures: [("Close opportunities export", ["lead_name", "status_type", "value_formatted"])],
        opportunities: [
            "stage": ["status_label"],
            "status": ["status_type"],
            "close_date": ["date_won"],
            "amount": ["value_formatted"],
            "amount_currency": ["value_currency"],
            "owner": ["user_name"],
            "last_modified": ["date_updated"],
        ]
    )
}
