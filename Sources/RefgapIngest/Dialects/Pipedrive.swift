extension Dialect {
    /// Pipedrive deals export: the deal fields with a `Deal - ` prefix, the organization's with `Organization - `.
    /// An account in Portuguese writes `Negócio - ` and the fields' labels in its language (`Negócio -
    /// Título`, `Negócio - Etapa`, `Negócio - Status` with `Ganho`, in a public Brazilian export:
    /// LeonardoFernandesCardoso/Relat-rio-de-Leads-Ganhos-2025); the other labels are Pipedrive's
    /// Portuguese UI's. A trial's Portuguese export was offered `Negócio - ID` as its amount, and with the
    /// columns mapped as validate asked, its won and lost deals were open pipeline (no status column).
    package static let pipedrive = Dialect(
        signatures: [("Pipedrive deals export", ["Deal - Title"]), ("Pipedrive deals export", ["Negócio - Título"])],
        opportunities: [
            "id": ["Deal - ID", "Negócio - ID"],
            "name": ["Deal - Title", "Negócio - Título"],
            "owner": ["Deal - Owner", "Negócio - Proprietário"],
            "account": ["Deal - Organization", "Organization - Name", "Negócio - Organização"],
            "stage": ["Deal - Stage", "Negócio - Etapa"],
            "close_date": [
                "Deal - Expected close date", "Expected close date", "Negócio - Data de fechamento esperada",
            ],
            "amount": ["Deal - Value", "Value", "Negócio - Valor"],
            "amount_currency": ["Deal - Currency", "Negócio - Moeda"],
            "amount_converted": ["Deal - Value in default currency"],
            "probability": ["Deal - Probability"],
            "last_modified": ["Deal - Update time", "Update time"],
            "status": ["Deal - Status", "Status", "Negócio - Status"],
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
