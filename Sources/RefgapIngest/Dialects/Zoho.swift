extension Dialect {
    /// Zoho CRM deals export.
    package static let zoho = Dialect(
        signatures: [("Zoho CRM deals export", ["Deal Name", "Closing Date"])],
        opportunities: [
            "id": ["Record ID"],
            "name": ["Deal Name"],
            "owner": ["Deal Owner"],
            "account": ["Account Name"],
            "stage": ["Stage"],
            "close_date": ["Closing Date"],
            "amount": ["Amount"],
            "amount_currency": ["Currency"],
            "probability": ["Probability (%)"],
            "last_modified": ["Modified Time"],
        ],
        stages: [
            // The default stages; most are Salesforce's labels. `Value Proposition` keeps Salesforce's
            // 0.50 (the first dialect's probability wins), so this source says Zoho's own.
            ("Qualification", .open, 0.10, "Zoho default stage"),
            ("Needs Analysis", .open, 0.20, "Zoho default stage"),
            ("Value Proposition", .open, 0.40, "Zoho's default is 0.40"),
            ("Identify Decision Makers", .open, 0.60, "Zoho default stage"),
            ("Proposal/Price Quote", .open, 0.75, "Zoho default stage"),
            ("Negotiation/Review", .open, 0.90, "Zoho default stage"),
            ("Closed Won", .won, 1.0, "Zoho default stage"),
            ("Closed Lost", .lost, 0.0, "Zoho default stage"),
            ("Closed-Lost to Competition", .lost, 0.0, "Zoho default stage"),
            // French, also common in Salesforce orgs.
            ("Fermée gagnée", .won, 1.0, "Zoho CRM in French (package Deluge script); common usage for Salesforce"),
            ("Fermée perdue", .lost, 0.0, "Zoho CRM in French (package Deluge script); common usage for Salesforce"),
        ]
    )
}
