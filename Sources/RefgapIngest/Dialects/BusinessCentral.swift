extension Dialect {
    /// Dynamics 365 Business Central opportunities (table 5092 Opportunity), opened in Excel from the
    /// Opportunities list (page 5123) or the Sales Opportunities query (105) and saved as CSV: the
    /// field captions as headers. It has no stage column: its `Status` (Not Started, In Progress, Won,
    /// Lost) is read as the stage too (`HeaderMatch`), and its amounts are in the company's own currency
    /// (`(LCY)`), which the export does not name (`LocalCurrencyNote`).
    package static let businessCentral = Dialect(
        signatures: [("Business Central opportunity export", ["Estimated Closing Date", "Estimated Value (LCY)"])],
        opportunities: [
            "id": ["No."],
            // The deal's own text; an opportunity export's `Description` is its name only where no other
            // header names it (`HeaderMatch.weakSpellings`).
            "name": ["Description"],
            // The query writes the salesperson's name, the list page the code.
            "owner": ["Salesperson Name", "Salesperson Code"],
            "account": ["Contact Company Name"],
            "close_date": ["Estimated Closing Date"],
            // Not `Calcd. Current Value (LCY)`: the estimated value weighed by the chances and the stage.
            "amount": ["Estimated Value (LCY)"],
            "probability": ["Chances of Success %"],
            "is_closed": ["Closed"],
            "status": ["Status"],
        ],
        stages: [
            // Enum 5092 "Opportunity Status". BC has no default probability per status: the chances of
            // success come from the sales cycle stage, in their own column.
            ("Not Started", .open, nil, "Business Central opportunity status"),
            ("In Progress", .open, nil, "Business Central opportunity status"),
            ("Won", .won, 1.0, "Business Central opportunity status"),
            ("Lost", .lost, 0.0, "Business Central opportunity status"),
        ]
    )
}
