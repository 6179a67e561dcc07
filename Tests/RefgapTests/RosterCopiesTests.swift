import Foundation
import RefgapCore
import RefgapModel
import Testing

/// What a person listed twice keeps of their rows: rosters from trial 44 (a helper acting as a program
/// manager who keeps the roster in a spreadsheet), small versions of the ones that gave wrong answers.
@Suite("A person's rows joined: blank cells, uses per activity, report headers")
struct RosterCopiesTests {
    typealias Sample = SupplyVocabularyTests

    /// Each person twice, an older full row and a newer one with a cell left blank (two sheets appended),
    /// and Hal listed once per activity, each row with the uses of its own activity.
    static let copies = """
        Reference ID,Account Name,Contact Name,Email,Title,Reference Status,Industry,Billing State/Province,Billing Country,Products,Employees,Activities,Last Verified,Last Used,Uses (Last 90 Days),Max Uses per Quarter,Rest Until,Renewal Date
        A1,Zeta Unlisted Co,Al Dims,al@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Reference call,2026-06-01,,0,,,
        A2,Zeta Unlisted Co,Al Dims,al@x.com,VP of IT,Active,,,,Analytics,,Reference call,2026-10-01,,0,,,
        B1,Zeta Unlisted Co,Bea Rest,bea@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Reference call,2026-06-01,,0,,2027-03-20,
        B2,Zeta Unlisted Co,Bea Rest,bea@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Reference call,2026-10-01,,0,,,
        C1,Zeta Unlisted Co,Cal Ren,cal@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Reference call,2026-06-01,,0,,,2026-12-10
        C2,Zeta Unlisted Co,Cal Ren,cal@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Reference call,2026-10-01,,0,,,
        D1,Zeta Unlisted Co,Dee Title,dee@x.com,Chief Information Officer,Active,Healthcare,Ohio,United States,Analytics,500,Reference call,2026-06-01,,0,,,
        D2,Zeta Unlisted Co,Dee Title,dee@x.com,,Active,Healthcare,Ohio,United States,Analytics,500,Reference call,2026-10-01,,0,,,
        E1,Zeta Unlisted Co,Eve Used,eve@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Reference call,2026-06-01,,4,,,
        E2,Zeta Unlisted Co,Eve Used,eve@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Reference call,2026-10-01,,,,,
        F1,Zeta Unlisted Co,Flo Cap,flo@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Reference call,2026-06-01,,0,1,,
        F2,Zeta Unlisted Co,Flo Cap,flo@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Reference call,2026-10-01,,0,,,
        H1,Zeta Unlisted Co,Hal Act,hal@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Reference call,2026-10-01,,1,,,
        H2,Zeta Unlisted Co,Hal Act,hal@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Case study,2026-10-01,,2,,,
        H3,Zeta Unlisted Co,Hal Act,hal@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Speaker,2026-10-01,,1,,,
        I1,Zeta Unlisted Co,Ida Same,ida@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Reference call,2026-10-01,,2,,,
        I2,Zeta Unlisted Co,Ida Same,ida@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Case study,2026-10-01,,2,,,
        J1,Zeta Unlisted Co,Jo Moved,jo@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Reference call,2026-05-01,,3,,,
        J2,Zeta Unlisted Co,Jo Moved,jo@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Case study,2026-11-01,,1,,,
        L1,Zeta Unlisted Co,Lu Apart,lu@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Reference call,2026-09-15,,2,,,
        L2,Zeta Unlisted Co,Lu Apart,lu@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Case study,2026-10-20,,1,,,
        K1,Zeta Unlisted Co,Kim Named,kim@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Reference call,2026-06-01,,0,,,
        K2,Zeta Unlisted Co,,kim@x.com,VP of IT,Active,Healthcare,Ohio,United States,Analytics,500,Reference call,2026-10-01,,0,,,

        """

    @Test func theKeptRowTakesTheBlankCellsOfThePersonsOtherRows() throws {
        let outcome = try runPipeline(try Sample.program(["roster.csv": Self.copies]))
        let contacts = Dictionary(
            outcome.result.allocated.contacts.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(contacts.count == 11)
        let al = try #require(contacts["Al Dims"])
        #expect(al.dimensions[0] == ["Healthcare"] && al.dimensions[3] == ["Mid-Market"], "\(al.dimensions)")
        #expect(contacts["Bea Rest"]?.restUntil == Day(iso: "2027-03-20"))
        #expect(contacts["Cal Ren"]?.renewal == Day(iso: "2026-12-10"))
        #expect(contacts["Dee Title"]?.title == "Chief Information Officer")
        #expect(contacts["Eve Used"]?.usesLast90Days == 4)
        #expect(contacts["Flo Cap"]?.maxUsesPerQuarter == 1)
        // Rows kept per activity, each with its own uses: the person's are their sum; the same number
        // on every row is the person's total.
        #expect(contacts["Hal Act"]?.usesLast90Days == 4)
        #expect(contacts["Hal Act"]?.activities.count == 3)
        #expect(contacts["Ida Same"]?.usesLast90Days == 2)
        // Rows verified on different days are added up too (the reading that asks less), and said; a
        // row verified more than 90 days before the newest counts no uses now.
        #expect(contacts["Lu Apart"]?.usesLast90Days == 3)
        #expect(contacts["Jo Moved"]?.usesLast90Days == 1)
        #expect(contacts["Kim Named"]?.id == "K2")
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        let warning = try #require(ledger.warnings.first { $0.contains("listed more than once") })
        for said in [
            "name (1 contact)", "renewal date (1 contact)", "uses (1 contact)", "segment values (1 contact)",
            "\"Hal Act\" (Zeta Unlisted Co): 1 + 2 + 1 = 4",
            "1 contact is listed once per activity with the same uses on every row",
            "for 2 whose rows were verified the same day", "For 1 of them the rows were verified on different days",
        ] {
            #expect(warning.contains(said), "\(said) in \(warning)")
        }
    }

    /// A Salesforce report of reference program members: object-prefixed headers, activities one a
    /// line inside their cell (Alt+Enter in Excel).
    @Test func aReportsPrefixedHeadersAndListsOneALineAreRead() throws {
        let roster = """
            Reference Program Member: Member Number,Account: Account Name,Contact: Full Name,Contact: Email,Membership Status,Reference Activities,Account: Industry,Last Verified Date,Reference Requests (Last 90 Days),Account: Renewal Date,Product Line,Products
            RPM-1,Lakeshore Health,Nora Weber,nora@lakeshore.example,Active,"Reference call
            Case study",Healthcare,2026-10-01,0,2026-12-20,Platform,Analytics
            RPM-2,Cedar City Services,Dana Park,dana@cedar.example,Active,Reference call,Government,2026-10-01,0,,Platform,Analytics

            """
        let outcome = try runPipeline(try Sample.program(["roster.csv": roster]))
        let contacts = outcome.result.allocated.contacts
        #expect(contacts.map(\.name) == ["Nora Weber", "Dana Park"])
        #expect(contacts.first?.activities == ["Reference call", "Case study"])
        #expect(contacts.first?.renewal == Day(iso: "2026-12-20"))
        // `Products` is the product column, though a broader `Product Line` comes first.
        #expect(contacts.first?.dimensions[2] == ["Analytics"], "\(contacts.first?.dimensions ?? [])")
    }

    /// The same person written last name first, and with the address pasted from a link.
    @Test func aNameLastNameFirstAndAMailtoLinkAreThePerson() throws {
        let roster = """
            Reference ID,Account Name,Contact Name,Email,Reference Status,Activities,Last Verified,Uses (Last 90 Days)
            Q1,Lakeshore Health,Quinn Smith,quinn@lakeshore.example,Active,Reference call,2026-10-01,1
            Q2,Lakeshore Health,"Smith, Quinn",quinn@lakeshore.example,Active,Reference call,2026-09-01,1
            R1,Cedar City Services,Ray Park,ray@cedar.example,Active,Reference call,2026-10-01,0
            R2,Cedar City Services,Ray Park,mailto:Ray@cedar.example,Active,Reference call,2026-09-01,0
            K1,Acme Retail,"Lee, Kim",team@agency.example,Active,Reference call,2026-10-01,0
            K2,Beta Stores,Kim Lee,team@agency.example,Active,Reference call,2026-10-01,0

            """
        let outcome = try runPipeline(try Sample.program(["roster.csv": roster]))
        // (Not a name in another order at another company sharing a mailbox: two people.)
        #expect(outcome.result.allocated.contacts.map(\.id) == ["Q1", "R1", "K1", "K2"])
    }

    /// Another object's column is not the contact's (trial 45: an account's status read as the
    /// contact's, an account owner's name and email as the contact's).
    @Test func anotherObjectsPrefixedColumnIsNotTheContacts() throws {
        let roster = """
            Account: Account Name,Contact Name,Account Owner: Full Name,Account Owner: Email,Membership Status,Account: Status
            Lakeshore Health,Nora Weber,Sam Rep,sam@vendor.example,Inactive,Active
            Cedar City Services,Dana Park,Sam Rep,sam@vendor.example,Active,Active

            """
        let outcome = try runPipeline(try Sample.program(["roster.csv": roster]))
        let contacts = outcome.result.allocated.contacts
        #expect(contacts.map(\.name) == ["Nora Weber", "Dana Park"])
        #expect(contacts.map(\.status) == [.inactive, .active])
        let unread = """
            Account: Account Name,Contact: Full Name,Advocate Stage,Account: Status
            Lakeshore Health,Nora Weber,Approved,Active

            """
        #expect(throws: (any Error).self) { try runPipeline(try Sample.program(["roster.csv": unread])) }
    }

    /// A limit with two separators is no count of uses: rejected with its fix, not read as thousands
    /// (trial 48: ten contacts with a capacity of ~2,665 each).
    @Test func aCountWithTwoSeparatorsIsNoCount() throws {
        let roster = """
            Account Name,Contact Name,Reference Status,Max Uses per Quarter,Uses (Last 90 Days)
            Lakeshore Health,Nora Weber,Active,"2.000,00",0
            Cedar City Services,Dana Park,Active,2,"1,000.00"
            Prairie Medical,Ravi Nguyen,Active,2,0

            """
        let outcome = try runPipeline(try Sample.program(["roster.csv": roster]))
        #expect(outcome.result.allocated.contacts.map(\.name) == ["Ravi Nguyen"])
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        #expect(ledger.rejects.filter { $0.reason.contains("separators for thousands or decimals") }.count == 2)
    }

    /// A Salesforce contact report's first and last names, in columns of their own, are the name.
    @Test func firstAndLastNameColumnsAreTheName() throws {
        let roster = """
            Account Name,First Name,Last Name,Reference Status
            Lakeshore Health,Nora,Weber,Active
            Cedar City Services,,Park,Active

            """
        let outcome = try runPipeline(try Sample.program(["roster.csv": roster]))
        #expect(outcome.result.allocated.contacts.map(\.name) == ["Nora Weber", "Park"])
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        #expect(ledger.notes.contains { $0.hasPrefix("Names are \"First Name\" and \"Last Name\" joined") })
    }

    /// A roster with first names only: two people of one account who share one are taken for one
    /// contact listed twice (the duplicate warning said that, not why): a note says the name is half.
    @Test func aFirstNameAloneIsSaidToBeHalfAName() throws {
        let roster = """
            Account Name,First Name,Title,Reference Status
            Acme Health,John,VP Operations,Active
            Acme Health,John,IT Manager,Active

            """
        let outcome = try runPipeline(try Sample.program(["roster.csv": roster]))
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        #expect(
            ledger.notes.contains(
                "Names are \"First Name\" alone (no column holds the whole name or the last name): two people of one account with the same first name are taken for one contact listed twice unless an email or id tells them apart."
            ), "\(ledger.notes)")
        #expect(outcome.result.allocated.contacts.count == 1)
    }
}
