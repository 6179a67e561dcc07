extension Dialect {
    /// Dynamics 365 opportunities (Export to Excel, saved as CSV; the hidden `(Do Not Modify)` columns).
    package static let dynamics365 = Dialect(
        signatures: [("Dynamics 365 opportunity export", ["(Do Not Modify) Opportunity", "Topic"])],
        opportunities: [
            "id": ["(Do Not Modify) Opportunity"],
            "name": ["Topic"],
            "owner": ["Owner"],
            "account": ["Potential Customer", "Account"],
            "stage": ["Sales Stage", "Pipeline Phase"],
            "close_date": ["Est. Close Date"],
            "amount": ["Est. Revenue"],
            "amount_currency": ["Currency"],
            "amount_converted": ["Est. Revenue (Base)"],
            "probability": ["Probability"],
            "last_modified": ["Modified On", "(Do Not Modify) Modified On"],
            "status": ["Status"],
        ],
        stages: [
            // Status (statecode), Status Reason (statuscode) and the default pipeline phases.
            // The Close phase is still open: the deal is closed only by Status Won or Lost.
            ("Open", .open, nil, "Dynamics 365 opportunity statecode"),
            ("Won", .won, 1.0, "Dynamics 365 opportunity statecode"),
            ("Lost", .lost, 0.0, "Dynamics 365 opportunity statecode"),
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
        ]
    )
}
