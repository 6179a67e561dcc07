import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// Odoo's pipeline export (`addons/crm/models/crm_lead.py`): `Expected Revenue` is the unweighted amount
/// and `Prorated Revenue` the weighted one; lost opportunities are archived (`Active` False). Rows
/// shaped as a trial's Odoo exports.
@Suite("Odoo CRM")
struct OdooTests {
    static func read(_ export: String) throws -> Ingested<OpportunityRow> {
        try Ingest.opportunities(path: try tempFile(export), config: Config())
    }

    static func mapping(_ r: Ingested<OpportunityRow>) -> [String: String] {
        Dictionary(r.ledger.mapping.map { ($0.field, $0.header) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func expectedRevenueIsTheAmountAndProratedIsNot() throws {
        let r = try Self.read(
            """
            Opportunity,Customer,Expected Revenue,Prorated Revenue,Probability,Stage,Expected Closing,Salesperson,Currency,Active
            Acier Lyonnais - Analytics,Acier Lyonnais,260000.0,91000.0,35.0,Qualified,2026-12-04,Anna Weber,EUR,True
            Kaasmakers BV - Data Integration,Kaasmakers BV,125000.0,0.0,0.0,Proposition,2027-02-16,Marc Dubois,EUR,False

            """)
        #expect(r.ledger.dialect == "Odoo CRM pipeline export")
        #expect(Self.mapping(r)["amount"] == "Expected Revenue" && Self.mapping(r)["name"] == "Opportunity")
        #expect(r.rows.map(\.amount) == [260_000])
        #expect(r.ledger.notes.contains { $0.hasPrefix("Odoo's \"Expected Revenue\" is read as each deal's amount") })
        // The archived (lost) opportunity is set aside with its reason, not open pipeline.
        #expect(r.ledger.setAside.contains { $0.reason.hasPrefix("archived in the CRM") && $0.rows == 1 })
    }

    @Test func theImportCompatibleExportReadsTheFieldNames() throws {
        let r = try Self.read(
            """
            id,name,partner_id,expected_revenue,probability,stage_id,date_deadline,user_id,company_currency,active
            __export__.crm_lead_1_01eef,Acier Lyonnais - Analytics,Acier Lyonnais,45000.0,100.0,Won,2026-12-29,Anna Weber,EUR,True

            """)
        let m = Self.mapping(r)
        #expect(m["amount"] == "expected_revenue" && m["account"] == "partner_id" && m["close_date"] == "date_deadline")
        #expect(r.rows.first?.isClosed == true)
    }

    /// Salesforce's and Zoho's `Expected Revenue` is weighted: without Odoo's expected closing it is never the amount.
    @Test func anotherCRMsExpectedRevenueIsNotTheAmount() throws {
        let export = """
            Opportunity Name,Account Name,Stage,Close Date,Expected Revenue
            A,Acme,Prospecting,2026-12-20,1000

            """
        #expect(throws: InputError.self) { try Self.read(export) }
    }
}

extension OdooTests {
    /// Odoo 13 and before: `planned_revenue` is the amount, `expected_revenue` the prorated one.
    @Test func odoo13sPlannedRevenueIsTheAmount() throws {
        let r = try Self.read(
            """
            id,name,partner_id,planned_revenue,expected_revenue,probability,stage_id,date_deadline,active
            __export__.crm_lead_10,Cedar Care - Cloud,Cedar Care Partners,120000.0,24000.00,20.0,New,2026-12-06,True

            """)
        #expect(Self.mapping(r)["amount"] == "planned_revenue")
        #expect(r.rows.first?.amount == 120_000)
    }

    /// The Spanish labels (`es.po`): the amount, the close date, the stage and the active flag.
    @Test func aSpanishExportIsReadByItsLabels() throws {
        let r = try Self.read(
            """
            Oportunidad,Cliente,Ingreso esperado,Ingreso Prorrateado,Probabilidad,Etapa,Cierre esperado,Comercial,Moneda,Activo
            Cedar Care - Cloud,Cedar Care Partners,120000.00,24000.00,20.00,Nuevo,2026-12-06,Anna Weber,USD,True
            Maple - Security,Maple Clinics,85000.00,0.00,0.00,Propuesta,2027-01-20,Anna Weber,USD,False

            """)
        let m = Self.mapping(r)
        #expect(m["amount"] == "Ingreso esperado" && m["close_date"] == "Cierre esperado", "\(m)")
        #expect(m["stage"] == "Etapa" && m["is_active"] == "Activo" && m["account"] == "Cliente", "\(m)")
        #expect(r.rows.map(\.amount) == [120_000])
    }
}
