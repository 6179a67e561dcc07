extension Dialect {
    /// Odoo CRM's pipeline (`crm.lead`) exported from its list view: the labels (`addons/crm/models/
    /// crm_lead.py`: `Expected Revenue`, `Prorated Revenue`, `Expected Closing`, `Customer`,
    /// `Salesperson`) or, from its "import-compatible" export, the field names. `Expected Revenue` is
    /// the deal's amount, unweighted, in the company's currency; `Prorated Revenue` is that times the
    /// probability. Salesforce and Zoho write an `Expected Revenue` that is weighted, so the amount is
    /// given to Odoo's only in an export recognised as Odoo's (`HeaderMatch.readOdoo`). Lost
    /// opportunities are archived (`active` false) and keep their stage.
    package static let odoo = Dialect(
        signatures: [
            ("Odoo CRM pipeline export", ["Expected Closing", "Expected Revenue"]),
            ("Odoo CRM pipeline export (field names)", ["date_deadline", "expected_revenue"]),
        ],
        opportunities: [
            "name": ["Opportunity"],
            "close_date": ["Expected Closing", "date_deadline"],
            "account": ["partner_id"],
            "stage": ["stage_id"],
            "owner": ["Salesperson", "user_id"],
            "amount_currency": ["company_currency"],
            "is_active": ["Active"],
        ],
        // Spanish labels (`es.po`): the deal's customer, its close date, its stage and whether it is active.
        opportunitiesInOtherLanguages: [
            "close_date": ["Cierre esperado"], "stage": ["Etapa"], "is_active": ["Activo"], "owner": ["Comercial"],
        ],
        stages: [
            // `data/crm_stage_data.xml`: the default pipeline. Its probabilities (10, 30, 70) are Odoo's
            // own (`ownStages`): `New` and `Qualified` are other CRMs' labels too.
            ("New", .open, nil, "Odoo default stage (crm_stage_data.xml)"),
            ("Qualified", .open, nil, "Odoo default stage (crm_stage_data.xml)"),
            ("Proposition", .open, nil, "Odoo default stage (crm_stage_data.xml)"),
            ("Won", .won, 1.0, "Odoo default stage (crm_stage_data.xml)"),
            // Spanish (`addons/crm/i18n/es.po`): Nuevo, Calificado, Propuesta, Ganado.
            ("Nuevo", .open, nil, "Odoo default stage (es.po)"),
            ("Calificado", .open, nil, "Odoo default stage (es.po)"),
            ("Propuesta", .open, nil, "Odoo default stage (es.po)"),
            ("Ganado", .won, 1.0, "Odoo default stage (es.po)"),
        ],
        ownStages: [
            ("New", .open, 0.10, "Odoo default stage (crm_stage_data.xml)"),
            ("Qualified", .open, 0.30, "Odoo default stage (crm_stage_data.xml)"),
            ("Proposition", .open, 0.70, "Odoo default stage (crm_stage_data.xml)"),
        ]
    )
}
