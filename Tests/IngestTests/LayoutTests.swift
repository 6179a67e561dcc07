import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// Spreadsheet and report layouts: `sep=` lines, lines above the header, subtotal/total/empty rows,
/// Excel serial dates, and column suggestions by value.
@Suite("Spreadsheet layouts")
struct LayoutTests {
    static let header = "Opportunity ID;Opportunity Name;Account Name;Stage;Close Date;Amount;Industry\r\n"
    static let deals =
        "1;A;Acme;Prospecting;12/01/2026;1000;Retail\r\n2;B;Beta;Closed Won;12/02/2026;2000;Retail\r\n3;C;Core;Prospecting;TBD;3000;Retail\r\n"

    @Test(arguments: [
        ("sep=;\r\n", ";"), ("sep=,\n", ","), ("sep=\t\n", "tab"), ("\"sep=|\"\n", "|"), ("SEP=;\r\n", ";"),
    ])
    func aSepFirstLineSetsTheDelimiterAndIsSkipped(line: String, delimiter: String) throws {
        let cells = (Self.header + Self.deals).replacingOccurrences(
            of: ";", with: delimiter == "tab" ? "\t" : delimiter)
        let r = try Ingest.opportunities(path: try tempFile(line + cells), config: Config())
        #expect(r.rows.map(\.account) == ["Acme", "Beta"])
        #expect(r.ledger.delimiter == delimiter)
        #expect(r.ledger.rowsRead == 3)
        // Line numbers are the file's: the sep line is line 1, the header line 2.
        #expect(r.ledger.rejects.map(\.line) == [5])
        #expect(r.rows.map(\.line) == [3, 4])
        #expect(r.ledger.notes.contains { $0.contains("names the delimiter") })
        checkLedger(r.ledger)
    }

    @Test func aSepLineWithSemicolonsInAFileOfCommas() throws {
        // The declared delimiter wins over counting the first line.
        let text =
            "sep=,\nOpportunity Name,Account Name,Stage,Close Date,Amount\n\"A;1\",Acme;Inc,Prospecting,12/01/2026,1000\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.rows.map(\.account) == ["Acme;Inc"])
    }

    static let preamble =
        "\"Open Pipeline\"\r\n\"Acme Software\"\r\n\r\n\"Filtered By:\"\r\n\"   Stage not equal to Closed Lost\"\r\n\r\n"

    @Test func titleAndFilterLinesAboveTheHeaderAreSkippedAndNoted() throws {
        let text = Self.preamble + (Self.header + Self.deals).replacingOccurrences(of: ";", with: ",")
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.rows.map(\.account) == ["Acme", "Beta"])
        #expect(r.ledger.header.first == "Opportunity ID")
        #expect(r.ledger.rowsRead == 3)
        #expect(r.ledger.rejects.map(\.line) == [10])
        #expect(
            r.ledger.notes.contains(
                "6 lines above the header (a report title, filters or blank lines) skipped: the header is line 7."))
        checkLedger(r.ledger)
    }

    @Test func linesAboveTheHeaderKeepThePartsRight() throws {
        let path = try tempFile(Self.preamble + StreamTests.export(rows: 3000))
        func read(_ cores: Int) throws -> ([OpportunityRow], InputLedger, Int) {
            let stream = try OpportunityStream(path: path, config: Config(), cores: cores, minimumPartBytes: 0)
            let boxes = (0..<stream.partCount).map { _ in CollectedRows() }
            let ledger = try stream.read(restart: { for box in boxes { box.rows = [] } }) { part, row in
                boxes[part].rows.append(row)
            }
            return (boxes.flatMap(\.rows), ledger, stream.partCount)
        }
        let plain = try Ingest.opportunities(path: try tempFile(StreamTests.export(rows: 3000)), config: Config())
        let (rows, ledger, parts) = try read(1)
        #expect(parts == 1)
        #expect(rows.count == plain.rows.count)
        #expect(ledger.rowsRead == plain.ledger.rowsRead)
        #expect(ledger.rejects.map(\.line) == plain.ledger.rejects.map { $0.line + 6 })
        for cores in [2, 4] {
            let (r, l, p) = try read(cores)
            #expect(p == cores)
            #expect(r == rows, "\(cores) parts")
            #expect(l == ledger, "\(cores) parts")
        }
    }

    @Test func subtotalTotalAndEmptyRowsAreSetAsideNotRejected() throws {
        let text =
            "Opportunity ID,Opportunity Name,Account Name,Stage,Close Date,Amount,Industry\n"
            + "1,A,Acme,Prospecting,12/01/2026,1000,Retail\n,,,,,,\n"
            + "Subtotal,,,,,1000,\n" + "2,B,Beta,Prospecting,12/02/2026,2000,Retail\n"
            + ",Beta Total,,,,2000,\n" + "Total Wine & More,,,,,,\n" + "Grand Totals (2 records),,,,,3000,\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.rows.map(\.account) == ["Acme", "Beta"])
        #expect(r.ledger.rowsRead == 7)
        #expect(r.ledger.setAside.first { $0.reason == RowLayout.subtotalReason }?.rows == 3)
        #expect(r.ledger.setAside.first { $0.reason == RowLayout.emptyReason }?.rows == 1)
        // A row that only starts like a total is still a row, rejected for what it lacks.
        #expect(r.ledger.rejects.map(\.line) == [7])
        checkLedger(r.ledger)
    }

    @Test func aCalendarsSpacerAndTotalRowsAreSetAside() throws {
        let text =
            "Team;Need;Activity;Due Date;References Needed\nPR;Launch;Press quote;2026-12-20;2\n;;;;\n;;;;\nEvents;Summit;Speaker;2027-01-20;1\nTotal;;;;3\n"
        let r = try Ingest.calendar(path: try tempFile(text, name: "calendar.csv"), config: Config())
        #expect(r.rows.map(\.name) == ["Launch", "Summit"])
        #expect(r.ledger.rowsRejected == 0)
        #expect(r.ledger.setAside.map(\.rows) == [1, 2])
        checkLedger(r.ledger)
    }

    /// A need asking for no reference is set aside under a reason that reads after its count (a trial
    /// saw "2 calendar need asking for 0 references").
    @Test func needsAskingForNoReferenceAreSetAsideInWordsThatReadWithTheirCount() throws {
        let text =
            "Team,Need,Activity,Due Date,References Needed\nPR,Launch,Press quote,2026-12-20,0\nPR,Recap,Press quote,2026-12-21,0\nEvents,Summit,Speaker,2027-01-20,1\n"
        let r = try Ingest.calendar(path: try tempFile(text, name: "calendar.csv"), config: Config())
        #expect(r.rows.map(\.name) == ["Summit"])
        #expect(r.ledger.setAside.map { "\($0.rows) \($0.reason)" } == ["2 with 0 references asked"])
        checkLedger(r.ledger)
    }

    /// A negative count is a whole number, not a count: said so (a trial read "count "-1" is not a
    /// whole number of references").
    @Test func aNegativeCountIsSaidToBeNegative() throws {
        let text =
            "Team,Need,Activity,Due Date,References Needed\nPR,Launch,Press quote,2026-12-20,-1\nPR,Recap,Press quote,2026-12-21,abc\n"
        let r = try Ingest.calendar(path: try tempFile(text, name: "calendar.csv"), config: Config())
        #expect(
            r.ledger.rejects.map(\.reason) == [
                "count \"-1\" is negative (expected 0 or more references)",
                "count \"abc\" is not a whole number of references",
            ])
    }

    @Test func aRosterWithATitleLine() throws {
        let text = "Reference program,,\n,,\nAccount Name,Contact Name,Reference Status\nAcme,Ann,Active\n"
        let r = try Ingest.roster(path: try tempFile(text, name: "roster.csv"), config: Config())
        #expect(r.rows.map(\.name) == ["Ann"])
        #expect(r.rows.first?.line == 4)
        #expect(r.ledger.notes.contains { $0.hasPrefix("2 lines above the header") })
    }

    @Test(arguments: [
        ("Subtotal", true), ("Total", true), ("Grand Totals (12 records)", true), ("Count: 4", true),
        ("Acme Corp Total", true),
        ("Acme Count", true), ("Total: Acme", true), ("Zwischensumme", true), ("Sous-total", true), ("Sum", true),
        ("Total Wine & More", false), ("Totalizer Inc", false), ("Acme", false), ("Summit Health", false),
    ])
    func totalLabels(label: String, isTotal: Bool) {
        #expect(RowLayout.isTotalLabel(label) == isTotal)
    }

    @Test func excelSerialDates() {
        #expect(Values.excelSerial("46350") == Day(iso: "2026-11-24"))
        #expect(Values.date("46350") == .excelSerial(Day(iso: "2026-11-24") ?? Day(ordinal: 0)))
        #expect(Values.date("46350")?.resolve(.monthFirst) == nil)
        #expect(Values.excelSerial("12345") == nil)  // 1933: no close date
        #expect(Values.excelSerial("463500") == nil)
    }

    @Test func aCloseDateColumnOfExcelSerialsIsReadAsDatesAndNoted() throws {
        let text =
            "Opportunity Name,Account Name,Stage,Close Date,Amount\nA,Acme,Prospecting,46350,1000\nB,Beta,Prospecting,46388,1000\nC,Core,Prospecting,TBD,1000\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.rows.map(\.closeDate) == [Day(iso: "2026-11-24"), Day(iso: "2027-01-01")].compactMap { $0 })
        #expect(r.ledger.rowsRejected == 1)
        #expect(r.ledger.notes.contains { $0.contains("Excel serial day numbers (2 values") })
    }

    @Test func aSerialAmongCalendarDatesIsNotADate() throws {
        let text =
            "Opportunity Name,Account Name,Stage,Close Date,Amount\nA,Acme,Prospecting,46350,1000\nB,Beta,Prospecting,2027-01-01,1000\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.rows.map(\.account) == ["Beta"])
        #expect(r.ledger.rejects.first?.reason.contains("\"46350\" is not a date") == true)
    }

    @Test func aCalendarOfSerialDueDates() throws {
        let text = "Team,Need,Activity,Due Date\nPR,Launch,Press quote,46376\n"
        let r = try Ingest.calendar(path: try tempFile(text, name: "calendar.csv"), config: Config())
        #expect(r.rows.first?.due == Day(iso: "2026-12-20"))
    }

    /// The message for a missing field, as `Ingest.opportunities` throws it.
    func missing(_ text: String, name: String = "opportunities.csv") throws -> String {
        let path = try tempFile(text, name: name)
        do {
            switch name {
            case "roster.csv": _ = try Ingest.roster(path: path, config: Config())
            default: _ = try Ingest.opportunities(path: path, config: Config())
            }
        } catch { return String(describing: error) }
        return ""
    }

    @Test func theAmountSuggestionIsANumericColumnNeverACurrencyCode() throws {
        let message = try missing(
            "Opportunity Name,Account Name,Stage,Close Date,Amount Currency,Deal Value (USD)\nA,Acme,Prospecting,12/01/2026,USD,1000\nB,Beta,Prospecting,12/01/2026,EUR,\"2,000.50\"\n"
        )
        #expect(message.contains("Closest: \"Deal Value (USD)\" (its values read as amounts)"))
        #expect(message.contains("amount: \"Deal Value (USD)\""))
        // A currency column no synonym knows is not suggested either.
        let codes = try missing(
            "Opportunity Name,Account Name,Stage,Close Date,Amount Curr,Deal Size\nA,Acme,Prospecting,12/01/2026,USD,1000\n"
        )
        #expect(codes.contains("Closest: \"Deal Size\""))
    }

    @Test func theDateSuggestionIsAColumnOfDates() throws {
        let message = try missing(
            "Opportunity Name,Account Name,Stage,Amount,Closing Quarter,Target\nA,Acme,Prospecting,1000,Q4,12/01/2026\n"
        )
        #expect(message.contains("Closest: \"Target\" (its values read as dates)"))
    }

    /// (`Client` is now read as the account, a French roster's word for it: `Patron` is one no table knows.)
    @Test func theAccountSuggestionIsText() throws {
        let message = try missing(
            "Contact Name,Patron,Account Value,Reference Status\nAnn,Acme,1000,Active\n", name: "roster.csv")
        #expect(message.contains("Closest: \"Patron\""), "\(message)")
    }

    @Test func closeValueIsAnAmount() throws {
        // Maven Analytics' CRM sales opportunities data set, sales_pipeline.csv.
        let text =
            "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n1C1I7A6R,Moses Frase,GTX Plus Basic,Cancity,Engaging,2026-10-20,2026-12-01,1054\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.rows.map(\.amount) == [1054])
    }

    @Test func anUnreadDimensionHeaderIsNamedWithItsColumnsLine() throws {
        let text =
            "Deal - Title,Deal - Organization,Deal - Value,Deal - Expected close date,Deal - Stage,Deal - Product Category,Product ID\nA,Acme,1000,2026-12-15,Proposal Made,Analytics,P-1\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        let note =
            "Column \"Deal - Product Category\" looks like the product but is not read as it: if it is, add `columns: {opportunities: {product: \"Deal - Product Category\"}}` to refgap.yml."
        #expect(r.ledger.notes.contains(note))
        #expect(!r.ledger.notes.contains { $0.contains("Product ID") })
        // The line it gives works.
        let yml = try tempFile("columns: {opportunities: {product: \"Deal - Product Category\"}}\n", name: "refgap.yml")
        let config = try ConfigLoader.load(path: yml)
        let mapped = try Ingest.opportunities(path: try tempFile(text), config: config)
        #expect(mapped.rows.first?.dimensions["product"] == "Analytics")
        #expect(!mapped.ledger.notes.contains(note))
    }
}

/// A board export that repeats its header under each group's title (monday.com's sales CRM board, as a
/// trial exported it): the titles and the repeated headers are the sheet's layout, set aside.
extension LayoutTests {
    @Test func aBoardsGroupTitlesAndRepeatedHeadersAreSetAside() throws {
        let header = "Name,Owner,Stage,Deal Value,Close Probability,Expected Close Date,Accounts"
        let text = """
            \(header)
            Deal 001,Riley Adams,Discovery,120000,40,2027-01-07,Prairie Regional Medical

            Closed Won
            \(header)
            Deal 005,Riley Adams,Won,72000,40,2026-11-12,Maple Clinics
            Lonely title
            Deal 006,Riley Adams,Proposal,33000,60,2027-01-10,Oakridge Systems

            """
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.rows.map(\.account) == ["Prairie Regional Medical", "Maple Clinics", "Oakridge Systems"])
        #expect(r.ledger.setAside.first { $0.reason == RowLayout.groupTitleReason }?.rows == 1)
        #expect(r.ledger.setAside.first { $0.reason == RowLayout.repeatedHeaderReason }?.rows == 1)
        // A title-like row with no header after it is a row lacking its cells: rejected, with its line.
        #expect(r.ledger.rejects.map(\.line) == [7])
        checkLedger(r.ledger)
    }
}
