import Foundation
import RefgapCore
import RefgapModel
import Testing

/// A roster kept in a spreadsheet, as a helper's new-user trial wrote it from SampleData: the same
/// contacts pasted twice, listed again under a new id with the email in capitals, and last verified
/// dates that are not dates. Each contact must count once, and none be lost for one cell.
@Suite("Roster rows as spreadsheets keep them: twice, unreadable, nameless")
struct RosterDuplicateTests {
    typealias Sample = SupplyVocabularyTests
    /// Contacts the trial repeated: busy, eligible ones (their copies changed the totals).
    static let repeated: Set<String> = ["REF-0032", "REF-0048", "REF-0049", "REF-0099", "REF-0296"]

    /// SampleData's roster with an Email column (name@account.com, as the trial made it).
    static func rosterWithEmails() throws -> [[String]] {
        var rows = try Sample.rows("roster.csv")
        rows[0].append("Email")
        for i in rows.indices.dropFirst() {
            let name = rows[i][2].lowercased().replacingOccurrences(of: " ", with: ".")
            let account = rows[i][1].lowercased().filter { $0.isLetter }
            rows[i].append("\(name)@\(account).com")
        }
        return rows
    }

    func covered(_ outcome: RunOutcome) -> Double { outcome.result.prioritized.totals.covered }

    @Test func aContactListedTwiceCountsOnce() throws {
        let base = try runPipeline(try Sample.program([:]))
        let rows = try Self.rosterWithEmails()
        let copies = rows.filter { Self.repeated.contains($0[0]) }
        // Pasted again as they are, and again under a new id with the email in capitals.
        let renamed = copies.map { r -> [String] in
            var c = r
            c[0] += "-B"
            c[c.count - 1] = c[c.count - 1].uppercased()
            return c
        }
        let roster = Sample.csv(rows + copies + renamed)
        let outcome = try runPipeline(try Sample.program(["roster.csv": roster]))
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        #expect(ledger.setAside.first { $0.reason.hasPrefix("identical") }?.rows == 5)
        #expect(ledger.setAside.first { $0.reason.hasPrefix("the same contact") }?.rows == 5)
        #expect(ledger.rowsRead == ledger.rowsUsed + ledger.rowsRejected + ledger.rowsSetAside)
        #expect(ledger.warnings.contains { $0.hasPrefix("5 contacts are listed more than once") })
        #expect(abs(covered(outcome) - covered(base)) < 1e-9)
        // Told to keep them, each row is its own contact again, and the warning says what that does.
        let kept = try runPipeline(try Sample.program(["roster.csv": roster]), sets: ["roster_duplicates=keep"])
        #expect(covered(kept) > covered(base))
        let keptLedger = try #require(kept.ledgers.first { $0.kind == .roster })
        #expect(keptLedger.notes.contains { $0.contains("`roster_duplicates: keep` counts each row") })
    }

    @Test func theSameNameAtTheSameAccountIsOnePersonOnlyWithTheSameEmail() throws {
        // Without an email column: a second row typed by hand, a new id and the name in capitals.
        let plain = try Sample.rows("roster.csv")
        var again = try #require(plain.first { $0[0] == "REF-0296" })
        again[0] = "REF-0900"
        again[2] = again[2].uppercased()
        let retyped = try runPipeline(try Sample.program(["roster.csv": Sample.csv(plain + [again])]))
        let retypedLedger = try #require(retyped.ledgers.first { $0.kind == .roster })
        #expect(retypedLedger.setAside.first { $0.reason.hasPrefix("the same contact") }?.rows == 1)
        #expect(retypedLedger.warnings.contains { $0.contains("same name and account") })

        // With emails: a namesake with an email of their own, and a row with none, are other people
        // (a chain through the row with none joined two namesakes with different emails).
        let rows = try Self.rosterWithEmails()
        let dana = try #require(rows.first { $0[0] == "REF-0296" })
        var noEmail = dana
        noEmail[0] = "REF-0900"
        noEmail[noEmail.count - 1] = "n/a"
        var namesake = dana
        namesake[0] = "REF-0901"
        namesake[namesake.count - 1] = "dana.whitfield2@lakeshore.example"
        let outcome = try runPipeline(try Sample.program(["roster.csv": Sample.csv(rows + [noEmail, namesake])]))
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        #expect(!ledger.setAside.contains { $0.reason.hasPrefix("the same contact") }, "\(ledger.setAside)")
        #expect(outcome.result.allocated.contacts.count == rows.count - 1 + 2)
        #expect(ledger.notes.contains { $0.hasPrefix("1 name appears more than once at the same account") })
    }

    /// Ids restarting at 1 halfway (two lists pasted together) and placeholder emails are not people.
    @Test func restartedIdsAndPlaceholderEmailsJoinNobody() throws {
        var rows = try Self.rosterWithEmails()
        let half = rows.count / 2
        for i in rows.indices.dropFirst() {
            rows[i][0] = "R\(i < half ? i : i - half + 1)"
            if i % 7 == 0 { rows[i][rows[i].count - 1] = "n/a" }
        }
        let base = try runPipeline(try Sample.program([:]))
        let outcome = try runPipeline(try Sample.program(["roster.csv": Sample.csv(rows)]))
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        #expect(!ledger.setAside.contains { $0.reason.hasPrefix("the same contact") }, "\(ledger.warnings)")
        #expect(abs(covered(outcome) - covered(base)) < 1e-9)
    }

    @Test func anActiveContactWithNoNameIsSaid() throws {
        var rows = try Sample.rows("roster.csv")
        let name = try #require(rows[0].firstIndex(of: "Contact Name"))
        for i in [3, 7] { rows[i][name] = "" }
        let outcome = try runPipeline(try Sample.program(["roster.csv": Sample.csv(rows)]))
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        #expect(ledger.warnings.contains { $0.hasPrefix("2 active contacts have no name (lines 4, 8)") })
    }

    @Test func aVerifiedDateAfterTheAsOfDateIsSaid() throws {
        var rows = try Sample.rows("roster.csv")
        let column = try #require(rows[0].firstIndex(of: "Last Verified"))
        rows[5][column] = "2062-02-25"
        let outcome = try runPipeline(try Sample.program(["roster.csv": Sample.csv(rows)]))
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        let warning = try #require(ledger.warnings.first { $0.contains("after the as-of date 2026-11-24") })
        #expect(warning.contains("(line 6, 2062-02-25)"), "\(warning)")
    }

    @Test func anUnreadableVerifiedDateKeepsTheContactToReverify() throws {
        var rows = try Sample.rows("roster.csv")
        let column = try #require(rows[0].firstIndex(of: "Last Verified"))
        let written = ["REF-0002": "last spring", "REF-0032": "Q3", "REF-0036": "n/a", "REF-0043": "TBD"]
        for i in rows.indices where written[rows[i][0]] != nil { rows[i][column] = written[rows[i][0]] ?? "" }
        let outcome = try runPipeline(try Sample.program(["roster.csv": Sample.csv(rows)]))
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        #expect(ledger.rowsRejected == 0, "\(ledger.rejects.map(\.reason))")
        let warning = try #require(
            ledger.warnings.first { $0.hasPrefix("4 contacts' last verified dates are not a date") })
        #expect(warning.contains("\"Q3\" ("), "names the contact and line: \(warning)")
        let allocated = outcome.result.allocated
        let entries = allocated.supply.filter { written[allocated.contacts[$0.contact].id] != nil }
        #expect(entries.count == 4)
        #expect(entries.allSatisfy { $0.exclusions.contains(.stale(lastVerified: nil)) })
    }

    /// A second trial's day-first verified dates in a column read month-first were "not a date", and
    /// the column's note said those rows were rejected though they were kept, unverified.
    @Test func aVerifiedDateTheOtherWayRoundSaysWhatItWouldBe() throws {
        var rows = try Sample.rows("roster.csv")
        let column = try #require(rows[0].firstIndex(of: "Last Verified"))
        rows[1][column] = "10/15/2026"
        rows[2][column] = "15/10/2026"
        let outcome = try runPipeline(try Sample.program(["roster.csv": Sample.csv(rows)]))
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        #expect(ledger.rowsRejected == 0)
        let warning = try #require(ledger.warnings.first { $0.contains("last verified date is not a date") })
        #expect(warning.contains("\"15/10/2026\" ("), "\(warning)")
        #expect(warning.contains("line 3, day first 2026-10-15)"), "\(warning)")
        #expect(
            ledger.notes.contains {
                $0.contains("only the other way: those contacts are kept as not verified, to re-verify).")
            }, "\(ledger.notes)")
    }

    /// Two shapes of a second trial's rosters (trial 36). One row per activity and product for one
    /// person: joined as one contact, the row verified last kept, its other rows' Case study and
    /// Security were dropped and a need for them showed a gap. One mailbox written for three
    /// customers at three companies: joined as one, two of them vanished with their capacity.
    static let header =
        "Account Name,Contact Name,Email,Title,Status,Industry,State,Country,Employees,Products,Activities,Last Verified,Uses (Last 90 Days),Max Uses per Quarter\n"

    @Test func onePersonsRowsPerActivityAreOneContactDoingAll() throws {
        let roster =
            Self.header
            + "Vandelay,Fay Gold,fay@vandelay.com,VP Sales,Active,Healthcare,Ohio,United States,500,Analytics,Reference call,2026-11-01,0,4\n"
            + "Vandelay,Fay Gold,fay@vandelay.com,VP Sales,Active,Healthcare,Ohio,United States,500,Security,Case study,2026-09-01,0,4\n"
        let calendar = """
            Team,Need,Activity,Due Date,References Needed,Industry,Region,Product,Company Size,Minimum Seniority
            PR,Healthcare security case study,Case study,2027-01-15,1,Healthcare,,Security,,

            """
        let outcome = try runPipeline(
            try Sample.program(["roster.csv": roster, "calendar.csv": calendar]), asOf: "2026-12-01")
        let contacts = outcome.result.allocated.contacts
        #expect(contacts.count == 1)
        #expect(contacts.first?.activities == ["Reference call", "Case study"])
        let need = try #require(outcome.result.prioritized.gaps.first { $0.bucket.kind == .need })
        #expect(need.covered == 1)
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        #expect(
            ledger.warnings.contains {
                $0.contains(
                    "with the activities and products of all its rows (\"Fay Gold\" (Vandelay) gains Case study, Security from its other rows)"
                )
            }, "\(ledger.warnings)")
    }

    @Test func oneMailboxForCustomersWithOtherNamesIsNoOnePerson() throws {
        let roster =
            Self.header
            + "Acme,Ana Lopez,references@ourco.com,VP,Active,Healthcare,Ohio,United States,500,Analytics,Reference call,2026-11-01,0,4\n"
            + "Globex,Ben Ode,references@ourco.com,VP,Active,Healthcare,Ohio,United States,500,Analytics,Reference call,2026-11-02,0,4\n"
            + "Initech,Cara Diaz,REFERENCES@ourco.com,VP,Active,Healthcare,Ohio,United States,500,Analytics,Reference call,2026-11-03,0,4\n"
            + "Initech,Cara Diaz,References@OurCo.com,VP,Active,Healthcare,Ohio,United States,500,Analytics,Reference call,2026-11-03,0,4\n"
        let outcome = try runPipeline(try Sample.program(["roster.csv": roster]), asOf: "2026-12-01")
        #expect(outcome.result.allocated.contacts.map(\.name) == ["Ana Lopez", "Ben Ode", "Cara Diaz"])
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        #expect(
            ledger.notes.contains {
                $0.hasPrefix("1 email is written for contacts with different names, counted as different people")
            }, "\(ledger.notes)")
        // Cara Diaz's two rows are still one person (the same email and name).
        #expect(ledger.rowsSetAside == 1)
    }

    /// Trial 44's roster merged from a US office's sheet and a German one, with a cell Excel left as a
    /// number: dotted dates are day-first though the column reads month-first; the number is named.
    @Test func datesFromTwoOfficesAndAnExcelDayNumber() throws {
        var rows = try Sample.rows("roster.csv")
        let column = try #require(rows[0].firstIndex(of: "Last Verified"))
        let written = ["10/01/2026", "10/13/2026", "11/02/2026", "02.11.2026", "09.01.2026", "13.10.2026", "46296"]
        for (i, date) in written.enumerated() { rows[i + 1][column] = date }
        let outcome = try runPipeline(try Sample.program(["roster.csv": Sample.csv(rows)]))
        let verified = Dictionary(
            outcome.result.allocated.contacts.map { ($0.id, $0.lastVerified) }, uniquingKeysWith: { a, _ in a })
        #expect(verified[rows[4][0]] == Day(iso: "2026-11-02"))
        #expect(verified[rows[5][0]] == Day(iso: "2026-01-09"))
        #expect(verified[rows[6][0]] == Day(iso: "2026-10-13"))
        #expect(verified[rows[2][0]] == Day(iso: "2026-10-13"))
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        #expect(
            ledger.notes.contains { $0.hasPrefix("3 dates in \"Last Verified\" written with dots") }, "\(ledger.notes)")
        #expect(ledger.warnings.contains { $0.contains("It is a number as Excel counts days (46296 is 2026-10-01)") })
    }
}
