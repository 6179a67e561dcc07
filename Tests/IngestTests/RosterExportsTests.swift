import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// Rosters as a trial exported them from reference tools and CRMs: a contact export with the CRM
/// record's `Status` beside the program's own, a `Referenceable` checkbox, ReferenceEdge-style column
/// names, and activities written in German and Spanish.
@Suite("Roster exports")
struct RosterExportsTests {
    static func read(_ text: String) throws -> Ingested<ContactRow> {
        try Ingest.roster(path: try tempFile(text, name: "roster.csv"), config: Config())
    }

    static func mapping(_ r: Ingested<ContactRow>) -> [String: String] {
        Dictionary(r.ledger.mapping.map { ($0.field, $0.header) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func theProgramsStatusIsReadBeforeTheRecordsStatus() throws {
        let r = try Self.read(
            """
            Contact Name,Account Name,Status,Reference Program Status,Activities,Last Verified
            Person 01,Company 01,Active,Active,Reference call,2026-10-01
            Person 02,Company 02,Active,Inactive,Reference call,2026-10-01

            """)
        #expect(Self.mapping(r)["status"] == "Reference Program Status")
        #expect(r.rows.map(\.status) == [.active, .inactive])
    }

    @Test func aReferenceableCheckboxIsAStatus() throws {
        let r = try Self.read(
            """
            Contact Name,Account Name,Referenceable,Activities
            A,Company 01,TRUE,Reference call
            B,Company 02,false,Reference call
            C,Company 03,X,Reference call
            D,Company 04,No,Reference call

            """)
        #expect(r.rows.map(\.status) == [.active, .inactive, .active, .inactive])
        #expect(r.ledger.rowsRejected == 0)
    }

    @Test func referenceEdgeStyleColumnsAreRead() throws {
        let r = try Self.read(
            """
            Reference Account,Reference Contact,Referenceability Status,Reference Types,Referenceability Last Updated,Reference Use Count (Last 90 Days)
            Acme Health,Ana Ortiz,Active,Reference Call,2026-10-01,1

            """)
        let m = Self.mapping(r)
        #expect(m["last_verified"] == "Referenceability Last Updated", "\(m)")
        #expect(m["uses_last_90_days"] == "Reference Use Count (Last 90 Days)", "\(m)")
        #expect(r.rows.first?.usesLast90Days == 1)
    }

    @Test(arguments: [
        ("Referenzgespräch", "Reference call"), ("Fallstudie", "Case study"), ("Pressezitat", "Press quote"),
        ("Vortrag", "Speaker"), ("Llamada de referencia", "Reference call"), ("Caso de éxito", "Case study"),
        ("Étude de cas", "Case study"), ("Ref Call", "Reference call"), ("PR", "Press quote"),
    ])
    func activitiesInOtherLanguagesAreKnown(_ written: String, _ activity: String) {
        #expect(ActivityTable.activity(folded: Text.fold(written)) == activity, "\(written)")
    }
}

extension RosterExportsTests {
    /// A status read as active by its words is a warning unless every word says active.
    @Test func aStatusThatMayNotMeanActiveNowIsWarned() throws {
        let r = try Self.read(
            """
            Contact Name,Account Name,Reference Status,Activities
            A,Company 01,Previously referenceable,Reference call
            B,Company 02,Active - Verified,Reference call

            """)
        #expect(r.rows.map(\.status) == [.active, .active])
        #expect(
            r.ledger.warnings.contains {
                $0.contains("\"Previously referenceable\"") && $0.contains("counted as supply")
            })
        #expect(r.ledger.notes.contains { $0.contains("\"Active - Verified\"") })
        #expect(!r.ledger.warnings.contains { $0.contains("\"Active - Verified\"") })
    }
}

extension RosterExportsTests {
    /// A limit column named per year gives its plain numbers per year: 8 a year is 2 a quarter.
    @Test func aLimitColumnPerYearIsReadPerYear() throws {
        var config = Config()
        config.columns["roster"] = ["max_uses_per_quarter": "Max Uses per Year"]
        let r = try Ingest.roster(
            path: try tempFile(
                """
                Contact Name,Account Name,Reference Status,Activities,Max Uses per Year
                A,Company 01,Active,Reference call,8
                B,Company 02,Active,Reference call,12
                C,Company 03,Active,Reference call,3

                """, name: "roster.csv"), config: config)
        #expect(r.rows.map(\.maxUsesPerQuarter) == [2, 3])
        #expect(r.ledger.notes.contains { $0.contains("8 per year") }, "\(r.ledger.notes)")
        #expect(r.ledger.rejects.first?.reason.contains("\"3\"") == true, "\(r.ledger.rejects.map(\.reason))")
    }
}
