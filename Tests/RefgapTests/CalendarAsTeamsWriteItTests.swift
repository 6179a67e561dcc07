import Foundation
import RefgapCore
import RefgapModel
import Testing

/// Rows from trial 46's calendars (a helper acting as a program manager whose stakeholder teams share
/// one sheet), each of which gave a wrong number with exit 0.
@Suite("A shared calendar as teams write it")
struct CalendarAsTeamsWriteItTests {
    typealias Sample = SupplyVocabularyTests
    static let header = [
        "Team", "Need", "Activity", "Due Date", "References Needed", "Industry", "Region", "Product", "Company Size",
        "Minimum Seniority",
    ]

    func run(_ rows: [[String]]) throws -> (needs: [String: Need], ledger: InputLedger, demand: Double) {
        let outcome = try runPipeline(try Sample.program(["calendar.csv": Sample.csv([Self.header] + rows)]))
        let needs = Dictionary(
            outcome.result.segmented.buckets.compactMap(\.need).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let ledger = try #require(outcome.ledgers.first { $0.kind == .calendar })
        return (needs, ledger, outcome.result.prioritized.totals.demand)
    }

    @Test func aCountWithASpreadsheetsDecimalsIsTheWholeNumberSaid() throws {
        let (needs, ledger, _) = try run([
            ["Digital", "Capterra review drive", "Peer review", "2027-01-12", "3.000", "", "", "", "", ""],
            ["PR", "Launch quotes", "Press quote", "2027-01-12", "1,000", "", "", "", "", ""],
            ["PR", "Half a quote", "Press quote", "2027-01-12", "1.500", "", "", "", "", ""],
            ["PR", "A million quotes", "Press quote", "2027-01-12", "1.000.000", "", "", "", "", ""],
        ])
        #expect(needs["Capterra review drive"]?.count == 3)
        #expect(needs["Launch quotes"]?.count == 1)
        #expect(needs["Half a quote"] == nil && needs["A million quotes"] == nil)
        #expect(ledger.warnings.contains { $0.hasPrefix("2 reference counts have a separator before three zeros") })
    }

    @Test func aDottedDateSettlesNotTheSlashedOnes() throws {
        let (needs, ledger, _) = try run([
            ["PR", "Analyst day press quotes", "Press quote", "1/11/2027", "3", "", "", "", "", ""],
            ["Social", "Customer video series", "Video", "1/5/2027", "3", "", "", "", "", ""],
            ["Field Marketing EMEA", "DACH customer roundtable", "Speaker", "15.01.2027", "2", "", "EMEA", "", "", ""],
        ])
        #expect(needs["Analyst day press quotes"]?.due == Day(iso: "2027-01-11"))
        #expect(needs["Customer video series"]?.due == Day(iso: "2027-01-05"))
        #expect(needs["DACH customer roundtable"]?.due == Day(iso: "2027-01-15"))
        // The slashed dates still read either way: said, with the setting.
        #expect(ledger.warnings.contains { $0.contains("date_order") })
    }

    @Test func aCriterionThatExcludesAValueIsNoNeedForIt() throws {
        let (needs, ledger, _) = try run([
            ["Demand Gen", "Non-healthcare webinar", "Webinar", "2027-01-15", "2", "not healthcare", "", "", "", ""],
            ["Demand Gen", "Outside EMEA", "Webinar", "2027-01-15", "2", "", "Any except EMEA", "", "", ""],
            ["Demand Gen", "Nonprofit webinar", "Webinar", "2027-01-15", "2", "Non-profit", "", "", "", ""],
            ["Demand Gen", "Insurers webinar", "Webinar", "2027-01-15", "2", "Non-life Insurance", "", "", "", ""],
            ["Demand Gen", "Lenders webinar", "Webinar", "2027-01-15", "2", "Non-Banking", "", "", "", ""],
            ["Demand Gen", "No US", "Webinar", "2027-01-15", "2", "", "Non-US", "", "", ""],
            ["Demand Gen", "Two theatres", "Webinar", "2027-01-15", "2", "", "AMER + EMEA", "", "", ""],
        ])
        #expect(needs["Non-healthcare webinar"] == nil && needs["Outside EMEA"] == nil)
        #expect(needs["Two theatres"] == nil)
        #expect(
            needs["Nonprofit webinar"] != nil && needs["Insurers webinar"] != nil && needs["Lenders webinar"] != nil)
        #expect(needs["No US"] == nil)
        #expect(ledger.rejects.contains { $0.reason.contains("\"not healthcare\" excludes a value") })
    }

    @Test func headersSeniorityAndTheSameNeedTwice() throws {
        var header = Self.header
        header[7] = "Product Line"
        let rows = [
            [
                "PR", "Cloud Platform launch press release", "Press quote", "2027-01-03", "3", "", "", "Cloud Platform",
                "", "N/A",
            ],
            [
                "Product Marketing", "Cloud Platform launch press release", "Press quote", "2027-01-03", "3", "", "",
                "Cloud Platform", "", "N/A",
            ],
        ]
        let outcome = try runPipeline(try Sample.program(["calendar.csv": Sample.csv([header] + rows)]))
        let needs = outcome.result.segmented.buckets.compactMap(\.need)
        #expect(needs.count == 2)
        #expect(needs.allSatisfy { $0.criteria[2] == "Cloud Platform" && $0.minSeniority == nil })
        let ledger = try #require(outcome.ledgers.first { $0.kind == .calendar })
        #expect(ledger.warnings.contains { $0.hasPrefix("1 need is on more than one row with the same name") })
    }

    /// An Excel day number with a time (`46410.5`) is named as one; in a column mixing both orders, the
    /// dates that read either way are counted in the note.
    @Test func anExcelDayNumberIsNamedAndMixedOrdersAreCounted() throws {
        let (_, ledger, _) = try run([
            ["PR", "Serial", "Press quote", "46410.5", "1", "", "", "", "", ""],
            ["PR", "US only", "Press quote", "01/13/2027", "1", "", "", "", "", ""],
            ["PR", "US again", "Press quote", "01/14/2027", "1", "", "", "", "", ""],
            ["PR", "EMEA only", "Press quote", "13/01/2027", "1", "", "", "", "", ""],
            ["PR", "Either", "Press quote", "02/01/2027", "1", "", "", "", "", ""],
        ])
        #expect(
            ledger.rejects.contains {
                $0.reason.contains("\"46410.5\" is not a date but a number as Excel counts days (46410 is 2027-01-23)")
            }, "\(ledger.rejects.map(\.reason))")
        #expect(
            ledger.notes.contains { $0.contains("1 value that read either way was read month-first too") },
            "\(ledger.notes)")
    }

    /// A sum under the counts without a label, a done need dated TBD and a team written once over a
    /// block (a merged cell): set aside, set aside, and said.
    @Test func layoutLeftoversAreNotLostNeeds() throws {
        var header = Self.header
        header.append("Status")
        let rows = [
            ["PR", "Launch quotes", "Press quote", "2027-01-12", "2", "", "", "", "", "", "Open"],
            ["", "Launch video", "Video", "2027-01-20", "1", "", "", "", "", "", "Open"],
            ["PR", "Old ask", "Press quote", "TBD", "2", "", "", "", "", "", "Done"],
            ["PR", "Skipped ask", "Press quote", "2027-01-12", "2", "", "", "", "", "", "Won't do"],
            ["", "", "", "", "3", "", "", "", "", "", ""],
        ]
        let outcome = try runPipeline(try Sample.program(["calendar.csv": Sample.csv([header] + rows)]))
        let ledger = try #require(outcome.ledgers.first { $0.kind == .calendar })
        #expect(ledger.rowsRejected == 0, "\(ledger.rejects.map(\.reason))")
        #expect(ledger.setAside.contains { $0.reason.hasPrefix("subtotal or total row") })
        #expect(ledger.setAside.first { $0.reason == "need marked cancelled or done (status column)" }?.rows == 2)
        #expect(ledger.notes.contains { $0.hasPrefix("1 need has no team (line 3)") }, "\(ledger.notes)")
    }

    /// A minimum naming two levels asks for the lower; one it excludes is left out.
    @Test func aMinimumOfTwoLevelsIsTheLower() throws {
        let (needs, _, _) = try run([
            ["Events", "Exec panel", "Speaker", "2027-01-12", "1", "", "", "", "", "VP/Director"],
            ["Events", "Director panel", "Speaker", "2027-01-12", "1", "", "", "", "", "Director (not VP)"],
            ["Events", "VP panel", "Speaker", "2027-01-12", "1", "", "", "", "", "VP and up"],
        ])
        #expect(needs["Exec panel"]?.minSeniority == .director)
        #expect(needs["Director panel"]?.minSeniority == .director)
        #expect(needs["VP panel"]?.minSeniority == .vp)
    }
}
