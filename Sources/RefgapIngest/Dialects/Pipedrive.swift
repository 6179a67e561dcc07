extension Dialect {
    /// Pipedrive deals export: the deal fields with a `Deal - ` prefix, the organization's with `Organization - `.
    package static let pipedrive = Dialect(
        signatures: [("Pipedrive deals export", ["Deal - Title"])],
        opportunities: [
            "id": ["Deal - ID"],
            "name": ["Deal - Title"],
            "owner": ["Deal - Owner"],
            "account": ["Deal - Organization", "Organization - Name"],
            "stage": ["Deal - Stage"],
            "close_date": ["Deal - Expected close date", "Expected close date"],
            "amount": ["Deal - Value", "Value"],
            "amount_currency": ["Deal - Currency"],
            "amount_converted": ["Deal - Value in default currency"],
            "probability": ["Deal - Probability"],
            "last_modified": ["Deal - Update time", "Update time"],
            "status": ["Deal - Status", "Status"],
            "industry": ["Organization - Industry"],
            "country": ["Organization - Country"],
            "state": ["Organization - State"],
            "employees": ["Organization - Number of employees"],
        ],
        stages: [
            // The deal status: `open`, `won`, `lost`; `deleted` deals are set aside like lost ones.
            ("Won", .won, 1.0, "Pipedrive deal status"),
            ("Lost", .lost, 0.0, "Pipedrive deal status"),
            ("deleted", .lost, 0.0, "Pipedrive deal status"),
        ]
    )
}
