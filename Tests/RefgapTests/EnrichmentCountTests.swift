import Foundation
import RefgapCore
import Testing

/// Blank deal dimensions filled from the accounts export, as the report counts them: the Maven CRM
/// sample's 4,238 closed deals read "4,238 deals' industry filled" while not one of them was used.
@Suite("Enrichment counts")
struct EnrichmentCountTests {
    /// One account, three deals with a blank industry: won, open in the first window, overdue.
    static func program(openDeal: Bool) throws -> String {
        try sampleProgram(
            opportunities: """
                Opportunity ID,Account Name,Stage,Close Date,Amount,Industry,Product Family
                O1,Acme,Closed Won,2026-11-10,7000,,Analytics
                O2,Acme,\(openDeal ? "Prospecting" : "Closed Lost"),2026-12-20,1250,,Analytics
                O3,Acme,Prospecting,2026-11-20,3000,,Analytics

                """, accounts: "Account Name,Industry\nAcme,Healthcare\n")
    }

    @Test func onlyOpenDealsInTheWindowsCountAsUsed() throws {
        let report = file(try runPipeline(try Self.program(openDeal: true), asOf: "2026-12-01"), "gap-report.md")
        #expect(
            report.contains(
                "industry for 1 open deal in the windows (USD 1,250 of pipeline) and 2 closed or outside the windows."),
            "\(report)")
        #expect(
            report.contains(
                "3 deals had blank dimensions filled from the accounts export: 1 of them open in the windows (USD 1,250 of pipeline)."
            ))
    }

    @Test func closedDealsAloneAreSaidUnused() throws {
        let report = file(try runPipeline(try Self.program(openDeal: false), asOf: "2026-12-01"), "gap-report.md")
        #expect(report.contains("industry for 3 deals, none of them open in the windows (unused)."), "\(report)")
        #expect(
            report.contains(
                "3 deals had blank dimensions filled from the accounts export: none of them open in the windows, so no number here rests on it."
            ))
    }
}
