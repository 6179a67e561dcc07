import Testing

@testable import RefgapIngest
import RefgapModel

/// Rosters as a new user's trial wrote them from reference tools and spreadsheets: a do-not-contact
/// flag beside an `Active` status (Salesforce's Contact `Do Not Call`, a sheet's `DNC`), usage columns
/// named per call or per quarter, an availability date and a contract end. Each was unread, and every
/// contact counted as supply at the default limit: the trials' programs showed no gap where a hand
/// count finds 7 and 10.
@Suite("Roster flags, limits and dates under their tools' names")
struct RosterFlagsAndLimitsTests {
    typealias Sample = SupplyVocabularyTests

    static func read(_ text: String) throws -> Ingested<ContactRow> {
        let path = try tempDir() + "/roster.csv"
        try write(text, to: path)
        return try Ingest.roster(path: path, config: Config())
    }

    @Test func aDoNotContactFlagMakesAnActiveContactInactive() throws {
        let r = try Self.read(
            """
            Account Name,Contact Name,Reference Status,Do Not Call,Activities,Last Verified
            A,Ann,Active,FALSE,Reference call,2026-11-01
            B,Bo,Active,TRUE,Reference call,2026-11-01
            C,Cy,Active,,Reference call,2026-11-01
            D,Di,Active,per Legal,Reference call,2026-11-01
            E,Ed,Active,No,Reference call,2026-11-01

            """)
        #expect(r.ledger.mapping.contains { $0.field == "do_not_contact" && $0.header == "Do Not Call" })
        #expect(r.rows.map(\.status) == [.active, .inactive, .active, .inactive, .active])
        // The excluded list shows why: the status and the flag.
        #expect(r.rows[1].statusLabel == "Active · Do Not Call: TRUE")
        #expect(r.ledger.notes.contains { $0.contains("(2 \"Do Not Call\" set)") }, "\(r.ledger.notes)")
        #expect(r.rows[0].statusLabel == "Active")
    }

    @Test func usageColumnsNamedPerCallOrQuarterAreRead() throws {
        let r = try Self.read(
            """
            Company,Contact,Status,Reference Types,Last Verified,Reference Calls (Last 90 Days),Calls per Quarter,Available From,Contract End
            Lakeshore Health,Dana Whitfield,Active,Reference call,2026-11-03,2,2,,2027-09-30
            Prairie Clinics,Omar Kowalski,Active,Reference call,2026-10-15,0,1,2027-03-01,2027-08-31

            """)
        let mapped = Dictionary(r.ledger.mapping.map { ($0.field, $0.header) }, uniquingKeysWith: { a, _ in a })
        #expect(mapped["uses_last_90_days"] == "Reference Calls (Last 90 Days)")
        #expect(mapped["max_uses_per_quarter"] == "Calls per Quarter")
        #expect(mapped["rest_until"] == "Available From")
        #expect(mapped["renewal_date"] == "Contract End")
        #expect(r.rows.map(\.usesLast90Days) == [2, 0])
        #expect(r.rows.map(\.maxUsesPerQuarter) == [2, 1])
        #expect(r.rows[1].restUntil == Day(iso: "2027-03-01"))
    }

    @Test func anAvailabilityColumnBesideTheStatusIsNamed() throws {
        let r = try Self.read(
            """
            Account Name,Contact Name,Reference Status,Availability,Activities,Last Verified
            A,Ann,Active,1 per quarter,Reference call,2026-11-01
            B,Bo,Active,Max 1/month,Reference call,2026-11-01

            """)
        #expect(
            r.ledger.warnings.contains {
                $0.hasPrefix("Column \"Availability\" looks like the contact's max uses per quarter but is not read")
            }, "\(r.ledger.warnings)")
    }

    @Test func aLimitSaidAsAMaximumIsReadAndAYearsHalfIsSaidAsSuch() {
        #expect(Values.usesPerQuarter("Max 1/month")?.uses == 3)
        #expect(Values.usesPerQuarter("up to 2 per quarter")?.uses == 2)
        #expect(Values.usesPerQuarter("at most 1 a month")?.uses == 3)
        #expect(Values.usesPerQuarter("maximum 8 per year")?.uses == 2)
        #expect(Values.usesPerQuarter("max") == nil)
        let twice = Values.limitProblem("twice a year") ?? ""
        #expect(twice.contains("2 a year is 0.5 a quarter"), "\(twice)")
        #expect(!twice.contains("e.g. 1 per quarter)"))
    }

    /// A sheet with one column per activity, ticked Yes or No (a trial's, under a title line): each
    /// contact does the activities ticked on its row; one with none ticked is no supply.
    @Test func oneColumnPerActivityTickedIsTheContactsActivities() throws {
        let r = try Self.read(
            """
            Account,Contact,Status,Industry,Reference Call,Case Study,Speaker?,Analyst,DNC,Last Verified
            Lakeshore Health,Dana Whitfield,Active,Healthcare,Yes,Yes,No,No,,2026-11-03
            Prairie Clinics,Omar Kowalski,Active,Healthcare,No,Yes,X,No,,2026-10-15
            Harbor Regional Medical,Ravi Ibrahim,Active,Healthcare,Yes,,,No,,2026-09-10
            Summit Care,Ada Moss,Active,Healthcare,No,No,No,No,,2026-09-10

            """)
        #expect(
            r.rows.map(\.activities) == [
                ["Reference Call", "Case Study"], ["Case Study", "Speaker"], ["Reference Call"], [],
            ])
        #expect(r.rows.map(\.status) == [.active, .active, .active, .inactive])
        #expect(r.rows[3].statusLabel == "Active · no activity ticked")
        #expect(r.ledger.notes.contains { $0.hasPrefix("Activities read from one column per activity") })
        // A column ticked nowhere (`Analyst`) is no list of it; the ticked ones are no longer "not used".
        #expect(!r.ledger.unmappedHeaders.contains("Case Study") && r.ledger.unmappedHeaders.contains("Analyst"))
    }

    /// With an activities column, columns named after activities are left as they are.
    @Test func anActivitiesColumnWinsOverTickColumns() throws {
        let r = try Self.read(
            """
            Account,Contact,Status,Activities,Case Study,Last Verified
            Lakeshore Health,Dana Whitfield,Active,Reference call,Yes,2026-11-03

            """)
        #expect(r.rows.map(\.activities) == [["Reference call"]])
    }

    /// A roster kept as one row per person and activity, each with its own status (ReferenceEdge's
    /// `Referenceability Status` per type, a trial's): a declined activity is not the person's, and an
    /// active row stands over an on-hold one verified the same day.
    @Test func aRowPerActivityWithItsOwnStatusGivesOnlyTheActiveActivities() throws {
        let roster = """
            Account Name,Contact Name,Email,Activities,Referenceability Status,Last Verified,Uses (Last 90 Days)
            Lakeshore Health,Dana Whitfield,dana@lakeshore.example,Reference Call,Active,2026-11-03,1
            Lakeshore Health,Dana Whitfield,dana@lakeshore.example,Case Study,Declined,2026-11-03,0
            Prairie Clinics,Omar Kowalski,omar@prairie.example,Reference Call,On Hold,2026-10-15,0
            Prairie Clinics,Omar Kowalski,omar@prairie.example,Case Study,Active,2026-10-15,0

            """
        let outcome = try runPipeline(try Sample.program(["roster.csv": roster]), asOf: "2026-11-24")
        let contacts = outcome.result.allocated.contacts
        #expect(contacts.map(\.name) == ["Dana Whitfield", "Omar Kowalski"])
        #expect(contacts.map(\.status) == [.active, .active])
        #expect(contacts.map { $0.activities.map(Text.fold) } == [["referencecall"], ["casestudy"]])
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        #expect(
            ledger.warnings.contains { $0.contains("not Case Study, whose rows are not active") }, "\(ledger.warnings)")
    }

    /// ReferenceEdge's `Is Referenceable` beside its `Referenceability Status`: unchecked, the contact
    /// is out, whatever its status says.
    @Test func anUncheckedReferenceableBesideTheStatusMakesTheContactInactive() throws {
        let r = try Self.read(
            """
            Account: Account Name,Contact: Full Name,Referenceability Status,Is Referenceable,Attributes
            Lakeshore Health,Dana Whitfield,Active,1,Reference Call
            Redwood Regional Medical,Liam Tanaka,Active,0,Case Study
            Summit Care,Ada Moss,Active,,Case Study

            """)
        #expect(r.rows.map(\.status) == [.active, .inactive, .active])
        #expect(r.rows[1].statusLabel == "Active · Is Referenceable: 0")
        #expect(!r.ledger.unmappedHeaders.contains("Is Referenceable"))
        // Said with how many it took out.
        #expect(
            r.ledger.notes.contains {
                $0.hasPrefix(
                    "1 contact is inactive by a column beside the status, whatever the status says (1 \"Is Referenceable\" unticked)"
                )
            }, "\(r.ledger.notes)")
    }

    /// A last-used date with no count of recent uses: said, since every contact counts as unused.
    @Test func aLastUsedDateWithoutUsesIsSaid() throws {
        let r = try Self.read(
            """
            Account Name,Contact Name,Reference Status,Activities,Last Verified,Last Used
            A,Ann,Active,Reference call,2026-11-01,2026-11-20

            """)
        #expect(
            r.ledger.warnings.contains {
                $0.hasPrefix(
                    "The roster has a last-used date (\"Last Used\") but no column of uses in the last 90 days")
            }, "\(r.ledger.warnings)")
    }

    /// A merged account cell (a trial's sheet) leaves the rows below it blank: rejected saying why.
    @Test func aBlankAccountUnderAMergedCellSaysSo() throws {
        let r = try Self.read(
            """
            Account Name,Contact Name,Reference Status,Activities
            Lakeshore Health,Dana Whitfield,Active,Reference call
            ,Omar Kowalski,Active,Reference call

            """)
        #expect(
            r.ledger.rejects.map(\.reason) == [
                "account is blank (a cell merged over several contacts keeps its account on the first row only: write the account on every row)"
            ])
    }
}
